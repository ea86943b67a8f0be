// Splits prose into sentences with body offsets, for spans and "remove this sentence" fixes.
import { countBefore } from './bisect';
import { LETTER_CLASS, LOWER_CLASS, NUMBER_CLASS, UPPER_CLASS } from './unicode-classes';

// Built from generated ranges, not \p{…}: the on-send bundle must parse as ES2016.
const LETTER_OR_DOT = new RegExp(`[${LETTER_CLASS}.]`);
const LOWER = new RegExp(`[${LOWER_CLASS}]`);
const SENTENCE_OPENER = new RegExp(`[${UPPER_CLASS}${NUMBER_CLASS}"'“‘(\\-–•*]`);

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Welsh titles too: "Cyng." (Cynghorydd, Councillor), "Mr."/"Dr." alike.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'cllr', 'cyng', 'st', 'no', 'etc', 'eg', 'ie', 'e.g', 'i.e', 'approx',
  'ref', 'tel', 'vs', 'cf', 'co', 'ltd', 'inc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/** A letter (as LETTER_OR_DOT reads it) or a dot, with an ASCII fast path. */
function isLetterOrDot(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 46 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER_OR_DOT.test(text[at]!);
}

/** The word just before position i (exclusive), lower-cased, dots inside kept. */
function wordBefore(text: string, i: number): string {
  // At most ten characters back: enough for any abbreviation, and linear on "a.a.a.a…".
  let j = i;
  while (j > 0 && i - j < 10 && isLetterOrDot(text, j - 1)) j--;
  return text.slice(j, i).toLowerCase();
}

/** "Mr." "e.g." "Sept.": a full stop after one of these does not end the sentence. */
function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.endsWith('.') ? word.slice(0, -1) : word);
}

function isWhite(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 12 || code === 11;
}

/** Closing quotes and brackets that stay with the sentence they end: " ' ” ’ ) ]. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

const BREAK_CHARACTERS = ['\n', '.', '!', '?'];

/**
 * The first line break, . ! or ? at or after a position (`to` when none before it). Each character's
 * next place is found by a native indexOf and kept until passed: no regex match objects, and the
 * text between breaks is not visited in JavaScript.
 */
function breakFinder(text: string, to: number): (from: number) => number {
  const next = [-1, -1, -1, -1];
  return (from) => {
    let first = to;
    for (let c = 0; c < BREAK_CHARACTERS.length; c++) {
      if (next[c]! < from) {
        const found = text.indexOf(BREAK_CHARACTERS[c]!, from);
        next[c] = found < 0 || found > to ? to : found;
      }
      if (next[c]! < first) first = next[c]!;
    }
    return first;
  };
}

/**
 * "I've cc'd (not bcc'd!) Cllr Hughes as…": a ! or ? that closes a bracket opened inside the sentence is the aside's, and the
 * sentence goes on. (A bracketed sentence of its own, "(It was great!) Next…", opens its sentence and still ends there.)
 */
function asideInSentence(text: string, start: number, i: number, k: number): boolean {
  if (text.lastIndexOf(')', k - 1) <= i) return false;
  const open = text.lastIndexOf('(', i);
  if (open < start || text.lastIndexOf(')', i) > open || text.lastIndexOf('\n', i) > open) return false;
  return text.slice(start, open).trim() !== '';
}

/**
 * A sentence ends at . ! ? (with closing quotes or brackets) followed by a space and an upper-case
 * letter, digit or quote; at a blank line; or at a line break unless the line looks hard-wrapped
 * (long, unpunctuated, and the next line starts in lower case). Only the candidate characters are
 * visited (breakFinder), so the cost is linear and small.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isWhite(text.charCodeAt(s))) s++;
    while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  let lineStart = from;
  const nextBreak = breakFinder(text, to);
  for (let i = nextBreak(from); i < to; i = nextBreak(i + 1)) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      let lineEnd = i;
      while (lineEnd > lineStart && isWhite(text.charCodeAt(lineEnd - 1))) lineEnd--;
      const next = text[i + 1];
      const wrapped = lineEnd - lineStart >= 60 && !/[.!?:;,)"”’]/.test(text[lineEnd - 1] ?? '') && next !== undefined && LOWER.test(next);
      if (!wrapped) push(i);
      lineStart = i + 1;
      continue;
    }
    if (i < start) continue;
    let k = i + 1;
    while (k < to && isCloser(text.charCodeAt(k))) k++;
    if (k < to && !isSpace(text[k])) continue;
    let n = k;
    while (n < to && isSpace(text[n])) n++;
    const next = text[n];
    if (next !== undefined && n < to && text[n] !== '\n' && !SENTENCE_OPENER.test(next)) continue;
    if (code === 46 && isAbbreviation(wordBefore(text, i))) continue;
    if (code !== 46 && asideInSentence(text, start, i, k)) continue;
    push(k);
    // The closers between i and k are no breaks: resume at k.
    i = k - 1;
  }
  push(to);
  return sentences;
}

/** Index of the sentence that contains offset (sentences in order), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  const k = countBefore(sentences.length, (i) => sentences[i]!.end <= offset);
  return k < sentences.length && sentences[k]!.start <= offset ? k : -1;
}

/** The sentence that contains offset, if any. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const k = sentenceIndexAt(sentences, offset);
  return k < 0 ? undefined : sentences[k];
}
