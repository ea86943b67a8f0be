import { handleMessageSend, ASKED_KEY, AUDIT_HEADER, type OnSendDependencies } from '../../src/launchevent/on-send';
import { fallbackDirectory } from '../../src/launchevent/light-config';
import { MAX_MESSAGE, TASKPANE_COMMAND_ID, failureAlert, oneLine, toSmartAlert, type Capabilities } from '../../src/launchevent/smart-alert';
import type { Finding } from '../../src/engine/types';
import { DISMISSALS_KEY, dismissalOf } from '../../src/office/dismissals';
import { FakeComposeItem } from '../../src/office/fake/fake-compose-item';
import { officeMailHost } from '../../src/office/office-adapter';
import { check, DEFAULT_POLICY } from '../../src/engine';
import { sampleDirectory, samplePolicy } from '../../src/sample-council';

const CLEAN = '<p>Dear Cllr Doyle,</p><p>The benches will be repaired next week.</p><p>Kind regards,</p><p>Gavin</p>';
const POLITICAL = '<p>Dear Cllr Doyle,</p><p>I hope Labour hold the seat!</p><p>Kind regards,</p><p>Gavin</p>';
const WARD = '<p>Dear Cllr Doyle,</p><p>The benches by Mill Pond will be repaired.</p><p>Kind regards,</p><p>Gavin</p>';

function item(bodyHtml: string): FakeComposeItem {
  return new FakeComposeItem({
    from: { displayName: 'Gavin Tull', emailAddress: 'gavin.tull@harburyvale.gov.uk' },
    to: [{ displayName: 'Cllr Ian Doyle', emailAddress: 'ian.doyle@harburyvale.gov.uk' }],
    subject: 'Benches', bodyHtml,
  });
}

function deps(fake: FakeComposeItem, overrides: Partial<OnSendDependencies> = {}): OnSendDependencies {
  return {
    host: officeMailHost(fake),
    loadConfig: async () => ({ directory: sampleDirectory, policy: samplePolicy }),
    capabilities: { smartAlertsButtons: true },
    fallbackDirectory,
    ...overrides,
  };
}

async function send(fake: FakeComposeItem, overrides: Partial<OnSendDependencies> = {}) {
  const completed = jest.fn();
  await handleMessageSend({ completed }, deps(fake, overrides));
  expect(completed).toHaveBeenCalledTimes(1);
  return completed.mock.calls[0]![0];
}

/** Every call that would change the message's content or recipients. */
const EDITS = /^(to|cc|bcc)\.(setAsync|addAsync)$|^body\.setAsync$|^delayDeliveryTime\.setAsync$/;

