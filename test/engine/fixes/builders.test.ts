import { removableRange, removeSentenceEdit } from '../../../src/engine/fixes/builders';
import { offeredFixes } from '../../../src/engine/fixes/offered';
import { applyEdits, type Draft } from '../../../src/engine';
import { splitSentences } from '../../../src/engine/text/sentences';

const draft = (body: string): Draft => ({ from: { email: 'bob@x.gov.uk', name: 'Bob' }, to: [], cc: [], bcc: [], subject: '', body });
const sentence = (body: string, text: string) => {
  const start = body.indexOf(text);
  return { start, end: start + text.length, text };
};

describe('removing a sentence', () => {
  it('removes its paragraph when it was the only text there, even wrapped over two lines', () => {
    const body = 'Dear Ann,\n\nKeep this.\n\nDrop this sentence, which\nwraps onto a second line.\n\nKind regards,\nBob';
    const edit = removeSentenceEdit(body, sentence(body, 'Drop this sentence, which\nwraps onto a second line.'));
    expect(applyEdits(draft(body), [edit]).draft.body).toBe('Dear Ann,\n\nKeep this.\n\nKind regards,\nBob');
  });

  it('keeps the paragraph when other sentences stay in it', () => {
    const body = 'Dear Ann,\n\nKeep this. Drop this.\n\nKind regards,\nBob';
    const drop = splitSentences(body).find((s) => s.text === 'Drop this.')!;
    expect(applyEdits(draft(body), [removeSentenceEdit(body, drop)]).draft.body).toBe('Dear Ann,\n\nKeep this.\n\nKind regards,\nBob');
  });

  it('offers only the part outside the sign-off and signature', () => {
    const body = 'Dear Ann,\n\nVote Labour.\n\nKind regards,\nBob';
    const across = sentence(body, 'Vote Labour.\n\nKind regards,\nBob');
    expect(removableRange(body, across, ['bob'])).toEqual({ start: body.indexOf('Vote'), end: body.indexOf('Vote') + 12 });
    expect(applyEdits(draft(body), [removeSentenceEdit(body, across, ['bob'])]).draft.body).toBe('Dear Ann,\n\nKind regards,\nBob');
  });

  it('never deletes the greeting or the sender\'s name: a sentence wholly in them is not removed, and the fix is withdrawn with a note', () => {
    const body = 'Dear Ann,\n\nThanks for today.\n\nYours, for Labour,\nBob';
    const signOff = sentence(body, 'Yours, for Labour,\nBob');
    const edit = removeSentenceEdit(body, signOff, ['bob']);
    const result = applyEdits(draft(body), [edit]);
    expect(result.draft.body).toBe(body);
    expect(result.skipped[0]!.reason).toContain('signature');
    const offered = offeredFixes([{ title: 'Remove this sentence', edits: [edit] }]);
    expect(offered.fixes).toEqual([]);
    expect(offered.note).toContain('edit them by hand');
    expect(removableRange(body, sentence(body, 'Dear Ann,'), ['bob'])).toBeUndefined();
  });
});
