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
 * Beside a token list: each token's word number in `words` (its norm), or -1 for a word with an
 * apostrophe (which may also have an alt). A matcher can then decide once per distinct word, not
 * once per token, whether the word can start anything it looks for.
 */
export interface TokenWords {
  numbers: Int32Array;
  words: readonly string[];
}

/** A word with an apostrophe: its own norm, and for a possessive the word without it. */
interface ApostropheWord {
  norm: string;
  alt: string | undefined;
}

/**
 * The tokens of a text, held in typed arrays: a 1 MB body has ~170,000 words, and one object per
 * word (kept alive for the whole check) cost more in allocation and garbage collection than every
 * rule together. Read a field by index (`norm(i)`, undefined past either end, as an array would
 * be); `get(i)`, `slice` and iteration make short-lived Token objects for code that is not hot.
 */
export class TokenList implements Iterable<Token> {
  readonly words: TokenWords;

  constructor(
    readonly length: number,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly capitals: Uint8Array,
    numbers: Int32Array,
    words: readonly string[],
    private readonly apostropheWords: ReadonlyMap<number, ApostropheWord>,
  ) {
    this.words = { numbers, words };
  }

  norm(i: number): string | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const number = this.words.numbers[i]!;
    return number >= 0 ? this.words.words[number] : this.apostropheWords.get(i)!.norm;
  }

  alt(i: number): string | undefined {
    if (i < 0 || i >= this.length || this.words.numbers[i]! >= 0) return undefined;
    return this.apostropheWords.get(i)!.alt;
  }

  start(i: number): number | undefined {
    return i < 0 || i >= this.length ? undefined : this.starts[i];
  }

  end(i: number): number | undefined {
    return i < 0 || i >= this.length ? undefined : this.ends[i];
  }

  capitalised(i: number): boolean | undefined {
    return i < 0 || i >= this.length ? undefined : this.capitals[i] === 1;
  }

  /** The token at i as an object (undefined past either end). */
  get(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return { start: this.starts[i]!, end: this.ends[i]!, norm: this.norm(i)!, alt: this.alt(i), capitalised: this.capitals[i] === 1 };
  }

  /** Tokens [from, to) as objects, with Array.prototype.slice's bounds. */
  slice(from = 0, to = this.length): Token[] {
    const first = from < 0 ? Math.max(0, this.length + from) : Math.min(from, this.length);
    const last = to < 0 ? Math.max(0, this.length + to) : Math.min(to, this.length);
    const tokens: Token[] = [];
    for (let i = first; i < last; i++) tokens.push(this.get(i)!);
    return tokens;
  }

  /** Is any of the words among tokens [from, to)? (One loop for every "is there a 'not' / an 'I' in this clause".) */
  hasWordIn(words: ReadonlySet<string>, from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) if (words.has(this.norm(i)!)) return true;
    return false;
  }

  /** The normalised words of tokens [from, to). */
  norms(from = 0, to = this.length): string[] {
    const words: string[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) words.push(this.norm(i)!);
    return words;
  }

  *[Symbol.iterator](): Iterator<Token> {
    for (let i = 0; i < this.length; i++) yield this.get(i)!;
  }
}

const LETTER_OR_DIGIT = new RegExp(`[${WORD_CLASS}]`);
const POSSESSIVE = /['’]s$/i;
/** Welsh "'n" after a name or pronoun ("pan oedd Lowri'n delio…", "mae hi'n"): the word itself is the other reading. */
const WELSH_CLITIC = /[a-z\u00e0-\u017f]{2}['’]n$/i;

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

/** The word numbers of a token list. */
export function wordsOf(tokens: TokenList): TokenWords {
  return tokens.words;
}

/** Grows a typed array by doubling, keeping its contents. */
function grown<T extends Int32Array | Uint8Array>(array: T, make: (length: number) => T): T {
  const bigger = make(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Words are runs of letters and digits, joined across an apostrophe ("don't", "Helen's");
 * anything else separates them. One left-to-right scan: linear in the text.
 */
export function tokenize(text: string, offset = 0): TokenList {
  const n = text.length;
  // Lower-case once, not per word; a few characters change length when lowered ("İ"), and then
  // each word is lowered on its own.
  const whole = text.toLowerCase();
  const lower = whole.length === n ? whole : undefined;
  const table = new WordTable();
  // Grown by doubling: 13 bytes a token and nothing for the garbage collector to trace.
  let starts = new Int32Array(16);
  let ends = new Int32Array(16);
  let numbers = new Int32Array(16);
  let capitals = new Uint8Array(16);
  const apostropheWords = new Map<number, ApostropheWord>();
  let count = 0;
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
    if (count === numbers.length) {
      starts = grown(starts, (l) => new Int32Array(l));
      ends = grown(ends, (l) => new Int32Array(l));
      numbers = grown(numbers, (l) => new Int32Array(l));
      capitals = grown(capitals, (l) => new Uint8Array(l));
    }
    const first = text.charCodeAt(start);
    capitals[count] = (first < 128 ? first >= 65 && first <= 90 : text[start] !== text[start]!.toLowerCase()) ? 1 : 0;
    starts[count] = start + offset;
    ends[count] = i + offset;
    if (apostrophe || !lower) {
      const norm = lower ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
      const alt = POSSESSIVE.test(norm) || WELSH_CLITIC.test(norm) ? normalise(norm.slice(0, -2)) : undefined;
      numbers[count] = -1;
      apostropheWords.set(count, { norm: normalise(norm), alt });
    } else {
      numbers[count] = table.numberOf(lower, start, i, hash);
    }
    count++;
  }
  return new TokenList(count, starts, ends, capitals, numbers.subarray(0, count), table.words, apostropheWords);
}

/** Do the tokens from `at` spell these normalised words (a possessive matching its bare word too)? */
export function wordsAt(tokens: TokenList, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const norm = tokens.norm(at + k);
    if (norm === undefined || (norm !== words[k] && tokens.alt(at + k) !== words[k])) return false;
  }
  return true;
}

/** Is the text between token a and token b a comma and nothing else ("the case officer, Ellie Fairburn")? */
export function onlyCommaBetween(text: string, tokens: TokenList, a: number, b: number): boolean {
  return /^\s*,\s*$/.test(text.slice(tokens.end(a)!, tokens.start(b)!));
}

/** The normalised words of a phrase, as the phrase index stores them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).norms();
}
