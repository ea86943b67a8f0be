// A lexicon is data: phrases with the context that must (or must not) surround them, and
// examples that test themselves (after retext-equality and textlint-rule-prh).
import { PhraseIndex, longestMatches, type PhraseMatch } from '../text/phrase-index';
import { phraseWords, tokenize, wordsAt, type TokenList } from '../text/tokens';

export interface LexiconEntry<C extends string = string> {
  id: string;
  category: C;
  /** Word sequences; "{a|b}" lists alternatives, "{a|}" makes a word optional. */
  phrases: string[];
  /** The next words must be one of these phrases. */
  followedBy?: string[];
  /** The next words must not be one of these phrases ("labour" + "costs"). */
  notFollowedBy?: string[];
  /** The word before must not be one of these ("county" before "council will pay"). */
  notPrecededBy?: string[];
  /** The first word must be written with a capital ("Labour", not "labour"). */
  capitalised?: boolean;
  /** The word after must be written with a capital ("win back Thornfield", not "win back trust"). */
  nextCapitalised?: boolean;
  /** Political only when the sentence has other political context (see political-content). */
  needsContext?: boolean;
  /** Its words may be joined by a slash ("lab/green wards"), which otherwise ends a phrase as a clause break. */
  slashJoins?: boolean;
  /** Sentences this entry must find, and look-alikes it must not. */
  examples: { match: string[]; noMatch?: string[] };
  note?: string;
}

export interface LexiconHit<C extends string = string> {
  entry: LexiconEntry<C>;
  first: number;
  last: number;
  start: number;
  end: number;
}

interface FollowRules {
  yes?: string[][];
  no?: string[][];
  notAfter?: Set<string>;
  /** Look-behinds of more than one word ("post office", "no group"). */
  notAfterPhrases?: string[][];
}

const followCache = new WeakMap<LexiconEntry<string>, FollowRules>();

function followRules(entry: LexiconEntry<string>): FollowRules {
  let rules = followCache.get(entry);
  if (!rules) {
    rules = {
      yes: entry.followedBy?.flatMap((p) => expandAll(p)),
      no: entry.notFollowedBy?.flatMap((p) => expandAll(p)),
      notAfter: entry.notPrecededBy ? new Set(entry.notPrecededBy.map((w) => phraseWords(w)).filter((w) => w.length === 1).map((w) => w[0]!)) : undefined,
      notAfterPhrases: entry.notPrecededBy?.map((w) => phraseWords(w)).filter((w) => w.length > 1),
    };
    followCache.set(entry, rules);
  }
  return rules;
}

/** Does a match of one of the entry's phrases at tokens[first, last) meet the entry's conditions? */
export function entryAccepts(entry: LexiconEntry<string>, tokens: TokenList, first: number, last: number): boolean {
  if (entry.capitalised && !tokens.capitalised(first)!) return false;
  if (entry.nextCapitalised && !tokens.capitalised(last)) return false;
  const rules = followRules(entry);
  if (rules.notAfter && first > 0 && rules.notAfter.has(tokens.norm(first - 1)!)) return false;
  if (rules.notAfterPhrases?.some((words) => first >= words.length && words.every((word, k) => tokens.norm(first - words.length + k)! === word))) return false;
  if (rules.yes && !rules.yes.some((words) => wordsAt(tokens, last, words))) return false;
  if (rules.no && rules.no.some((words) => wordsAt(tokens, last, words))) return false;
  return true;
}

export class Lexicon<C extends string = string> {
  private readonly index = new PhraseIndex<LexiconEntry<C>>();

  constructor(readonly entries: readonly LexiconEntry<C>[]) {
    for (const entry of entries) for (const phrase of entry.phrases) this.index.add(phrase, entry);
  }

  /** Hits in tokens[from, to), the longest where they overlap. */
  find(tokens: TokenList, from = 0, to = tokens.length): LexiconHit<C>[] {
    return this.hitsFrom(this.index.matchAll(tokens, from, to), tokens);
  }

  /** The same, from raw matches of this lexicon's phrases found by a combined index. */
  hitsFrom(matches: readonly PhraseMatch<LexiconEntry<C>>[], tokens: TokenList): LexiconHit<C>[] {
    const raw = matches.filter((m) => entryAccepts(m.value, tokens, m.first, m.last));
    return longestMatches(raw).map((m) => ({ entry: m.value, first: m.first, last: m.last, start: m.start, end: m.end }));
  }

  /** Convenience for tests and examples: hits in a standalone text. */
  findIn(text: string): LexiconHit<C>[] {
    return this.find(tokenize(text));
  }
}

function expandAll(pattern: string): string[][] {
  const out: string[][] = [];
  const open = pattern.indexOf('{');
  if (open < 0) return [phraseWords(pattern)];
  const close = pattern.indexOf('}', open);
  for (const choice of pattern.slice(open + 1, close).split('|')) {
    out.push(...expandAll(pattern.slice(0, open) + choice + pattern.slice(close + 1)));
  }
  return out;
}
