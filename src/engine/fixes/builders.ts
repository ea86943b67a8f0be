// Builds the edit ops rules offer: copy sentences, recipient moves, sentence removals.
import type { Sentence } from '../text/sentences';
import type { Edit, Span } from '../types';

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The sentence that states a copy, naming everyone copied (001 §12.1). */
export function copySentence(names: readonly string[]): string {
  return `I have copied this email to ${listNames(names)}.`;
}

/** A span covering a sentence and the spacing that would be left doubled without it. */
export function sentenceRemovalSpan(body: string, sentence: Sentence): Span {
  let start = sentence.start;
  let end = sentence.end;
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  const lineEndRaw = body.indexOf('\n', end);
  const lineEnd = lineEndRaw < 0 ? body.length : lineEndRaw;
  const aloneOnLine = body.slice(lineStart, start).trim() === '' && body.slice(end, lineEnd).trim() === '';
  if (aloneOnLine) {
    // Remove the whole line with its line break, and one blank line if the paragraph goes with it.
    start = lineStart;
    end = lineEndRaw < 0 ? body.length : lineEnd + 1;
    if (body[end] === '\n' && (start === 0 || body[start - 1] === '\n')) end += 1;
  } else if (/[ \t]/.test(body[end] ?? '')) {
    while (/[ \t]/.test(body[end] ?? '')) end++;
  } else {
    while (start > lineStart && /[ \t]/.test(body[start - 1]!)) start--;
  }
  return { start, end, text: body.slice(start, end) };
}

export function removeSentenceEdit(body: string, sentence: Sentence): Edit {
  return { op: 'replaceText', span: sentenceRemovalSpan(body, sentence), replacement: '' };
}

export function spanOf(body: string, start: number, end: number): Span {
  return { start, end, text: body.slice(start, end) };
}
