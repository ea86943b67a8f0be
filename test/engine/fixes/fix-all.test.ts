// Drafts where two or three rules each want to state a copy: Fix all, and fixing one by one with a
// re-check between, leave one sentence stating the copies, each member named once, and no finding.
import { applyEdits, check, type Draft, type Finding } from '../../../src/engine';
import { planFixAll } from '../../../src/engine/fixes/fix-all';
import { copyStatements } from '../../../src/engine/lexicons/copying';
import { splitSentences } from '../../../src/engine/text/sentences';
import { tokenize } from '../../../src/engine/text/tokens';
import { sampleDirectory, samplePolicy } from '../../../src/sample-council';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';

const COPY_RULES = ['ward-member-copy', 'no-blind-copy', 'copy-made-explicit'];
const run = (d: Draft): Finding[] => check(d, { directory: sampleDirectory, policy: samplePolicy });
const copyFindings = (d: Draft): Finding[] => run(d).filter((f) => COPY_RULES.includes(f.ruleId) && f.severity !== 'info');

const body = (...extra: string[]): string => letter('Dear Cllr Price,', ['The fly-tipping on Ferry Lane was cleared this morning.', ...extra], 'Kind regards,', ['Fatima Noor', 'Waste and Street Scene']);

const cases: Array<{ name: string; draft: Draft; rules: string[]; named: string[] }> = [
  { name: 'a ward member in Bcc and the other not copied (two rules)',
    draft: aDraft().from(officer.noor).to(cllr.price).bcc(cllr.holloway).subject('Ferry Lane').body(body()).build(),
    rules: ['no-blind-copy', 'ward-member-copy'], named: ['Cllr Beth Holloway', 'Cllr Kamal Hussain'] },
  { name: 'plus another member in Cc without a word (three rules)',
    draft: aDraft().from(officer.noor).to(cllr.price).cc(cllr.lewis).bcc(cllr.holloway).subject('Ferry Lane').body(body()).build(),
    rules: ['no-blind-copy', 'ward-member-copy', 'copy-made-explicit'], named: ['Cllr Beth Holloway', 'Cllr Kamal Hussain', 'Cllr Owen Lewis'] },
  { name: "the writer's own copy sentence is extended",
    draft: aDraft().from(officer.noor).to(cllr.price).cc(cllr.lewis).bcc(cllr.holloway).subject('Ferry Lane').body(body("I've copied in Cllr Lewis, who asked about it.")).build(),
    rules: ['no-blind-copy', 'ward-member-copy'], named: ['Cllr Beth Holloway', 'Cllr Kamal Hussain', 'Cllr Owen Lewis'] },
];

function copySentences(text: string): string[] {
  return splitSentences(text).filter((s) => copyStatements.find(tokenize(text.slice(s.start, s.end), s.start)).length > 0).map((s) => s.text);
}

function expectOneStatement(result: Draft, named: readonly string[]): void {
  const statements = copySentences(result.body);
  expect(statements).toHaveLength(1);
  for (const name of named) {
    expect(statements[0]).toContain(name);
    expect(result.body.split(name.replace('Cllr ', '')).length - 1).toBe(1);
  }
  expect(copyFindings(result)).toEqual([]);
}

describe('one statement of copies', () => {
  it.each(cases)('Fix all: $name', ({ draft, rules, named }) => {
    const findings = run(draft);
    expect(rules.every((id) => findings.some((f) => f.ruleId === id))).toBe(true);
    const plan = planFixAll(draft, findings, { recheck: run });
    expect(plan.skipped).toEqual([]);
    const result = applyEdits(draft, plan.edits);
    expect(result.skipped).toEqual([]);
    expectOneStatement(result.draft, named);
    // Recipients first, then the one copy sentence, then the rest; the list says each of them.
    expect(plan.edits.filter((e) => e.op === 'insertText' || e.op === 'replaceText')).toHaveLength(1);
    expect(plan.steps).toHaveLength(plan.edits.length - plan.edits.filter((e) => e.op === 'addRecipient' && plan.edits.some((r) => r.op === 'removeRecipient' && r.email === e.email)).length);
    expect(plan.steps.some((s) => s.startsWith('Move Cllr Beth Holloway from Bcc to Cc'))).toBe(true);
  });

  it.each(cases)('one by one with a re-check between: $name', ({ draft, named }) => {
    let current = draft;
    for (let step = 0; step < 6; step++) {
      const next = copyFindings(current)[0];
      if (!next) break;
      const result = applyEdits(current, next.fixes[0]!.edits);
      expect(result.skipped).toEqual([]);
      current = result.draft;
    }
    expectOneStatement(current, named);
  });
});

describe('planFixAll', () => {
  it('leaves out an edit that clashes with another fix, and says why', () => {
    const draft = aDraft().from(officer.noor).to(cllr.price).body(body()).build();
    const start = draft.body.indexOf('The fly-tipping');
    const span = { start, end: start + 15, text: 'The fly-tipping' };
    const finding = (replacement: string): Finding => ({ ruleId: 'x', severity: 'warning', message: replacement, citation: '', recipients: [], spans: [],
      fixes: [{ title: 't', edits: [{ op: 'replaceText', span, replacement }] }] });
    const plan = planFixAll(draft, [finding('The dumping'), finding('The rubbish')]);
    expect(plan.edits).toHaveLength(1);
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0]!.reason).toContain('same words');
    expect(plan.steps).toEqual(['Change "The fly-tipping" to "The dumping"']);
  });
});
