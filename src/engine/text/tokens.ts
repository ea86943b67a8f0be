// Splits text into word tokens with offsets: the one pass every matcher in the engine reads.
import { WORD_CLASS } from './unicode-classes';
import { WordTable } from './word-table';

export interface Token {
  start: number;
  end: number;
  /** Lower case, apostrophes removed: "St Helen’s" → ["st", "helens"]. */
  norm: string;
  /** For a possessive ("Labour's"), the word without it ("labour"). */
  alt: string | undefined;
  /** First character is an upper-case letter. */
  capitalised: boolean;
}

/**
 * Beside a token list from tokenize: each token's word number in `words` (its norm), or -1 for a
 * word with an apostrophe (which may also have an alt). A matcher can then decide once per
 * distinct word, not once per token, whether the word can start anything it looks for.
 */
export interface TokenWords {
  numbers: Int32Array;
  words: readonly string[];
}

const LETTER_OR_DIGIT = new RegExp(`[${WORD_CLASS}]`);
const POSSESSIVE = /['’]s$/i;
const tokenWords = new WeakMap<readonly Token[], TokenWords>();

/** Letters and digits (and combining marks), with an ASCII fast path: the engine's hottest loop. */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Astral characters (emoji, rare scripts) separate words: the classes cover the BMP only.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

export function normalise(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no apostrophe: skip the replace.
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
}

/** The word numbers of a token list that tokenize returned (undefined for any other list). */
export function wordsOf(tokens: readonly Token[]): TokenWords | undefined {
  return tokenWords.get(tokens);
}

/**
 * Words are runs of letters and digits, joined across an apostrophe ("don't", "Helen's");
 * anything else separates them. One left-to-right scan: linear in the text.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // Lower-case once, not per word; a few characters change length when lowered ("İ"), and then
  // each word is lowered on its own.
  const whole = text.toLowerCase();
  const lower = whole.length === n ? whole : undefined;
  const table = new WordTable();
  // A number per token; grown by doubling (typed, so 4 bytes a token and nothing for the GC to trace).
  let numbers = new Int32Array(16);
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code, text, i)) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    let apostrophe = false;
    for (;;) {
      while (i < n) {
        code = text.charCodeAt(i);
        // ASCII letters and digits inline; anything else asks isWordChar.
        const ascii = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
        if (!ascii && (code < 128 || !isWordChar(code, text, i))) break;
        hash = (Math.imul(hash, 31) + (lower ? lower.charCodeAt(i) : code)) | 0;
        i++;
      }
      // An apostrophe between two word characters stays inside the word.
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        apostrophe = true;
        i++;
        continue;
      }
      break;
    }
    if (tokens.length === numbers.length) {
      const grown = new Int32Array(numbers.length * 2);
      grown.set(numbers);
      numbers = grown;
    }
    const first = text.charCodeAt(start);
    const capitalised = first < 128 ? first >= 65 && first <= 90 : text[start] !== text[start]!.toLowerCase();
    if (apostrophe || !lower) {
      const norm = lower ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
      const alt = POSSESSIVE.test(norm) ? normalise(norm.slice(0, -2)) : undefined;
      numbers[tokens.length] = -1;
      tokens.push({ start: start + offset, end: i + offset, norm: normalise(norm), alt, capitalised });
      continue;
    }
    const number = table.numberOf(lower, start, i, hash);
    numbers[tokens.length] = number;
    // Every token has the same shape (alt included), so the matchers' property reads stay monomorphic.
    tokens.push({ start: start + offset, end: i + offset, norm: table.words[number]!, alt: undefined, capitalised });
  }
  tokenWords.set(tokens, { numbers: numbers.subarray(0, tokens.length), words: table.words });
  return tokens;
}

/** Do the tokens from `at` spell these normalised words (a possessive matching its bare word too)? */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    if (!token || (token.norm !== words[k] && token.alt !== words[k])) return false;
  }
  return true;
}

/** The normalised words of a phrase, as the phrase index stores them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
