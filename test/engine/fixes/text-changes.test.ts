import { planTextChanges, applyTextChanges } from '../../../src/engine/fixes/text-changes';
import { applyEdits, type Draft, type Edit } from '../../../src/engine';
import { removeSentenceEdit } from '../../../src/engine/fixes/builders';
import { splitSentences } from '../../../src/engine/text/sentences';

const body = 'Dear Ann,\n\nThe report is late. It is confidential. The budget is secret.\n\nKind regards,\nBob';

function removal(text: string): Edit {
  const sentence = splitSentences(body).find((s) => s.text === text)!;
  return removeSentenceEdit(body, sentence);
}

describe('planTextChanges', () => {
  it('merges two adjacent sentence removals that share a space into one change, and both happen', () => {
    const edits = [removal('It is confidential.'), removal('The budget is secret.')];
    const plan = planTextChanges(body, edits);
    expect(plan.skipped).toEqual([]);
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]!.edits).toEqual(edits);
    expect(applyTextChanges(body, plan.changes)).toBe('Dear Ann,\n\nThe report is late.\n\nKind regards,\nBob');
  });

  it('writes several inserts at one anchor as one change, in order, with one paragraph break between each', () => {
    const edits: Edit[] = [
      { op: 'insertText', anchor: 'beforeSignOff', text: 'One.' },
      { op: 'insertText', anchor: 'beforeSignOff', text: 'Two.' },
      { op: 'insertText', anchor: 'beforeSignOff', text: 'One.' },
    ];
    const plan = planTextChanges(body, edits);
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]!.edits).toHaveLength(3); // the repeated sentence is carried out by writing it once
    expect(applyTextChanges(body, plan.changes)).toBe('Dear Ann,\n\nThe report is late. It is confidential. The budget is secret.\n\nOne.\n\nTwo.\n\nKind regards,\nBob');
  });

  it('merges an insert that abuts a removal of the paragraph before it', () => {
    const text = 'Dear Ann,\n\nKeep this.\n\nDrop this.\n\nKind regards,\nBob';
    const drop = removeSentenceEdit(text, splitSentences(text).find((s) => s.text === 'Drop this.')!);
    const plan = planTextChanges(text, [drop, { op: 'insertText', anchor: 'beforeSignOff', text: 'New.' }]);
    expect(plan.skipped).toEqual([]);
    expect(applyTextChanges(text, plan.changes)).toBe('Dear Ann,\n\nKeep this.\n\nNew.\n\nKind regards,\nBob');
  });

  it('skips a true conflict with a reason and keeps the first change', () => {
    const start = body.indexOf('The report');
    const a: Edit = { op: 'replaceText', span: { start, end: start + 10, text: 'The report' }, replacement: 'The paper' };
    const b: Edit = { op: 'replaceText', span: { start, end: start + 10, text: 'The report' }, replacement: 'The review' };
    const plan = planTextChanges(body, [a, b, a]);
    expect(plan.changes.map((c) => c.text)).toEqual(['The paper']);
    expect(plan.changes[0]!.edits).toEqual([a, a]);
    expect(plan.skipped).toEqual([{ edit: b, reason: expect.stringContaining('same words'), why: { id: 'skip.conflict', params: {} } }]);
  });

  it('removes a sentence that overlaps a removal of a longer stretch', () => {
    const start = body.indexOf('It is');
    const wide: Edit = { op: 'replaceText', span: { start, end: start + 20, text: body.slice(start, start + 20) }, replacement: '' };
    const inner: Edit = { op: 'replaceText', span: { start: start + 6, end: start + 25, text: body.slice(start + 6, start + 25) }, replacement: '' };
    const plan = planTextChanges(body, [inner, wide]);
    expect(plan.skipped).toEqual([]);
    expect(plan.changes).toEqual([{ start: start - 1, end: start + 25, text: '', edits: [wide, inner] }]); // with the space before it
  });

  it('reports a replacement whose text has changed as stale', () => {
    const edit: Edit = { op: 'replaceText', span: { start: 0, end: 4, text: 'Hiya' }, replacement: 'x' };
    expect(planTextChanges(body, [edit]).skipped).toEqual([{ edit, reason: expect.stringContaining('changed'), why: { id: 'skip.stale', params: {} } }]);
  });

  it('is what applyEdits uses: applied and skipped agree with the plan', () => {
    const draft: Draft = { from: { email: 'b@x.gov.uk', name: 'Bob' }, to: [], cc: [], bcc: [], subject: 's', body };
    const edits = [removal('It is confidential.'), removal('The budget is secret.'), { op: 'insertText', anchor: 'end', text: 'P.S.' } as Edit];
    const result = applyEdits(draft, edits);
    expect(result.applied).toEqual(edits);
    expect(result.draft.body).toBe(applyTextChanges(body, planTextChanges(body, edits, ['bob']).changes));
  });
});
