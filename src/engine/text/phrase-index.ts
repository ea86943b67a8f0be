// A trie of word sequences: finds every listed phrase in a token stream in linear time,
// on whole words only, so "Abbey" never matches inside "Abbeyfield".
import { phraseWords, type Token } from './tokens';

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

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { children: new Map(), values: [] };
  private longest = 0;

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
    for (let i = from; i < to; i++) {
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
