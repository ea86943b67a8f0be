// Config errors are pinned: each names the exact path and what to change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDirectory, loadPolicy, parseJson } from '../../../src/engine';
import { jsonSchemas } from '../../../src/engine/config/json-schemas';
import sample from '../../../src/sample-council/directory.json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the file on purpose, field by field
const clone = (): any => structuredClone(sample);
const errorsOf = (loaded: { ok: boolean; errors?: string[] }): string[] => (loaded.ok ? [] : loaded.errors!);

describe('directory errors', () => {
  it('accepts the bundled sample council', () => {
    expect(loadDirectory(sample).ok).toBe(true);
  });

  it('suggests the ward a typo meant', () => {
    const d = clone();
    d.members[3].ward = 'kingsmeed';
    expect(errorsOf(loadDirectory(d))).toEqual(['members[3].ward: unknown ward "kingsmeed" — did you mean "kingsmead"?']);
  });

  it('lists the wards when nothing is close', () => {
    const d = clone();
    d.members[0].ward = ['riverside', 'zzz'];
    expect(errorsOf(loadDirectory(d))).toEqual(['members[0].ward[1]: unknown ward "zzz" — add it to "wards" or use one of "riverside", "kingsmead", "st-marys", "harbury-north", "brookside"']);
  });

  it('catches a misspelt field name (strict objects)', () => {
    const d = clone();
    d.members[2].emial = d.members[2].email;
    delete d.members[2].email;
    expect(errorsOf(loadDirectory(d))).toEqual([
      'members[2].email: required — add a string',
      'members[2]: unknown field "emial" — did you mean "email"?',
    ]);
  });

  it('sets aside a council\'s own fields (formats.md: "you may add optional fields") with a notice, and keeps everything else', () => {
    const d = clone();
    d.officers[0].title = 'Director of Place';
    d.officers[0].directorate = 'Place';
    d.members[0].title = 'Cllr';
    d.council.nameCy = 'Cyngor Harbury Vale';
    const loaded = loadDirectory(d);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.notices).toEqual([
      'council.nameCy: not a field Protocol Check uses — kept out, nothing else changed',
      'members[0].title: not a field Protocol Check uses — kept out, nothing else changed',
      'officers[0].title: not a field Protocol Check uses — kept out, nothing else changed',
      'officers[0].directorate: not a field Protocol Check uses — kept out, nothing else changed',
    ]);
    expect(loaded.value.officers[0]).toEqual(sample.officers[0]);
    expect(loaded.value.members).toHaveLength(sample.members.length);
  });

  it('still refuses a field that looks like a misspelt real one, beside a council\'s own field', () => {
    const d = clone();
    d.members[1].portfolo = 'Housing';
    d.members[1].title = 'Cllr';
    expect(errorsOf(loadDirectory(d))).toEqual(['members[1]: unknown field "portfolo" — did you mean "portfolio"?']);
  });

  it('names an unknown role and the nearest real one', () => {
    const d = clone();
    d.members[1].roles = ['cabinett'];
    expect(errorsOf(loadDirectory(d))).toEqual(['members[1].roles[0]: "cabinett" is not allowed — did you mean "cabinet"?']);
  });

  it('explains a bad e-mail address, domain and postcode', () => {
    const d = clone();
    d.officers[0].email = 'julia.marlow';
    d.council.domains = ['@harburyvale.gov.uk'];
    d.wards[0].postcodes = ['Harbury'];
    expect(errorsOf(loadDirectory(d))).toEqual([
      'council.domains[0]: not a domain name (expected example.gov.uk, without "@")',
      'wards[0].postcodes[0]: not a postcode area or sector (expected an outward code such as "NB1" or a sector such as "NB1 4")',
      'officers[0].email: not an e-mail address (expected name@example.gov.uk)',
    ]);
  });

  it('rejects duplicate ward ids', () => {
    const d = clone();
    d.wards[1].id = 'riverside';
    d.members = d.members.filter((m: { ward: string }) => m.ward !== 'kingsmead');
    expect(errorsOf(loadDirectory(d))).toEqual(['wards[1].id: "riverside" is used by an earlier ward — ward ids must be unique']);
  });

  it('says what is missing at the top level', () => {
    expect(errorsOf(loadDirectory({ council: { name: 'X', domains: ['x.gov.uk'] } }))).toEqual([
      'wards: required — add a list',
      'members: required — add a list',
    ]);
  });
});

describe('policy errors', () => {
  it('suggests the rule id a typo meant', () => {
    expect(errorsOf(loadPolicy({ rules: { 'out-of-hour': { severity: 'off' } } }))).toEqual(['rules.out-of-hour: unknown rule "out-of-hour" — did you mean "out-of-hours"?']);
  });

  it('pins a bad severity, time and period', () => {
    expect(errorsOf(loadPolicy({
      rules: { 'political-content': { severity: 'block' } },
      officeHours: { start: '8.30' },
      preElectionPeriods: [{ start: '2027-05-06', end: '2027-03-29' }],
    }))).toEqual([
      'rules.political-content.severity: "block" is not allowed — use one of "off", "info", "warning", "error"',
      'officeHours.start: expected a 24-hour time such as "08:30"',
      'preElectionPeriods[0].end: the period ends before it starts',
    ]);
  });

  it('treats a missing policy as the defaults', () => {
    const loaded = loadPolicy(undefined);
    expect(loaded.ok && loaded.value.wardCopyMaxWards).toBe(3);
  });
});

describe('JSON syntax errors', () => {
  it('give a line and column', () => {
    expect(errorsOf(parseJson('{\n  "wards": [\n    {"id": "a",}\n  ]\n}'))[0]).toMatch(/^line 3, column \d+: not valid JSON/);
  });
});

describe('checked-in JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))('schemas/%s is up to date (run npm run schemas)', (name, schema) => {
    const onDisk = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', name), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});

describe('DEFAULT_POLICY', () => {
  it('equals what the policy schema gives for an empty file', () => {
    const { DEFAULT_POLICY, policySchema } = jest.requireActual('../../../src/engine') as typeof import('../../../src/engine');
    expect(DEFAULT_POLICY).toEqual(policySchema.parse({}));
  });
});
