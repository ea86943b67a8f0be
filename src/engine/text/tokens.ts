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
  return word.toLowerCase().replace(/['’]/g, '');
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    const first = raw[0]!;
    const token: Token = {
      start: match.index + offset,
      end: match.index + offset + raw.length,
      raw,
      norm: normalise(raw),
      capitalised: first !== first.toLowerCase() && first === first.toUpperCase(),
    };
    if (POSSESSIVE.test(raw)) token.alt = normalise(raw.slice(0, -2));
    tokens.push(token);
  }
  return tokens;
}

/** The normalised words of a phrase, as the phrase index stores them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