describe('OnMessageSend', () => {
  it('lets a clean message go', async () => {
    const fake = item(CLEAN);
    expect(await send(fake)).toEqual({ allowEvent: true });
    expect(fake.calls.filter((c) => EDITS.test(c))).toEqual([]);
  });

  it('stops an error-level breach once, with a short message and a Review button that opens the task pane', async () => {
    const fake = item(POLITICAL);
    const answer = await send(fake);
    expect(answer).toMatchObject({ allowEvent: false, cancelLabel: 'Review', commandId: TASKPANE_COMMAND_ID });
    expect(answer.errorMessage).toContain('party-political content');
    expect(answer.errorMessage.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(answer.sendModeOverride).toBeUndefined();
    expect(fake.calls.filter((c) => EDITS.test(c))).toEqual([]);
  });

  it('offers "send anyway" for warnings on Mailbox 1.14, and stamps the audit header with rule ids only', async () => {
    const fake = item(WARD);
    const answer = await send(fake);
    expect(answer).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(fake.state.internetHeaders).toEqual({ [AUDIT_HEADER]: 'warned=ward-member-copy' });
  });

  it('asks once about warnings on older hosts, then lets the same message go', async () => {
    const fake = item(WARD);
    const older = { capabilities: { smartAlertsButtons: false } };
    expect((await send(fake, older)).allowEvent).toBe(false);
    expect(fake.state.sessionData[ASKED_KEY]).toBeDefined();
    expect(await send(fake, older)).toEqual({ allowEvent: true });
  });

  it('respects a finding the user dismissed in the task pane', async () => {
    const fake = item(POLITICAL);
    const host = officeMailHost(fake);
    const [finding] = check(await host.readDraft(), { directory: sampleDirectory, policy: samplePolicy });
    fake.state.sessionData[DISMISSALS_KEY] = JSON.stringify([dismissalOf(finding!, 'Quoting a resident')]);
    expect(await send(fake)).toEqual({ allowEvent: true });
    expect(fake.state.internetHeaders[AUDIT_HEADER]).toBe('dismissed=political-content');
    // The same key as the pane's: a one-word edit of the sentence leaves it dismissed on Send too.
    const sentence = finding!.spans[0]!.text;
    fake.state.bodyHtml = fake.state.bodyHtml.replace(sentence, sentence.replace(/^(\S+)/, '$1 do'));
    const again = check(await host.readDraft(), { directory: sampleDirectory, policy: samplePolicy });
    expect(again.map((f) => f.spans[0]?.text)).toEqual([sentence.replace(/^(\S+)/, '$1 do')]);
    expect(await send(fake)).toEqual({ allowEvent: true });
  });

  it('fails open, and says so, when the config cannot be loaded', async () => {
    const fake = item(POLITICAL);
    const answer = await send(fake, { loadConfig: async () => { throw new Error('config/directory.json: the server answered 500'); } });
    expect(answer).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(answer.errorMessage).toContain('could not check this email (config/directory.json: the server answered 500)');
    expect(fake.state.internetHeaders[AUDIT_HEADER]).toBe('check-failed');
  });

  it('fails open silently on hosts without "send anyway", so mail is never stuck', async () => {
    const fake = item(POLITICAL);
    fake.failNext('body.getAsync', 9002);
    expect(await send(fake, { capabilities: { smartAlertsButtons: false } })).toEqual({ allowEvent: true });
  });

  it('fails closed when the council\'s policy says so', async () => {
    const fake = item(CLEAN);
    fake.failNext('body.getAsync', 9002);
    const answer = await send(fake, { loadConfig: async () => ({ directory: sampleDirectory, policy: { ...DEFAULT_POLICY, onSendFailure: 'block' } }) });
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toContain('Your council asks that it is checked before sending');
  });

  it('still runs the rules that need no directory when there is none', async () => {
    const fake = item(POLITICAL);
    const answer = await send(fake, { loadConfig: async () => ({ directory: undefined, policy: DEFAULT_POLICY }) });
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toContain('party-political content');
  });
});

describe('OnMessageSend on Mailbox 1.15', () => {
  it('adds a Markdown message that names each problem, within 500 characters', async () => {
    const fake = item(POLITICAL);
    const answer = await send(fake, { capabilities: { smartAlertsButtons: true, markdown: true } });
    expect(answer.errorMessageMarkdown).toMatch(/^\*\*Protocol Check\*\* found:\n\n- \*\*party\\-political content\*\*/);
    expect(answer.errorMessageMarkdown.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(answer.errorMessage).toBeDefined();
  });
});

/** Hostile display names: each tries to become a link, an image, a heading or a new paragraph in the dialog. */
const HOSTILE_NAMES = [
  'Joan <https://evil.example/login>',
  '[Reset your password](https://evil.example/reset)',
  '![logo](https://evil.example/track.png)',
  '# Urgent\nClick **here**',
  '~~Jo~~ `rm -rf` _Jo_ *Jo* | table | \\ back',
  'Jo\r\n\r\n- item\n> quote',
  'Jo <img src=x onerror=alert(1)>',
];

/** True when a CommonMark reader sees only literal text: every ASCII punctuation mark is backslash-escaped. */
function onlyLiteralText(markdown: string): boolean {
  for (let i = 0; i < markdown.length; i++) {
    const ch = markdown[i]!;
    if (ch === '\n' || ch === '\r') return false;
    if (ch === '\\') {
      if (!/[!-/:-@[-`{-~]/.test(markdown[i + 1] ?? '')) return false;
      i++;
    } else if (/[!-/:-@[-`{-~]/.test(ch)) return false;
  }
  return true;
}

const unescape = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('OnMessageSend with hostile display names', () => {
  const finding = (severity: 'error' | 'warning', name: string): Finding => ({
    ruleId: 'no-blind-copy', severity, message: `${name} is a blind copy (Bcc).`, citation: 'Protocol 4.2: copies', recipients: [], spans: [], fixes: [],
  });
  const capabilityLevels: [string, Capabilities][] = [
    ['Mailbox 1.12', { smartAlertsButtons: false }],
    ['Mailbox 1.14', { smartAlertsButtons: true }],
    ['Mailbox 1.15 (Markdown)', { smartAlertsButtons: true, markdown: true }],
  ];

  describe.each(capabilityLevels)('on %s', (_level, capabilities) => {
    it.each(HOSTILE_NAMES.flatMap((name) => (['error', 'warning'] as const).map((severity) => [severity, name] as const)))('%s naming %j', (severity, name) => {
      const answer = toSmartAlert([finding(severity, name)], capabilities);
      expect(answer.allowEvent).toBe(false);
      // Plain text is shown as it is: one line, the name's words still there.
      expect(answer.errorMessage).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(answer.errorMessage).toContain(oneLine(name).slice(0, 10));
      if (answer.errorMessageMarkdown === undefined) return;
      expect(capabilities.markdown).toBe(true);
      const [, body] = answer.errorMessageMarkdown.split(/\n\n- .*\n\n/);
      expect(onlyLiteralText(body!)).toBe(true);
      expect(unescape(body!)).toBe(oneLine(`${name} is a blind copy (Bcc).`));
    });
  });

  it('sends no Markdown at all when a name holds a web or e-mail address (bare links are linked even when escaped)', () => {
    for (const name of ['Joan https://evil.example/login', 'www.evil.example', 'help@evil.example']) {
      expect(toSmartAlert([finding('error', name)], { smartAlertsButtons: true, markdown: true }).errorMessageMarkdown).toBeUndefined();
    }
  });

  it('keeps a failure reason to one line', () => {
    const answer = failureAlert('config/directory.json:\n# broken <https://evil.example>', 'allow', { smartAlertsButtons: true });
    expect(answer.errorMessage).not.toMatch(/\n/);
  });

  it.each(capabilityLevels)('end to end on %s: a Bcc with a hostile name never becomes markup', async (_level, capabilities) => {
    for (const name of HOSTILE_NAMES) {
      const fake = item(CLEAN);
      fake.state.bcc = [{ displayName: name, emailAddress: 'joan@evil.example' }];
      const answer = await send(fake, { capabilities });
      expect(answer.allowEvent).toBe(false);
      expect(answer.errorMessage).not.toMatch(/[\r\n]/);
      if (answer.errorMessageMarkdown !== undefined) {
        const [, body] = answer.errorMessageMarkdown.split(/\n\n- .*\n\n/);
        expect(onlyLiteralText(body!)).toBe(true);
      }
    }
  });
});

describe('the audit header', () => {
  it('is set afresh on every send: no warned=… left once the problem is fixed', async () => {
    const fake = item(WARD);
    await send(fake);
    expect(fake.state.internetHeaders[AUDIT_HEADER]).toBe('warned=ward-member-copy');
    fake.state.bodyHtml = CLEAN;
    expect(await send(fake)).toEqual({ allowEvent: true });
    expect(fake.state.internetHeaders[AUDIT_HEADER]).toBe('clean');
  });
});
