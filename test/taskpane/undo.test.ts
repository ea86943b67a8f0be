import { applyEdits, type Draft, type Edit } from '../../src/engine';
import { undoEdits } from '../../src/taskpane/undo';

const before: Draft = { from: { email: 'f@x.gov.uk', name: 'Fatima' }, to: [{ email: 'a@x.gov.uk' }], cc: [], bcc: [{ name: 'Beth', email: 'b@x.gov.uk' }], subject: '',
  body: 'Dear Ann,\n\nKeep this. Drop this.\n\nAnd this stays.\n\nKind regards,\nFatima' };
const start = before.body.indexOf(' Drop this.');
const edits: Edit[] = [
  { op: 'removeRecipient', field: 'bcc', email: 'b@x.gov.uk' },
  { op: 'addRecipient', field: 'cc', email: 'b@x.gov.uk', name: 'Beth' },
  { op: 'insertText', anchor: 'beforeSignOff', text: 'I have copied this email to Beth.' },
  { op: 'replaceText', span: { start, end: start + 11, text: ' Drop this.' }, replacement: '' },
];

describe('undoEdits', () => {
  it('turns each change of Fix all round, and puts the recipients back', () => {
    const after = applyEdits(before, edits).draft;
    const undo = undoEdits(before, after, edits);
    // Only the changed words are rewritten: text Fix all did not touch is not part of any edit.
    expect(undo.filter((e) => e.op === 'replaceText').every((e) => e.op === 'replaceText' && !e.span.text.includes('And this stays'))).toBe(true);
    const restored = applyEdits(after, undo);
    expect(restored.skipped).toEqual([]);
    expect(restored.draft.body).toBe(before.body);
    expect(restored.draft.bcc).toEqual(before.bcc);
    expect(restored.draft.cc).toEqual([]);
  });

  it('covers the whole difference when the body is not exactly what the plan made', () => {
    const after = { ...applyEdits(before, edits).draft };
    after.body = after.body.replace('I have copied this email to Beth.', 'I have copied this email to Beth. ');
    const restored = applyEdits(after, undoEdits(before, after, edits));
    expect(restored.skipped).toEqual([]);
    expect(restored.draft.body).toBe(before.body);
  });
});
