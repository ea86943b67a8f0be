// The task pane's notices about the council's files (a directory not published, a file the host
// would not serve or that is not JSON) in the pane's language; the English is as it always was,
// and the error's own message stays English for the on-send alert.
import { loadCouncilConfig, httpSource } from '../../../src/taskpane/council-config';
import { ConfigFetchError, fetchJson } from '../../../src/office/fetch-json';
import { ENGLISH, loadWords } from '../../../src/taskpane/i18n/words';

const sender = 'fatima.noor@harburyvale.gov.uk';
const realFetch = global.fetch;

/** The host answers every file with `status` and `body`. */
function serve(status: number, body: string): void {
  global.fetch = jest.fn(async () => ({ status, ok: status >= 200 && status < 300, text: async () => body })) as unknown as typeof fetch;
}

afterEach(() => {
  global.fetch = realFetch;
});

describe('the pane\'s config notices', () => {
  it('a directory that is not published: Welsh in the Welsh pane, English otherwise', async () => {
    const missing = async () => undefined;
    const welsh = await loadCouncilConfig(missing, sender, (await loadWords('cy')).config);
    expect(welsh.directoryLoaded).toBe(false);
    expect(welsh.problems).toEqual(['config/directory.json: heb ddod o hyd iddo — gofynnwch i’ch Swyddog Monitro gyhoeddi cyfeiriadur y cyngor']);
    const english = await loadCouncilConfig(missing, sender, ENGLISH.config);
    expect(english.problems).toEqual(['config/directory.json: not found — ask your Monitoring Officer to publish the council directory']);
  });

  it('a server error names the status in Welsh, keeping the address', async () => {
    serve(503, '');
    const welsh = await loadCouncilConfig(httpSource('https://addin.example/'), sender, (await loadWords('cy')).config);
    expect(welsh.problems).toEqual([
      'https://addin.example/config/directory.json: atebodd y gweinydd 503',
      'https://addin.example/config/policy.json: atebodd y gweinydd 503',
    ]);
    const english = await loadCouncilConfig(httpSource('https://addin.example/'), sender, ENGLISH.config);
    expect(english.problems[0]).toBe('https://addin.example/config/directory.json: the server answered 503');
  });

  it('a file that is not JSON, and one that could not be fetched, in Welsh', async () => {
    serve(200, '<html>sign in</html>');
    const words = await loadWords('cy');
    expect((await loadCouncilConfig(httpSource('/'), sender, words.config)).problems[0]).toBe('/config/directory.json: nid yw’n JSON dilys');
    global.fetch = jest.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    expect((await loadCouncilConfig(httpSource('/'), sender, words.config)).problems[0]).toBe('/config/directory.json: ni ellid ei nôl (TypeError: Failed to fetch)');
  });

  it('the error\'s own message stays English, as the on-send alert quotes it', async () => {
    serve(500, '');
    const error = await fetchJson('https://addin.example/config/policy.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigFetchError);
    expect((error as ConfigFetchError).message).toBe('https://addin.example/config/policy.json: the server answered 500');
    expect([(error as ConfigFetchError).reason, (error as ConfigFetchError).params]).toEqual(['config.fetchStatus', { status: 500 }]);
  });
});
