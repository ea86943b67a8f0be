// Whether a writer types in lower case (a phone message: "ive cc'd hannah and martin", "shambles
// again. man cant add up"): then a name in lower case is still a name.
import type { TokenList } from './tokens';

/** Fewer capitals than this share of words: the writer does not capitalise (a phone message typed in lower case). */
const LOWER_CASE_WRITER_CAPITALS = 0.04;
const LOWER_CASE_WRITER_MIN_WORDS = 15;
const LOWER_CASE_WRITER_MIN_STARTS = 2;

export function writesInLowerCase(tokens: TokenList, from: number, to: number, text: string): boolean {
  if (to - from < LOWER_CASE_WRITER_MIN_WORDS) return false;
  let capitals = 0;
  for (let k = from; k < to; k++) if (tokens.capitalised(k)) capitals++;
  if (capitals < (to - from) * LOWER_CASE_WRITER_CAPITALS) return true;
  // Or the sentences after the first open in lower case ("shambles again. man cant add up … dont know how").
  let starts = 0;
  let lower = 0;
  for (let k = from + 1; k < to && text; k++) {
    if (!/[.!?]/.test(text.slice(tokens.end(k - 1)!, tokens.start(k)!))) continue;
    const first = text.charCodeAt(tokens.start(k)!);
    if (first >= 48 && first <= 57) continue;
    starts++;
    if (!tokens.capitalised(k)) lower++;
  }
  return starts >= LOWER_CASE_WRITER_MIN_STARTS && lower * 3 >= starts * 2;
}
