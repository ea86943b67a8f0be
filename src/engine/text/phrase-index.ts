// A trie of word sequences: finds every listed phrase in a token stream in linear time,
// on whole words only, so "Abbey" never matches inside "Abbeyfield".
import { phraseWords, wordsOf, type Token, type TokenWords } from './tokens';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Index of the first token and one past the last. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: T;
}

/** "vote {for|to} {me|us}" → every combination; "{the |}council" allows an empty choice. */
export function expandPhrase(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern.replace(/\s+/g, ' ').trim()];
  const close = pattern.indexOf('}', open);
  if (close < 0) throw new Error(`Unclosed "{" in phrase pattern: ${pattern}`);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern.slice(open + 1, close).split('|').flatMap((choice) => expandPhrase(head + choice + tail));
}

const UNKNOWN = 0;
const STARTS = 1;
const NO_START = 2;

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { children: new Map(), values: [] };
  private longest = 0;
  /** What startsFor has learnt about each token list's words; dropped with the list, and on add. */
  private startsByList = new WeakMap<TokenWords, Uint8Array>();

  /** Adds every expansion of the pattern; returns how many word sequences it added. */
  add(pattern: string, value: T): number {
    let added = 0;
    for (const phrase of expandPhrase(pattern)) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      let node = this.root;
      for (const word of words) {
        let child = node.children.get(word);
        if (!child) {
          child = { children: new Map(), values: [] };
          node.children.set(word, child);
        }
        node = child;
      }
      node.values.push(value);
      this.longest = Math.max(this.longest, words.length);
      this.startsByList = new WeakMap();
      added++;
    }
    return added;
  }

  get size(): number {
    return this.root.children.size;
  }

  /** Every match, overlapping ones included, in order of first token then length. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const roots = this.root.children;
    const words = wordsOf(tokens);
    const starts = words && this.startsFor(words);
    for (let i = from; i < to; i++) {
      // Most words start no phrase: for a list from tokenize, that is known per distinct word, so
      // the token is skipped on two typed-array reads instead of a map lookup.
      if (words !== undefined && starts !== undefined) {
        const word = words.numbers[i]!;
        if (word >= 0) {
          if (starts[word] === UNKNOWN) starts[word] = roots.has(words.words[word]!) ? STARTS : NO_START;
          if (starts[word] === NO_START) continue;
        }
      }
      let node: TrieNode<T> | undefined = this.root;
      for (let j = i; j < to && j - i < this.longest; j++) {
        const token: Token = tokens[j]!;
        const next: TrieNode<T> | undefined = node.children.get(token.norm) ?? (token.alt !== undefined ? node.children.get(token.alt) : undefined);
        if (!next) break;
        node = next;
        for (const value of node.values) {
          matches.push({ first: i, last: j + 1, start: tokens[i]!.start, end: token.end, value });
        }
      }
    }
    return matches;
  }

  /** Per distinct word of a token list: whether it begins a phrase (kept for the list's next search). */
  private startsFor(words: TokenWords): Uint8Array {
    let starts = this.startsByList.get(words);
    if (!starts) this.startsByList.set(words, (starts = new Uint8Array(words.words.length)));
    return starts;
  }
}

/** Keeps, among overlapping matches, the longest (earliest on a tie). */
export function longestMatches<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: PhraseMatch<T>[] = [];
  let reach = -1;
  for (const match of sorted) {
    if (match.first >= reach) {
      kept.push(match);
      reach = match.last;
    } else if (match.first === kept[kept.length - 1]?.first && match.last === kept[kept.length - 1]?.last) {
      kept.push(match); // same words, another value (a place listed in two wards)
    }
  }
  return kept;
}
