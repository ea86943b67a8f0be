// A short fixed list of word sequences ("between us", "off the record"), asked "does any start in
// tokens [from, to)?" once per sentence. Keyed by first word, so a sentence costs one map lookup
// per token rather than one comparison per token per sequence: on a 1 MB body with a party word
// in every sentence, the per-sequence loop was the political rule's largest cost.
import { wordsAt, type TokenList, type TokenWords } from './tokens';

const UNKNOWN = 0;
const STARTS = 1;
const NEVER_STARTS = 2;

/** Items keyed by the first word of their word sequence, in list order within each word (empty sequences left out). */
export function byFirstWord<T>(items: readonly T[], wordsOf: (item: T) => readonly string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const first = wordsOf(item)[0];
    if (first === undefined) continue;
    const list = index.get(first);
    if (list) list.push(item);
    else index.set(first, [item]);
  }
  return index;
}

export class WordSequences {
  private readonly byFirst: Map<string, (readonly string[])[]>;
  /** Per token list: whether each of its distinct words starts a sequence, learnt on first sight. */
  private readonly starts = new WeakMap<TokenWords, Uint8Array>();

  constructor(sequences: readonly (readonly string[])[]) {
    this.byFirst = byFirstWord(sequences, (words) => words);
  }

  /** Does any of the sequences start at a token of tokens [from, to)? (A possessive's bare form counts, as in wordsAt.) */
  anyStartsIn(tokens: TokenList, from: number, to: number): boolean {
    const list = tokens.words;
    let starts = this.starts.get(list);
    if (!starts) this.starts.set(list, (starts = new Uint8Array(list.words.length)));
    for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
      // Most words start nothing: one typed-array read once the word has been seen.
      const number = list.numbers[k]!;
      if (number >= 0) {
        let flag = starts[number]!;
        if (flag === UNKNOWN) starts[number] = flag = this.byFirst.has(list.words[number]!) ? STARTS : NEVER_STARTS;
        if (flag === NEVER_STARTS) continue;
      }
      if (this.startsAt(tokens, k, tokens.norm(k)!) || this.startsAt(tokens, k, tokens.alt(k))) return true;
    }
    return false;
  }

  private startsAt(tokens: TokenList, k: number, first: string | undefined): boolean {
    if (first === undefined) return false;
    const candidates = this.byFirst.get(first);
    return candidates !== undefined && candidates.some((words) => wordsAt(tokens, k, words));
  }
}
