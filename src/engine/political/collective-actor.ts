// A group of politicians named by what it holds rather than by its party: "the crowd who've had
// this place sewn up since the seventies", "the usual suspects across the chamber", "the ruling
// parties", "y weinyddiaeth bresennol". No list of stock phrases holds every way people say it,
// so the shape is read instead: a crowd or a political body, with a word that ties it to power in
// the council — before it (ruling, previous), after it (opposite, across the chamber) or in a
// relative clause (who run County Hall, that's in charge). Without that tie the same nouns are
// everyday ("the people who run the leisure centre", "a lot of residents", "the other side of the road").
import {
  BODY_NOUNS, CROWD_NOUNS, POWER_BEFORE, POWER_HELD, POWER_VERBS, RELATIVE, SEATED, SEATS, WHICH_AFTER, WHICH_BEFORE,
} from '../lexicons/collective-actor';
import { crossesClauseBreak } from '../text/clause-break';
import { byFirstWord } from '../text/word-sequences';
import { phraseWords, wordsAt, type TokenList } from '../text/tokens';

export type CollectiveCategory = 'implicit' | 'partisan';

export interface CollectiveActor {
  /** Token range of the whole reference, qualifier included. */
  first: number;
  last: number;
  /** A crowd noun ("the lot who…") takes sides by itself; a political body ("the ruling group") is also council business. */
  category: CollectiveCategory;
}

/** Every noun the finder starts from: the political vocabulary indexes them so the text is walked once. */
export const COLLECTIVE_NOUNS: readonly string[] = [...CROWD_NOUNS, ...BODY_NOUNS];

const crowd = new Set(CROWD_NOUNS);
const powerBefore = new Set(POWER_BEFORE);
const whichBefore = new Set(WHICH_BEFORE);
const whichAfter = new Set(WHICH_AFTER);
const seated = phraseList(SEATED);
const relative = phraseList(RELATIVE);
const powerHeld = phraseList(POWER_HELD);
const powerVerbs = phraseList(POWER_VERBS);
const seats = phraseList(SEATS);
// Welsh runs the article into the word before it: "i'r", "o'r", "mae'r" are written as one word.
const DETERMINERS = new Set(['the', 'this', 'that', 'those', 'these', 'y', 'yr', 'r', 'ir', 'or', 'ar', 'gydar', 'efor', 'maer', 'ywr', 'nar', 'ydyr']);
/** Crowd nouns too general to be picked out by "the same" or "the other" ("the same people", "the other side of the road"). */
const GENERAL = new Set(['people', 'ones', 'side', 'benches', 'rhai', 'bobl', 'ochr']);
/** Words between the determiner and the noun ("the usual suspects", "the new ruling group"). */
const MAX_ADJECTIVES = 2;
/** Words of a relative clause searched for the power it holds ("who've had this place sewn up"). */
const CLAUSE_REACH = 7;
/** Words between a verb of running and its seat ("run the whole council"). */
const SEAT_REACH = 3;

/** Nouns after a seat that make it the name of a service or a building part ("council tax", "town hall car park"). */
const serviceNoun = new Set(['tax', 'taxes', 'service', 'services', 'website', 'meeting', 'meetings', 'office', 'offices', 'depot', 'housing',
  'homes', 'estate', 'team', 'teams', 'staff', 'officers', 'leisure', 'car', 'park', 'cafe', 'canteen', 'reception', 'helpline', 'phone', 'phones',
  'contact', 'centre', 'centres', 'hall', 'tenancy', 'tenants', 'stall', 'stalls', 'market', 'museum', 'library']);

/** Is there a clause break between tokens a and b of a sentence? */
function breakBetween(text: string, tokens: TokenList, a: number, b: number): boolean {
  return crossesClauseBreak(text, tokens.end(a)!, tokens.start(b)!);
}

/**
 * A list of phrases keyed by first word, each keeping its place in the list: a power clause is
 * looked for at every word after every crowd noun ("our crew", "the team"), and a walk through
 * every phrase at every word was most of the rule's time on a long body.
 */
interface PhraseList {
  byFirst: Map<string, { order: number; words: string[] }[]>;
}

function phraseList(phrases: readonly string[]): PhraseList {
  return { byFirst: byFirstWord(phrases.map((phrase, order) => ({ order, words: phraseWords(phrase) })), (p) => p.words) };
}

