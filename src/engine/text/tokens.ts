// Splits text into word tokens with offsets: the one pass every matcher in the engine reads.

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Lower case, apostrophes removed: "St Helen’s" → ["st", "helens"]. */
  norm: string;
  /** For a possessive ("Labour's"), the word without it ("labour"). */
  alt?: string;
  /** First character is an upper-case letter. */
  capitalised: boolean;
}

// Letters and digits, with internal apostrophes ("don't", "Helen's"). One character class per
// repetition, so the pattern cannot backtrack catastrophically.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;

export function normalise(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no apostrophe: skip the replace (the tokenizer's hot path).
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    const code = raw.charCodeAt(0);
    // ASCII fast path for the capital test; other scripts ask the Unicode tables.
    const capitalised = code < 128 ? code >= 65 && code <= 90 : raw[0] !== raw[0]!.toLowerCase();
    const token: Token = { start: match.index + offset, end: match.index + offset + raw.length, raw, norm: normalise(raw), capitalised };
    if (raw.length > 2 && POSSESSIVE.test(raw)) token.alt = normalise(raw.slice(0, -2));
    tokens.push(token);
  }
  return tokens;
}

/** The normalised words of a phrase, as the phrase index stores them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
