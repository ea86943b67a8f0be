// Builds the edit ops rules offer: copy sentences, recipient moves, sentence removals.
import { countBefore } from '../text/bisect';
import { letterParts } from '../text/letter';
import type { Sentence } from '../text/sentences';
import type { Edit, Span } from '../types';

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const BLANK_LINE = /\n[ \t\r]*\n/g;

/** One body's blank lines (where each starts and where the text after it starts), found once. */
interface BlankLine { index: number; after: number }
let blankLinesOf: { body: string; lines: BlankLine[] } | undefined;

function blankLines(body: string): BlankLine[] {
  // Fixes for one draft are built one after another: keep the last body's blank lines, so a
  // message with hundreds of findings is not rescanned for each.
  if (blankLinesOf?.body === body) return blankLinesOf.lines;
  const lines: BlankLine[] = [];
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(body); m; m = BLANK_LINE.exec(body)) {
    lines.push({ index: m.index, after: m.index + m[0].length });
    if (BLANK_LINE.lastIndex === m.index) BLANK_LINE.lastIndex++;
  }
  blankLinesOf = { body, lines };
  return lines;
}

/** The blank-line-separated block around [start, end): its text bounds and where the next one starts. */
function paragraphAround(body: string, start: number, end: number): { start: number; end: number; next: number; previousEnd: number } {
  let paraStart = 0;
  let previousEnd = 0;
  let paraEnd = body.length;
  let next = body.length;
  const lines = blankLines(body);
  // The blank lines that end at or before start; the last of them opens the paragraph.
  const lo = countBefore(lines.length, (i) => lines[i]!.after <= start);
  if (lo > 0) {
    previousEnd = lines[lo - 1]!.index;
    paraStart = lines[lo - 1]!.after;
  }
  for (let k = lo; k < lines.length; k++) {
    if (lines[k]!.index >= end) {
      paraEnd = lines[k]!.index;
      next = lines[k]!.after;
      break;
    }
  }
  return { start: paraStart, end: paraEnd, next, previousEnd };
}

/** The part of a sentence outside the greeting, sign-off and signature, which fixes leave alone. */
let partsOf: { body: string; names: string; parts: ReturnType<typeof letterParts> } | undefined;

/** The letter's parts, kept for the last body (one draft's fixes are built together). */
function partsFor(body: string, senderNames: readonly string[]): ReturnType<typeof letterParts> {
  const names = senderNames.join('\n');
  if (partsOf?.body !== body || partsOf.names !== names) partsOf = { body, names, parts: letterParts(body, senderNames) };
  return partsOf.parts;
}

export function removableRange(body: string, sentence: Sentence, senderNames: readonly string[] = []): { start: number; end: number } | undefined {
  const parts = partsFor(body, senderNames);
  let start = sentence.start;
  let end = sentence.end;
  if (parts.greeting && start < parts.greeting.end && end > parts.greeting.start) start = Math.max(start, parts.greeting.end);
  if (parts.signature && end > parts.signature.start && start < parts.signature.end) end = Math.min(end, parts.signature.start);
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  // What is left must be words, not a stray comma.
  return /[0-9A-Za-z\u00c0-\uffff]/.test(body.slice(start, end)) ? { start, end } : undefined;
}

/**
 * A span covering [start, end) and the spacing that would be left doubled without it: the whole
 * paragraph when it was the only text there, else the line, else the words and one side's spaces.
 */
export function removalSpan(body: string, start: number, end: number): Span {
  const para = paragraphAround(body, start, end);
  if (body.slice(para.start, start).trim() === '' && body.slice(end, para.end).trim() === '') {
    // The paragraph goes, with the blank line after it (or before it, when it was the last).
    if (para.next < body.length) return spanOf(body, para.start, para.next);
    return spanOf(body, para.previousEnd, para.end);
  }
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  const lineEndRaw = body.indexOf('\n', end);
  const lineEnd = lineEndRaw < 0 ? body.length : lineEndRaw;
  if (body.slice(lineStart, start).trim() === '' && body.slice(end, lineEnd).trim() === '') {
    return spanOf(body, lineStart, lineEndRaw < 0 ? body.length : lineEnd + 1);
  }
  let s = start;
  let e = end;
  if (/[ \t]/.test(body[e] ?? '')) {
    while (/[ \t]/.test(body[e] ?? '')) e++;
  } else {
    while (s > lineStart && /[ \t]/.test(body[s - 1]!)) s--;
  }
  return spanOf(body, s, e);
}

/** Kept for callers that hold a sentence: the span that removes it (see removalSpan). */
export function sentenceRemovalSpan(body: string, sentence: Sentence): Span {
  return removalSpan(body, sentence.start, sentence.end);
}

/**
 * Removes a sentence, leaving the greeting, sign-off and signature alone. When the whole sentence
 * is part of them the edit changes nothing, and applying it reports why.
 */
export function removeSentenceEdit(body: string, sentence: Sentence, senderNames: readonly string[] = []): Edit {
  const range = removableRange(body, sentence, senderNames);
  if (!range) return { op: 'replaceText', span: spanOf(body, sentence.start, sentence.start), replacement: '' };
  return { op: 'replaceText', span: removalSpan(body, range.start, range.end), replacement: '' };
}

export function spanOf(body: string, start: number, end: number): Span {
  return { start, end, text: body.slice(start, end) };
}
