// Random and hostile drafts never make the engine throw, every span points at the body, and every
// fix applies cleanly. (Speed is measured by npm run bench, not asserted here.)
import fc from 'fast-check';
import { applyEdits, check, type Draft } from '../../src/engine';
import { sampleDirectory, samplePolicy } from '../../src/sample-council';

const known = [...sampleDirectory.members.map((m) => m.email), ...sampleDirectory.officers.map((o) => o.email), 'press@harburyvale.gov.uk', 'someone@gmail.com'];
const words = ['Labour', 'Tory', 'canvassing', 'Ferry Lane', 'HV1 2AB', 'Dear Cllr Price,', 'Kind regards,', 'the Council will pay', 'cc', 'copied',
  'Riverside', "St Mary's", '-----Original Message-----', 'From: x\nSent: y', '> quoted', 'On Mon, 1 Feb wrote:', '\n', '\n\n', '.', '!', ' ', 'é', '🙂', '\u0000', '<b>'];

const address = fc.oneof(
  fc.constantFrom(...known).map((email) => ({ email })),
  fc.record({ name: fc.oneof(fc.constant('Cllr Anyone'), fc.string()), email: fc.string() }),
);
const body = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((w) => w.join(' ')), fc.string({ unit: 'grapheme', maxLength: 200 }));
const draft: fc.Arbitrary<Draft> = fc.record({
  from: address,
  to: fc.array(address, { maxLength: 6 }),
  cc: fc.array(address, { maxLength: 4 }),
  bcc: fc.array(address, { maxLength: 4 }),
  subject: fc.oneof(fc.string(), fc.constantFrom(...words)),
  body,
  composeType: fc.constantFrom('new', 'reply', 'replyAll', 'forward'),
  now: fc.constantFrom('2027-04-13T09:30:00Z', 'not a date', '2027-01-01T00:00:00Z'),
});

describe('engine properties', () => {
  it('never throws, and spans match the body', () => {
    fc.assert(fc.property(draft, (d) => {
      for (const finding of check(d, { directory: sampleDirectory, policy: samplePolicy })) {
        for (const span of finding.spans) expect(d.body.slice(span.start, span.end)).toBe(span.text);
      }
    }), { numRuns: 400 });
  });

  it('applies every offered fix without skipping an edit', () => {
    fc.assert(fc.property(draft, (d) => {
      for (const finding of check(d, { directory: sampleDirectory, policy: samplePolicy })) {
        for (const fix of finding.fixes) expect(applyEdits(d, fix.edits).skipped).toEqual([]);
      }
    }), { numRuns: 300 });
  });

  it('copes with a 1 MB body, 1,000 recipients, HTML and empty fields', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ email: i % 3 ? `resident${i}@gmail.com` : known[i % known.length]! }));
    const big = `Dear Cllr Price,\n\n${'The <b>Ferry Lane</b> works & Labour costs — I hope Labour hold the seat! '.repeat(14000)}\n\nKind regards,\nFatima`;
    const findings = check({ from: { email: 'fatima.noor@harburyvale.gov.uk' }, to: many, cc: [], bcc: many.slice(0, 10), subject: '', body: big }, { directory: sampleDirectory });
    expect(findings.length).toBeGreaterThan(0);
    expect(check({ from: { email: '' }, to: [], cc: [], bcc: [], subject: '', body: '' }, { directory: sampleDirectory })).toEqual([]);
    expect(() => check({ from: undefined, to: undefined, body: undefined } as unknown as Draft, { directory: sampleDirectory })).not.toThrow();
  });

  it('is deterministic: the same draft gives the same findings', () => {
    fc.assert(fc.property(draft, (d) => {
      expect(check(d, { directory: sampleDirectory })).toEqual(check(d, { directory: sampleDirectory }));
    }), { numRuns: 100 });
  });
});

describe('resilience', () => {
  it('a rule that throws becomes an info note, and the other rules still report', () => {
    const broken = { meta: { id: 'out-of-hours' as const, description: 'x', severity: 'warning' as const, citation: 'x', fixable: false }, check: () => { throw new Error('boom'); } };
    const { politicalContent } = jest.requireActual('../../src/engine/rules/political-content') as typeof import('../../src/engine/rules/political-content');
    const draft = { from: { email: 'fatima.noor@harburyvale.gov.uk' }, to: [{ email: 'alan.price@harburyvale.gov.uk' }], cc: [], bcc: [], subject: '', body: 'Dear Alan,\n\nI hope Labour hold the seat!\n\nFatima' };
    const findings = check(draft, { directory: sampleDirectory, rules: [broken, politicalContent] });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['political-content', 'error'], ['out-of-hours', 'info']]);
  });

  it('local time falls back to UTC where Intl has no time zones', () => {
    const { localTime } = jest.requireActual('../../src/engine/time/zoned') as typeof import('../../src/engine/time/zoned');
    expect(localTime(Date.parse('2027-06-11T21:15:00Z'), 'Europe/London')).toEqual({ date: '2027-06-11', weekday: 'Fri', minutes: 22 * 60 + 15 });
    expect(localTime(Date.parse('2027-06-11T21:15:00Z'), 'Not/A_Zone')).toEqual({ date: '2027-06-11', weekday: 'Fri', minutes: 21 * 60 + 15 });
  });
});
