// Random and hostile drafts never make the engine throw, every span points at the body, and every
// fix applies cleanly. (Speed is measured by npm run bench, not asserted here.)
import fc from 'fast-check';
import { applyEdits, check, planFixAll, type Draft, type Edit } from '../../src/engine';
import { removeSentenceEdit } from '../../src/engine/fixes/builders';
import { splitSentences } from '../../src/engine/text/sentences';
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

// Letters from the sample council that draw several fixes at once: copies, blind copies,
// confidential and political sentences side by side.
const people = [...sampleDirectory.members.map((m) => ({ name: `Cllr ${m.name}`, email: m.email })), ...sampleDirectory.officers.map((o) => ({ name: o.name, email: o.email })),
  { name: 'Pat Jones', email: 'pat.jones@gmail.com' }, { name: 'Sam Reed', email: 'sam.reed@harburyherald.co.uk' }];
const sentencePool = ['The fly-tipping on Ferry Lane was cleared.', 'This is confidential and exempt information.', 'The tender figures are commercially sensitive.',
  'I hope Labour hold the seat!', "I've copied in Cllr Lewis.", 'The Council will pay for the repairs.', 'Mead Road is next on the list.',
  'Please keep this between us.', 'The report is not for publication.', 'Thanks for raising it.', 'cc Cllr Beth Holloway', 'Vote Green on Thursday.'];
const letterDraft: fc.Arbitrary<Draft> = fc.record({
  from: fc.constantFrom(...people),
  to: fc.array(fc.constantFrom(...people), { minLength: 1, maxLength: 3 }),
  cc: fc.array(fc.constantFrom(...people), { maxLength: 3 }),
  bcc: fc.array(fc.constantFrom(...people), { maxLength: 2 }),
  subject: fc.constantFrom('Ferry Lane', 'Budget', 'Mead Road', ''),
  paragraphs: fc.array(fc.array(fc.constantFrom(...sentencePool), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
  joiner: fc.constantFrom(' ', '\n'),
}).map(({ paragraphs, joiner, ...d }) => ({ ...d, composeType: 'new' as const, now: '2027-01-12T10:30:00Z',
  body: `Dear Colleague,\n\n${paragraphs.map((p) => p.join(joiner)).join('\n\n')}\n\nKind regards,\n${d.from.name}` }));

describe('fixes applied together', () => {
  it('never drop an edit silently: every edit is applied or skipped with a reason, and never both', () => {
    let tried = 0;
    fc.assert(fc.property(letterDraft, fc.infiniteStream(fc.boolean()), (d, picks) => {
      const findings = check(d, { directory: sampleDirectory, policy: samplePolicy });
      const edits: Edit[] = findings.flatMap((f) => f.fixes).filter(() => picks.next().value as boolean).flatMap((fix) => fix.edits);
      const { applied, skipped } = applyEdits(d, edits);
      tried += edits.filter((e) => e.op === 'replaceText' || e.op === 'insertText').length;
      for (const edit of edits) {
        const done = applied.includes(edit);
        const why = skipped.filter((s) => s.edit === edit);
        expect(done || why.length > 0).toBe(true);
        expect(done && why.length > 0).toBe(false);
        for (const s of why) expect(s.reason.length).toBeGreaterThan(10);
      }
    }), { numRuns: 300 });
    expect(tried).toBeGreaterThan(300); // the letters do draw text fixes, several at a time
  });

  it('Fix all applies its whole plan, leaving the greeting and sign-off in place', () => {
    fc.assert(fc.property(letterDraft, (d) => {
      const run = (x: Draft) => check(x, { directory: sampleDirectory, policy: samplePolicy });
      const plan = planFixAll(d, run(d), { recheck: run });
      const result = applyEdits(d, plan.edits);
      expect(result.skipped).toEqual([]);
      expect(result.draft.body.startsWith('Dear Colleague,')).toBe(true);
      expect(result.draft.body.endsWith(`Kind regards,\n${d.from.name}`)).toBe(true);
    }), { numRuns: 150 });
  });

  it('two adjacent sentence removals both happen', () => {
    const numbered = fc.array(fc.constantFrom(' ', '\n', '  '), { minLength: 2, maxLength: 8 });
    fc.assert(fc.property(numbered, fc.nat(), fc.boolean(), (gaps, at, ownParagraph) => {
      const sentences = gaps.map((_, i) => `Point ${i + 1} is secret.`);
      const text = sentences.map((t, i) => (i === 0 ? t : `${gaps[i]}${t}`)).join('');
      const body = `Dear Ann,\n\n${ownParagraph ? '' : 'Hello there.\n\n'}${text}\n\nKind regards,\nBob`;
      const found = splitSentences(body).filter((s) => s.text.startsWith('Point'));
      const i = at % (found.length - 1);
      const edits = [removeSentenceEdit(body, found[i]!), removeSentenceEdit(body, found[i + 1]!)];
      const result = applyEdits({ from: { email: 'b@x.gov.uk' }, to: [], cc: [], bcc: [], subject: '', body }, edits);
      expect(result.skipped).toEqual([]);
      expect(result.draft.body).not.toContain(found[i]!.text);
      expect(result.draft.body).not.toContain(found[i + 1]!.text);
      expect(result.draft.body).not.toMatch(/\n\n\n|[ \t]\n/);
      expect(result.draft.body.endsWith('Kind regards,\nBob')).toBe(true);
    }), { numRuns: 500 });
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
