// Between the check and the fix the user may have typed: a replaceText span is checked against
// the body as it is now. Unchanged, it stays; moved (text typed before it), it is found again
// when its words occur exactly once; otherwise it is left to be skipped as stale.
import type { Edit } from '../engine';

export interface RelocatedEdits {
  edits: Edit[];
  /** The edit as the caller gave it, for reporting what was applied or skipped. */
  original(edit: Edit): Edit;
}

function onlyOccurrence(text: string, words: string): number {
  if (words.trim() === '') return -1;
  const first = text.indexOf(words);
  return first >= 0 && text.indexOf(words, first + 1) < 0 ? first : -1;
}

export function relocateSpans(body: string, edits: readonly Edit[]): RelocatedEdits {
  const originals = new Map<Edit, Edit>();
  const moved = edits.map((edit) => {
    if (edit.op !== 'replaceText') return edit;
    const { start, end, text } = edit.span;
    if (body.slice(start, end) === text) return edit;
    const at = onlyOccurrence(body, text);
    if (at < 0) return edit;
    const relocated: Edit = { ...edit, span: { ...edit.span, start: at, end: at + text.length } };
    originals.set(relocated, edit);
    return relocated;
  });
  return { edits: moved, original: (edit) => originals.get(edit) ?? edit };
}
