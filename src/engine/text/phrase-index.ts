// A trie of word sequences: finds every listed phrase in a token stream in linear time,
// on whole words only, so "Abbey" never matches inside "Abbeyfield".
import { phraseWords, wordsOf, type TokenWords, type TokenList } from './tokens';

interface TrieNode<T> {
  /** By the word's number in the index's vocabulary; absent on a leaf (most nodes are leaves). */
  children: Map<number, TrieNode<T>> | undefined;
  values: T[] | undefined;
  /**
   * Set once the node is shared: its subtree is identical to another place's, so both point at one
   * node and it must not change (an add that passes through it copies it first). 0 while owned by
   * one path.
   */
  shared: number;
}

function newNode<T>(): TrieNode<T> {
  return { children: undefined, values: undefined, shared: 0 };
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

/** A brace that touches a letter, digit or apostrophe outside it ("colour{s|ed}") joins words across it. */
const BRACE_INSIDE_A_WORD = /[^\s{}|]\{|\}[^\s{}|]/;

/**
 * The word sequences of a pattern, as phraseWords would give for each expandPhrase string. Each
 * choice is split into words once, not once per combination: a lexicon's patterns expand to over
 * a hundred thousand sequences, and tokenizing each whole string was most of the engine's start-up.
 */
function expandWords(pattern: string): string[][] {
  if (BRACE_INSIDE_A_WORD.test(pattern)) return expandPhrase(pattern).map(phraseWords);
  let sequences: string[][] = [[]];
  let at = 0;
  while (at < pattern.length) {
    const open = pattern.indexOf('{', at);
    const literal = phraseWords(pattern.slice(at, open < 0 ? pattern.length : open));
    if (literal.length > 0) sequences = sequences.map((words) => words.concat(literal));
    if (open < 0) break;
    const close = pattern.indexOf('}', open);
    if (close < 0) throw new Error(`Unclosed "{" in phrase pattern: ${pattern}`);
    const choices = pattern.slice(open + 1, close).split('|').map(phraseWords);
    sequences = sequences.flatMap((words) => choices.map((choice) => words.concat(choice)));
    at = close + 1;
  }
  return sequences;
}

/**
 * A node with more children than this stays owned by its path: a word that many phrases continue
 * ("the", "i") would otherwise be copied by every later add that passes through it. Sharing pays
 * where expansions end alike, a few words from the end.
 */
const MOST_CHILDREN_SHARED = 8;

/** Translations hold the phrase word's number + 1; these two mark the rest. */
const NOT_YET_LOOKED_UP = 0;
const NOT_A_PHRASE_WORD = -1;
const STARTS_A_PHRASE = 1;
const STARTS_NO_PHRASE = 2;

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { children: new Map(), values: undefined, shared: 0 };
  /** Every distinct word of the phrases, numbered: the trie is keyed on these numbers. */
  private readonly vocabulary = new Map<string, number>();
  private longest = 0;
  /** Per token list from tokenize: its word numbers in this vocabulary, learnt on first sight; reset by add. */
  private translations = new WeakMap<TokenWords, Int32Array>();
  /** Per token list: whether each of its words starts a phrase (STARTS_…), learnt on first sight; reset by add. */
  private starts = new WeakMap<TokenWords, Uint8Array>();
  /** Shared nodes by the shape of their subtree, so identical subtrees are kept once. */
  private readonly sharedByShape = new Map<string, TrieNode<T>>();
  private readonly valueNumbers = new Map<T, number>();

  /**
   * Adds every expansion of the pattern; returns how many word sequences it added. A pattern of
   * several choice lists expands to their product ("{i am|i write as} {your|a} {ward|county}
   * councillor" to every combination), whose sequences end alike: after each add, identical
   * subtrees are merged into one node, so the trie holds each pattern at about the size of its
   * choices, not of its product.
   */
  add(pattern: string, value: T): number {
    let added = 0;
    /** Nodes this add made or copied, in order of making (a parent before its children), with their place. */
    const made: { node: TrieNode<T>; parent: TrieNode<T>; word: number }[] = [];
    for (const words of expandWords(pattern)) {
      if (words.length === 0) continue;
      let node = this.root;
      for (const word of words) {
        let number = this.vocabulary.get(word);
        if (number === undefined) this.vocabulary.set(word, (number = this.vocabulary.size));
        const children = (node.children ??= new Map());
        let child = children.get(number);
        if (!child || child.shared) {
          // A shared node may stand for many places: this path gets its own copy to change.
          child = child ? { children: child.children && new Map(child.children), values: child.values && [...child.values], shared: 0 } : newNode<T>();
          children.set(number, child);
          made.push({ node: child, parent: node, word: number });
        }
        node = child;
      }
      (node.values ??= []).push(value);
      this.longest = Math.max(this.longest, words.length);
      added++;
    }
    this.translations = new WeakMap();
    this.starts = new WeakMap();
    this.share(made);
    return added;
  }

  /**
   * Children before parents, replaces each node this add made by an existing node of the same
   * shape (same values, same children), or records it as shared. A node with a child that is not
   * shared, or with many children, stays owned (it can still change).
   */
  private share(made: readonly { node: TrieNode<T>; parent: TrieNode<T>; word: number }[]): void {
    const replacement = new Map<TrieNode<T>, TrieNode<T>>();
    for (let k = made.length - 1; k >= 0; k--) {
      const { node, parent, word } = made[k]!;
      if (node.shared || replacement.has(node)) continue;
      let shape = '';
      let shareable = true;
      if (node.values) shape += node.values.map((v) => this.valueNumber(v)).join(',');
      shape += '|';
      if (node.children && node.children.size > MOST_CHILDREN_SHARED) continue;
      if (node.children) {
        const entries: string[] = [];
        for (const [w, child] of node.children) {
          const target = replacement.get(child) ?? child;
          if (target !== child) node.children.set(w, target);
          if (!target.shared) shareable = false;
          entries.push(`${w}:${target.shared}`);
        }
        shape += entries.sort().join(',');
      }
      if (!shareable) continue;
      const twin = this.sharedByShape.get(shape);
      if (twin) {
        replacement.set(node, twin);
        if (parent.children!.get(word) === node) parent.children!.set(word, twin);
      } else {
        node.shared = this.sharedByShape.size + 1;
        this.sharedByShape.set(shape, node);
      }
    }
  }

  private valueNumber(value: T): number {
    let number = this.valueNumbers.get(value);
    if (number === undefined) this.valueNumbers.set(value, (number = this.valueNumbers.size));
    return number;
  }

  get size(): number {
    return this.root.children!.size;
  }

  /**
   * Every match, overlapping ones included, in order of first token then length. For a list from
   * tokenize, a word is looked up once per distinct word, not once per token, and most tokens
   * (words that start no phrase) are passed on two typed-array reads.
   */
  matchAll(tokens: TokenList, from = 0, to = tokens.length): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const list = wordsOf(tokens);
    const translation = list && this.translationFor(list);
    const starts = list && this.startsFor(list);
    const firsts = this.root.children!;
    for (let i = from; i < to; i++) {
      // Most tokens start no phrase: two typed-array reads and on, with no call (whether a word starts one is learnt once per word).
      const listWord = list !== undefined ? list.numbers[i]! : -1;
      if (listWord >= 0) {
        let start = starts![listWord]!;
        if (start === NOT_YET_LOOKED_UP) {
          const word = this.translate(list!, translation!, listWord);
          starts![listWord] = start = word >= 0 && firsts.has(word) ? STARTS_A_PHRASE : STARTS_NO_PHRASE;
        }
        if (start === STARTS_NO_PHRASE) continue;
      }
      const before = matches.length;
      // Both readings of a word went on: put this token's matches back in order of length.
      if (this.walk(tokens, list, translation, this.root, i, i, to, matches)) matches.push(...matches.splice(before).sort((a, b) => a.last - b.last));
    }
    return matches;
  }

  /** Follows the trie from `node` along tokens j, j+1, … of a phrase starting at token i, recording each match. */
  private walk(tokens: TokenList, list: TokenWords | undefined, translation: Int32Array | undefined, node: TrieNode<T>, i: number, j: number, to: number,
    matches: PhraseMatch<T>[]): boolean {
    let branched = false;
    for (; j < to && j - i < this.longest; j++) {
      const listWord = list !== undefined ? list.numbers[j]! : -1;
      let next: TrieNode<T> | undefined;
      if (listWord < 0) {
        const token = tokens.get(j)!;
        next = this.child(node, token.norm);
        // "the whip's on": the word both as written ("whips") and without its "'s" ("whip") may go on.
        const alt = token.alt === undefined ? undefined : this.child(node, token.alt);
        if (alt && next) {
          this.record(alt, i, j, tokens, matches);
          this.walk(tokens, list, translation, alt, i, j + 1, to, matches);
          branched = true;
        } else next ??= alt;
      } else {
        const word = this.translate(list!, translation!, listWord);
        next = word < 0 ? undefined : node.children?.get(word);
      }
      if (!next) return branched;
      node = next;
      this.record(node, i, j, tokens, matches);
    }
    return branched;
  }

  private record(node: TrieNode<T>, i: number, j: number, tokens: TokenList, matches: PhraseMatch<T>[]): void {
    if (node.values) for (const value of node.values) matches.push({ first: i, last: j + 1, start: tokens.start(i)!, end: tokens.end(j)!, value });
  }

  /** The vocabulary number of a list's word (-1 when no phrase has it), looked up on first use. */
  private translate(list: TokenWords, translation: Int32Array, listWord: number): number {
    let known = translation[listWord]!;
    if (known === NOT_YET_LOOKED_UP) {
      const number = this.vocabulary.get(list.words[listWord]!);
      translation[listWord] = known = number === undefined ? NOT_A_PHRASE_WORD : number + 1;
    }
    return known === NOT_A_PHRASE_WORD ? -1 : known - 1;
  }

  /** A token without a list number (it has an apostrophe): its child by one of its words. */
  private child(node: TrieNode<T>, word: string): TrieNode<T> | undefined {
    const number = this.vocabulary.get(word);
    return number === undefined ? undefined : node.children?.get(number);
  }

  private startsFor(list: TokenWords): Uint8Array {
    let starts = this.starts.get(list);
    if (!starts) this.starts.set(list, (starts = new Uint8Array(list.words.length)));
    return starts;
  }

  private translationFor(list: TokenWords): Int32Array {
    let translation = this.translations.get(list);
    if (!translation) this.translations.set(list, (translation = new Int32Array(list.words.length)));
    return translation;
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