/** The phrases that may start at token `at` (by its word or, for a possessive, its bare word), in list order. */
function candidatesAt(phrases: PhraseList, tokens: TokenList, at: number): readonly { order: number; words: string[] }[] {
  const own = phrases.byFirst.get(tokens.norm(at) ?? '') ?? [];
  const alt = tokens.alt(at);
  const bare = alt === undefined ? undefined : phrases.byFirst.get(alt);
  return bare ? [...own, ...bare].sort((a, b) => a.order - b.order) : own;
}

/** Length of the first of `phrases` spelt from `at` (within `to`, in one clause), or 0. */
function phraseAt(phrases: PhraseList, tokens: TokenList, text: string, at: number, to: number): number {
  for (const { words } of candidatesAt(phrases, tokens, at)) {
    if (at + words.length <= to && wordsAt(tokens, at, words) && !crossesClauseBreak(text, tokens.end(at)!, tokens.start(at + words.length - 1)!)) return words.length;
  }
  return 0;
}

/** The end of a power clause starting at `from` ("who've run County Hall", "that's in charge"), or -1. */
function powerClauseEnd(tokens: TokenList, text: string, from: number, to: number): number {
  for (let i = from; i < Math.min(to, from + CLAUSE_REACH); i++) {
    if (i > from && breakBetween(text, tokens, i - 1, i)) return -1;
    const held = phraseAt(powerHeld, tokens, text, i, to);
    if (held > 0) return i + held;
    const verb = phraseAt(powerVerbs, tokens, text, i, to);
    if (verb === 0) continue;
    for (let j = i + verb; j < Math.min(to, i + verb + SEAT_REACH); j++) {
      if (breakBetween(text, tokens, j - 1, j)) break;
      const seat = phraseAt(seats, tokens, text, j, to);
      // "the people who run the council" holds power; "…run the council tax helpline" is a service.
      if (seat > 0 && (j + seat >= to || breakBetween(text, tokens, j + seat - 1, j + seat) || !serviceNoun.has(tokens.norm(j + seat)!))) return j + seat;
    }
  }
  return -1;
}

/** The collective actor whose noun is tokens.get(noun), within the sentence [from, to), if it is one. */
export function collectiveActorAt(tokens: TokenList, text: string, noun: number, [from, to]: readonly [number, number]): CollectiveActor | undefined {
  const norm = tokens.norm(noun)!;
  const isCrowd = crowd.has(norm);
  let det = -1;
  for (let k = 1; k <= MAX_ADJECTIVES + 1 && noun - k >= from; k++) {
    if (breakBetween(text, tokens, noun - k, noun - k + 1)) break;
    if (DETERMINERS.has(tokens.norm(noun - k)!)) { det = noun - k; break; }
  }
  const start = det >= 0 ? det : noun;
  const prev = noun - 1 >= from ? tokens.norm(noun - 1)! : '';
  const next = noun + 1 < to && !breakBetween(text, tokens, noun, noun + 1) ? tokens.norm(noun + 1)! : '';
  const category: CollectiveCategory = isCrowd ? 'partisan' : 'implicit';
  // "a lot of residents", "the other side of the road": a quantity or a place, unless it is "…side of the chamber".
  const seatedAt = phraseAt(seated, tokens, text, noun + 1, to);
  if (seatedAt > 0 && det >= 0) return { first: start, last: noun + 1 + seatedAt, category: 'partisan' };
  if (next === 'of') return undefined;
  if (det >= 0 && powerBefore.has(prev)) return { first: start, last: noun + 1, category };
  if (det >= 0 && isCrowd && !GENERAL.has(norm) && whichBefore.has(prev)) return { first: start, last: noun + 1, category: 'partisan' };
  let after = noun + 1;
  if (whichAfter.has(next)) {
    if (det >= 0) return { first: start, last: noun + 2, category };
    after++;
  }
  if (det < 0 && !isCrowd) return undefined;
  if (after < to && breakBetween(text, tokens, after - 1, after)) return undefined;
  // "the lot who've run…", or straight on with the verb: "the people running this place".
  const rel = phraseAt(relative, tokens, text, after, to);
  const end = powerClauseEnd(tokens, text, after + rel, rel > 0 ? to : Math.min(to, after + 1 + SEAT_REACH));
  return end > 0 ? { first: start, last: end, category: 'partisan' } : undefined;
}
