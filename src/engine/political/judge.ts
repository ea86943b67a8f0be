// Which sentences of a passage are party-political, and why. A sentence is political when
//  - a party is named (or implied: "the previous lot", "our group") AND the sentence takes a
//    stance on it in plain words (attack or credit), unless it only reports plain fact; or
//  - it carries a frame that is political without a party name: electioneering ("I'm standing
//    again"), party business ("a three-line whip"), or political criticism of a Council decision
//    ("the budget Full Council rammed through"), unless a look-alike context explains it (the
//    registration canvass, a council recycling campaign).
import type { FrameCategory, StanceEntry, FrameEntry, AntiCategory } from '../lexicons/political';
import { entryAccepts, type LexiconEntry } from '../lexicons/lexicon';
import type { PhraseMatch } from '../text/phrase-index';
import type { Sentence } from '../text/sentences';
import { wordsAt, type TokenList } from '../text/tokens';
import { WordSequences, byFirstWord } from '../text/word-sequences';
import type { Span } from '../types';
import { countBefore } from '../text/bisect';
import { crossesClauseBreak } from '../text/clause-break';
import { collectiveActorAt } from './collective-actor';
import { bracketedMentions, isProse, labelsBusiness, partyActors } from './party-actor';
import { partyMentionsFrom, type PartyMention } from './party-mentions';
import { endorses, reportedQuotations } from './reported-speech';
import type { PartyTerm, PoliticalVocabulary, Word } from './vocabulary';

export type PoliticalKind = 'party-label' | FrameCategory;

export interface FlaggedSentence {
  sentence: Sentence;
  kinds: Set<PoliticalKind>;
  /** The words that decided it, in text order. */
  words: Span[];
  mentions: PartyMention[];
  /** Every party the sentence names, tied to the verdict or not (a rewrite of one label leaves the others). */
  partiesNamed: number;
}

export interface Passage {
  text: string;
  tokens: TokenList;
  sentences: readonly Sentence[];
  /** Token range of each sentence. */
  ranges: readonly (readonly [number, number])[];
  from: number;
  to: number;
}

export interface JudgeOptions {
  /** The sender is a councillor (a candidate can ask for votes; Electoral Services cannot). */
  memberSender: boolean;
  /** The message goes to a party group's mailbox: its raffles, funds and leaflets are the group's. */
  partyAudience: boolean;
  /** The registration canvass is named elsewhere in the message (the subject is judged with the body's context). */
  registrationContext?: boolean;
  /** A council campaign or service is named in the message (the subject "door-knocking and leaflet drop" is its). */
  campaignContext?: boolean;
  /**
   * A councillor writing only to councillors: their canvassing and leaflet rounds are their own campaign ("Canfasio
   * nos Sadwrn – fi'n dod â'r clipfyrddau"); the Council's door-knocking is done by its staff.
   */
  memberCircle?: boolean;
}

interface Hit<E> {
  first: number;
  last: number;
  start: number;
  end: number;
  entry: E;
}

interface SentenceSignals {
  mentions: PartyMention[];
  implicit: Hit<LexiconEntry<'implicit' | 'partisan'>>[];
  stance: Hit<StanceEntry>[];
  frames: Hit<FrameEntry>[];
  anchors: Hit<LexiconEntry<'anchor'>>[];
  context: Hit<LexiconEntry<'context'>>[];
  /** Where the sentence reports formal business ("voted", "asked", "tabled"): a party in the same clause is reported, not judged. */
  formal: { first: number; last: number; start: number; end: number }[];
  /** Plain-fact words of the sentence as a whole ("political balance", "seats on", "the motion"): no party in it is judged as an actor. */
  factual: boolean;
  /** Where the plain-fact words are (of either plain-fact list): they excuse an evaluative word only in their own clause. */
  plainFacts: { start: number; end: number }[];
  /** ANTI_BIT flags. */
  anti: number;
}

const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'ill', 'we', 'were', 'weve', 'well', 'wed', 'us', 'our', 'my', 'lets', 'rwyf', 'rydw', 'rydym', 'ein', 'fy', 'ni']);
/** The writer as the one acting: "we can knock", "I'll deliver" (not "asked me", "our street"). */
const FIRST_PERSON_DOING = new Set(['i', 'im', 'ive', 'we', 'weve', 'lets', 'rwyf', 'rydw', 'rydym']); // (not "were", "well", "ill": the apostrophe is gone)
/** Words between a stance and its party: further apart, they are about different things. */
const STANCE_REACH = 16;
/** Strong words ("stood up for", "a disgrace") reach further in a long sentence. */
const STRONG_STANCE_REACH = 26;
/** Sentences back to the Council decision a criticism attacks. */
const ANCHOR_SENTENCES = 3;
/** Words between a criticism and the Council decision it attacks ("this budget is a disgrace"). */
const ANCHOR_REACH = 10;
/** Words that carry a party named in the sentence before ("they'd have flogged it off"). */
const THEY = new Set(['they', 'theyd', 'theyve', 'theyre', 'theyll', 'them', 'their', 'it', 'its', 'nhw', 'eu']);
/** A sentence this short after a party is named is a verdict on it ("It's a disgrace."). */
const SHORT_VERDICT = 10;
/** Is there a dash, colon or semicolon in text[start, end): a clause of its own after it ("Budget amendment – end the … cuts")? */
function dashedApart(text: string, start: number, end: number): boolean {
  return /[\u2013\u2014:;]| - /.test(text.slice(start, end));
}

/** A campaign's own work, by its first words: what councillors arranging it among themselves are doing. */
const CAMPAIGN_WORK = new WordSequences([['canvassing'], ['canvass', 'session'], ['canvass', 'sheets'], ['canfasio'], ['ganfasio'], ['leaflet', 'drop'], ['leaflet', 'round'],
  ['leafleting'], ['leafletting'], ['dosbarthur', 'taflenni'], ['dosbarthu', 'taflenni'], ['delivering', 'leaflets'], ['knocking', 'doors'], ['door', 'knocking'],
  ['knock', 'every'], ['knocking', 'every'], ['curo', 'drysau'], ['cnocio', 'drysau'], ['walk', 'sheets'], ['walk', 'sheet']]);

/** A quotation mark, straight or curly. */
const QUOTE_MARK = /["\u201c\u201d]/;

/** A councillor asking for the electoral register or an extract of it. */
const REGISTER_REQUESTED = new WordSequences([['send', 'me', 'the', 'electoral', 'register'], ['send', 'me', 'the', 'register'], ['copy', 'of', 'the', 'electoral', 'register'],
  ['copy', 'of', 'the', 'register'], ['extract', 'of', 'the', 'register'], ['register', 'extract'], ['electoral', 'register', 'as', 'a'], ['the', 'electoral', 'roll', 'for'],
  ['the', 'electoral', 'register', 'for'], ['a', 'list', 'of', 'the', 'new', 'addresses'], ['list', 'of', 'new', 'addresses'], ['new', 'addresses', 'on', 'the', 'register'],
  ['gopi', 'or', 'gofrestr'], ['copi', 'or', 'gofrestr'], ['rhestr', 'or', 'strydoedd']]);

/** A party's local body, as party-context finds it ("the branch", Welsh "y gangen"). */
const PARTY_BODY = new Set(['branch', 'cangen', 'gangen', 'nghangen', 'changen']);
/** Longest run of words judged as one sentence. */
const MAX_SENTENCE_TOKENS = 80;

/** Cells of a table pasted as text ("ADEBAYO Grace | address in the borough | Labour Party"): a listing, not prose. */
const TABLE_ROW = /\|[^|\n]*\||\t[^\t\n]*\t/;

/** A sentence's signals without those inside the given quotations (the quoted speaker's, not the writer's). */
function withoutReported(s: SentenceSignals, quotes: readonly [number, number][]): SentenceSignals {
  if (quotes.length === 0) return s;
  const outside = (h: { start: number }): boolean => !quotes.some(([open, close]) => h.start > open && h.start < close);
  return { ...s, mentions: s.mentions.filter(outside), implicit: s.implicit.filter(outside), stance: s.stance.filter(outside), frames: s.frames.filter(outside) };
}

/** Sentence index of a token, by binary search over the sentences' token ranges. */
function sentenceIndexer(ranges: readonly (readonly [number, number])[]): (token: number) => number {
  return (token) => {
    const k = countBefore(ranges.length, (i) => ranges[i]![1] <= token);
    return k < ranges.length && ranges[k]![0] <= token ? k : -1;
  };
}

/** References that name a side only with a verdict beside them ("your group" is as often a residents' group; "the Reds" a football team). */
const NEEDS_A_VERDICT = new Set(['some-group', 'colour-plural']);

/** A group something is said to or shared with is an audience, not an actor ("mentioned it to my group", "shared it with our group"). */
const AUDIENCE_BEFORE = new Set(['to', 'with']);
/** "Three member enquiries from my group unanswered": the writer's own group as where something came from, not as an actor ("promises from this administration" is blame). */
const SOURCE_BEFORE = new Set(['from']);
const TELLING = new Set(['mentioned', 'mention', 'said', 'say', 'told', 'tell', 'shared', 'share', 'raised', 'raise', 'copied', 'copy', 'sent', 'send', 'passed', 'pass', 'speak',
  'spoke', 'spoken', 'talk', 'talked', 'explained', 'explain', 'showed', 'show', 'shown', 'forwarded', 'forward', 'discuss', 'discussed', 'report', 'reported', 'emailed', 'circulated', 'circulate']);
/** "(mentioned|shared|sent) [it|this|anything] (to|with) <group>" — not "Congratulations to the ruling group". */
function toAudience(tokens: TokenList, first: number): boolean {
  if (!AUDIENCE_BEFORE.has(tokens.norm(first - 1) ?? '')) return false;
  for (let k = first - 2; k >= Math.max(0, first - 4); k--) if (TELLING.has(tokens.norm(k) ?? '')) return true;
  return false;
}
/** "I haven't copied this to anyone else, my group included", "not even my group": named as one of an audience, not as an actor. */
const ASIDE_BEFORE = new Set(['including', 'even', 'except', 'excluding', 'besides']);
function listedAside(tokens: TokenList, h: { first: number; last: number }): boolean {
  return tokens.norm(h.last) === 'included' || ASIDE_BEFORE.has(tokens.norm(h.first - 1) ?? '');
}

function distance(a: { first: number; last: number }, b: { first: number; last: number }): number {
  if (a.last <= b.first) return b.first - a.last;
  if (b.last <= a.first) return a.first - b.last;
  return 0;
}

function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first < b.last && b.first < a.last;
}

/** Keeps the longest of overlapping hits of one kind (as the lexicons do). */
function longest<E>(hits: Hit<E>[]): Hit<E>[] {
  const sorted = [...hits].sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: Hit<E>[] = [];
  let reach = -1;
  for (const hit of sorted) {
    if (hit.first >= reach) {
      kept.push(hit);
      reach = hit.last;
    }
  }
  return kept;
}

/** Implicit references found by their shape (political/collective-actor.ts), as lexicon entries so the judge treats them like the listed ones. */
const COLLECTIVE_PARTISAN: LexiconEntry<'implicit' | 'partisan'> = { id: 'collective-actor', category: 'partisan', phrases: [], examples: { match: [] } };
const COLLECTIVE_BODY: LexiconEntry<'implicit' | 'partisan'> = { id: 'collective-body', category: 'implicit', phrases: [], examples: { match: [] } };
/** Words of a group found by its shape that a finding quotes. */
const MAX_COLLECTIVE_WORDS = 4;
/** Words between a party and the formal business it is reported doing ("Labour have formally asked for…"). */
const FORMAL_REACH = 8;

// Formal business is no sentence flag: it excuses a party only in its own clause, so its places are kept (SentenceSignals.formal).
const ANTI_BIT: Record<AntiCategory, number> = { registration: 1, 'council-campaign': 2, 'plain-fact': 4, 'formal-report': 0, allocation: 16, 'other-body': 32 };

function emptySignals(): SentenceSignals {
  return { mentions: [], implicit: [], stance: [], frames: [], anchors: [], context: [], formal: [], factual: false, plainFacts: [], anti: 0 };
}

/** Signals by sentence index, for the sentences that have any (most have none). */
function collect(passage: Passage, vocabulary: PoliticalVocabulary): Map<number, SentenceSignals> {
  const { tokens, ranges, from, to } = passage;
  const signals = new Map<number, SentenceSignals>();
  const at = (index: number): SentenceSignals => {
    let s = signals.get(index);
    if (!s) signals.set(index, (s = emptySignals()));
    return s;
  };
  const indexOf = sentenceIndexer(ranges);
  const all = vocabulary.index.matchAll(tokens, from, to);
  // The council's "never political" phrases blank out every other word they overlap.
  const never = all.filter((m) => m.value.kind === 'never');
  const blanked = (m: PhraseMatch<Word>): boolean => never.length > 0 && never.some((n) => overlaps(n, m));
  const parties: PhraseMatch<PartyTerm>[] = [];
  const buckets = { implicit: [] as Hit<LexiconEntry<'implicit' | 'partisan'>>[], stance: [] as Hit<StanceEntry>[], frames: [] as Hit<FrameEntry>[],
    anchors: [] as Hit<LexiconEntry<'anchor'>>[], context: [] as Hit<LexiconEntry<'context'>>[] };
  const antis: Hit<LexiconEntry<AntiCategory>>[] = [];
  for (const m of all) {
    const w = m.value;
    if (w.kind === 'never' || blanked(m)) continue;
    if (w.kind === 'collective') {
      const index = indexOf(m.first);
      const actor = index >= 0 ? collectiveActorAt(tokens, passage.text, m.first, ranges[index]!) : undefined;
      if (actor) {
        const entry = actor.category === 'partisan' ? COLLECTIVE_PARTISAN : COLLECTIVE_BODY;
        // The words shown are the group's first few ("the lot who've run"), not its whole clause: the on-send alert has 500 characters.
        const shown = Math.min(actor.last, actor.first + MAX_COLLECTIVE_WORDS);
        buckets.implicit.push({ first: actor.first, last: actor.last, start: tokens.start(actor.first)!, end: tokens.end(shown - 1)!, entry });
      }
      continue;
    }
    if (m.last - m.first > 1 && crossesClauseBreak(passage.text, m.start, m.end) &&
      !((w.kind === 'implicit' || w.kind === 'stance') && w.entry.slashJoins && !crossesClauseBreak(passage.text.slice(m.start, m.end).replace(/\//g, ' '), 0, m.end - m.start))) continue;
    if (w.kind === 'party') {
      parties.push({ first: m.first, last: m.last, start: m.start, end: m.end, value: w.term });
      continue;
    }
    if (!entryAccepts(w.entry as LexiconEntry<string>, tokens, m.first, m.last)) continue;
    // "vote" + a capital is "vote Residents First", not "…to vote? Check…": the capital must be in the same clause.
    if ((w.entry as LexiconEntry<string>).nextCapitalised && m.last < tokens.length && /[.?!:;]/.test(passage.text.slice(tokens.end(m.last - 1)!, tokens.start(m.last)!))) continue;
    switch (w.kind) {
      case 'stance': buckets.stance.push({ first: m.first, last: m.last, start: m.start, end: m.end, entry: w.entry }); break;
      case 'implicit': buckets.implicit.push({ first: m.first, last: m.last, start: m.start, end: m.end, entry: w.entry }); break;
      case 'frame': buckets.frames.push({ first: m.first, last: m.last, start: m.start, end: m.end, entry: w.entry }); break;
      case 'anchor': buckets.anchors.push({ first: m.first, last: m.last, start: m.start, end: m.end, entry: w.entry }); break;
      case 'context': buckets.context.push({ first: m.first, last: m.last, start: m.start, end: m.end, entry: w.entry }); break;
      case 'anti': antis.push({ first: m.first, last: m.last, start: m.start, end: m.end, entry: w.entry }); break;
    }
  }
  // A word of a partisan name is not business: the "team" of "the red team" allocates nothing. (The tokens such names
  // cover are marked once, so a body thick with both stays linear.)
  const partisanCover = new Set<number>();
  for (const h of buckets.implicit) if (h.entry.category === 'partisan') for (let k = h.first; k < h.last; k++) partisanCover.add(k);
  for (const a of antis) {
    if (partisanCover.size > 0 && partisanCover.has(a.first) && partisanCover.has(a.last - 1)) continue;
    const index = indexOf(a.first);
    if (index < 0) continue;
    at(index).anti |= ANTI_BIT[a.entry.category];
    if (a.entry.category === 'plain-fact') at(index).plainFacts.push({ start: a.start, end: a.end });
    if (a.entry.category === 'formal-report' || a.entry.id === 'plain-fact-act') at(index).formal.push({ first: a.first, last: a.last, start: a.start, end: a.end });
    else if (a.entry.category === 'plain-fact') at(index).factual = true;
  }
  if (parties.length > 0) {
    const starts = new Set(ranges.map(([start]) => start));
    for (const mention of partyMentionsFrom(parties, tokens, passage.text, starts, vocabulary)) {
      const index = indexOf(mention.first);
      if (index >= 0) at(index).mentions.push(mention);
    }
  }
  const place = <K extends keyof typeof buckets>(key: K): void => {
    for (const hit of longest(buckets[key] as Hit<unknown>[])) {
      const index = indexOf(hit.first);
      if (index >= 0) (at(index)[key] as Hit<unknown>[]).push(hit);
    }
  };
  place('implicit');
  place('stance');
  place('frames');
  place('anchors');
  place('context');
  return signals;
}

/**
 * A "sentence" of thousands of words (a pasted list, a body with no full stops) is judged in
 * windows of a few dozen words: a stance and its party are never that far apart, and every check
 * inside a sentence stays bounded, so the rule is linear in the text.
 */
function boundSentences(passage: Passage): Passage {
  if (passage.ranges.every(([a, b]) => b - a <= MAX_SENTENCE_TOKENS)) return passage;
  const sentences: Sentence[] = [];
  const ranges: (readonly [number, number])[] = [];
  passage.ranges.forEach(([a, b], i) => {
    if (b - a <= MAX_SENTENCE_TOKENS) {
      sentences.push(passage.sentences[i]!);
      ranges.push([a, b]);
      return;
    }
    const whole = passage.sentences[i]!;
    for (let from = a; from < b; from += MAX_SENTENCE_TOKENS) {
      const to = Math.min(b, from + MAX_SENTENCE_TOKENS);
      const start = from === a ? whole.start : passage.tokens.start(from)!;
      const end = to === b ? whole.end : passage.tokens.end(to - 1)!;
      sentences.push({ start, end, text: passage.text.slice(start, end) });
      ranges.push([from, to]);
    }
  });
  return { ...passage, sentences, ranges };
}

/** Two hits of the same words ("newsletter" … "newsletter") do not vouch for each other. */
function sameWords(text: string, a: Hit<unknown>, b: Hit<unknown>): boolean {
  return text.slice(a.start, a.end).toLowerCase() === text.slice(b.start, b.end).toLowerCase();
}

/** Does any token of tokens[from, to) belong to the set ("I", "we" … ; "they", "it" …)? */
function hasWordFrom(words: ReadonlySet<string>, tokens: TokenList, [from, to]: readonly [number, number]): boolean {
  return tokens.hasWordIn(words, from, to);
}

export interface Judgement {
  flagged: FlaggedSentence[];
  /** The passage names the statutory registration canvass (context for judging the subject line). */
  registration: boolean;
  /** The passage names a council campaign or service (context for judging the subject line). */
  councilCampaign: boolean;
  /** The passage names a party or a partisan body ("the other lot") anywhere, outside any plain-fact sentence. */
  partyNamed: boolean;
}

/** "should not take part in a political campaign or canvass…": guidance that forbids the act describes it, it does not do it. */
const FORBIDDING = [['should', 'not'], ['shouldnt'], ['must', 'not'], ['mustnt'], ['may', 'not'], ['not', 'permitted'], ['not', 'allowed'], ['prohibited'], ['forbidden'], ['barred'],
  ['dont'], ['do', 'not'], ['ni', 'ddylai'], ['ni', 'chaiff'], ['peidiwch'], ['cant', 'be', 'used'], ['cannot', 'be', 'used'], ['can', 'not', 'be', 'used'], ['mustnt', 'be', 'used'],
  ['ni', 'ddylech'], ['ni', 'ddylid'], ['na', 'ddylech'], ['must', 'never'], ['should', 'never'], ['never', 'be', 'used']];
const FORBIDDING_BY_FIRST = byFirstWord(FORBIDDING, (w) => w);
const IMPERATIVE_BEFORE = new Set(['please', 'but', 'and', 'so', 'just', 'also']);
/** "Don't forget to knock on doors on Saturday!" urges the act. */
const URGING = new Set(['forget', 'miss', 'worry', 'be', 'hesitate', 'anghofio']);
// ("please do not use your Council e-mail address, Council telephone, printing or any other Council resource for campaigning, canvassing…")
const FORBIDDING_REACH = 24;
/**
 * A dash or semicolon that starts a clause of its own ("Don't bother costing it – once we run this council…"),
 * not one that goes on to list what is forbidden ("Don't use it for your campaign – no canvassing, no leaflets…").
 * (A colon always lists.)
 */
const NEW_CLAUSE = /(?:[;–—]| - )\s*([A-Za-z']*)/g;
const LISTING = new Set(['no', 'not', 'nor', 'neither', 'including', 'includes', 'eg', 'e', 'like', 'such', 'for', 'any', 'anything', 'whether', 'or', 'and', 'that', 'this', 'dim', 'na']);

/** Does a new clause start between `from` and the frame at `to` (the word after the last break decides)? */
function endsProhibition(text: string, from: number, to: number): boolean {
  let last: string | undefined;
  // (The word after the break may be the frame's own first word: read a little past it.)
  for (const match of text.slice(from, to + 20).matchAll(NEW_CLAUSE)) if (from + match.index! < to) last = match[1]!.toLowerCase();
  return last !== undefined && last !== '' && !LISTING.has(last);
}

/** "Ni ddylech…", "Ni chewch…": Welsh "you should not", "you may not". */
const WELSH_MUST_NOT = new Set(['ddylech', 'ddylai', 'ddylid', 'chewch', 'chaiff', 'chaniateir']);

/** Who guidance is addressed to: "You should not…", "Members must not…", "It can't be used for…". */
const GUIDANCE_SUBJECTS = new Set(['you', 'members', 'councillors', 'officers', 'staff', 'candidates', 'it', 'they', 'this']);

/** The first word after numbering and "please". */
function firstWord(tokens: TokenList, from: number, to: number): number {
  let k = from;
  while (k < to && (GUIDANCE_OPENERS.has(tokens.norm(k)!) || /^\d+$/.test(tokens.norm(k)!))) k++;
  return k;
}

/** Numbering and politeness a guidance sentence may open with ("1. Do not…", "Please do not…"). */
const GUIDANCE_OPENERS = new Set(['please', 'and', 'but', 'also', 'so']);

/** "1. Do not use your council e-mail for any campaigning – for example canvassing…": the whole sentence is forbidden acts. */
function opensWithProhibition(tokens: TokenList, sentenceFirst: number, sentenceEnd: number): boolean {
  let k = sentenceFirst;
  while (k < sentenceEnd && (GUIDANCE_OPENERS.has(tokens.norm(k)!) || /^\d+$/.test(tokens.norm(k)!))) k++;
  // "You should not ask any officer to help with any party work – for example…": guidance to a reader.
  if (GUIDANCE_SUBJECTS.has(tokens.norm(k) ?? '') && forbiddingAt(tokens, k + 1) !== undefined) return true;
  const w = tokens.norm(k);
  return w === 'dont' || w === 'never' || (w === 'do' && tokens.norm(k + 1) === 'not') || w === 'peidiwch' || (w === 'na' && tokens.norm(k + 1) === 'ddefnyddiwch') ||
    (w === 'ni' && WELSH_MUST_NOT.has(tokens.norm(k + 1) ?? ''));
}

const DECLINED_WITH = new Set(['with', 'for', 'on', 'gyda', 'efo', 'gydag', 'ar', 'am', 'i']);
const DECLINED_NOT = new Set(['not', 'nid', 'ddim', 'nor', 'na']);
/** "not with", "nid gyda", "not for" straight before the words. */
function declinedBefore(tokens: TokenList, first: number): boolean {
  return DECLINED_NOT.has(tokens.norm(first - 1) ?? '') || (DECLINED_WITH.has(tokens.norm(first - 1) ?? '') && DECLINED_NOT.has(tokens.norm(first - 2) ?? ''));
}

/** "…must not be used for anyone's campaign. That includes canvassing arrangements, election leaflets…": the list is of what is forbidden. */
const LIST_OPENERS = [['that', 'includes'], ['this', 'includes'], ['that', 'covers'], ['this', 'covers'], ['that', 'means'], ['this', 'means'], ['for', 'example'], ['eg'], ['in', 'practice'], ['in', 'other', 'words'],
  ['mae', 'hynny', 'yn', 'cynnwys'], ['er', 'enghraifft']];

/** Per sentence: where its first forbidding words start, and the first list opener after them (-1: none). */
interface ForbiddingInSentence {
  firstForbidding: number;
  openerAfter: number;
  forbidsAnywhere: boolean;
}

function forbiddingIn(tokens: TokenList, [from, to]: readonly [number, number]): ForbiddingInSentence {
  let firstForbidding = -1;
  for (let k = from; k < to && firstForbidding < 0; k++) if (forbiddingAt(tokens, k)) firstForbidding = k;
  let openerAfter = -1;
  if (firstForbidding >= 0) for (let j = firstForbidding + 1; j < to && openerAfter < 0; j++) if (LIST_OPENERS.some((w) => wordsAt(tokens, j, w))) openerAfter = j;
  return { firstForbidding, openerAfter, forbidsAnywhere: firstForbidding >= 0 };
}

/**
 * A frame listed after forbidding words ("…must not be used for campaigning - that includes canvassing lists…"), or in
 * a sentence opening with a list opener after a sentence that forbids. The earliest forbidding words of a sentence open
 * the widest window, so each sentence is read once (memo), not once per frame in it.
 */
function listsWhatWasForbidden(tokens: TokenList, ranges: readonly (readonly [number, number])[], i: number, frameFirst: number,
  memo: Map<number, ForbiddingInSentence>): boolean {
  const inSentence = (j: number): ForbiddingInSentence => {
    let found = memo.get(j);
    if (!found) memo.set(j, (found = forbiddingIn(tokens, ranges[j]!)));
    return found;
  };
  const [from] = ranges[i]!;
  const here = inSentence(i);
  if (here.firstForbidding >= 0 && here.firstForbidding < frameFirst && here.openerAfter >= 0 && here.openerAfter < frameFirst) return true;
  if (i === 0 || !LIST_OPENERS.some((w) => wordsAt(tokens, from, w))) return false;
  return inSentence(i - 1).forbidsAnywhere;
}

/** The forbidding words ("must not", "peidiwch") that start at token k, if any. */
function forbiddingAt(tokens: TokenList, k: number): readonly string[] | undefined {
  return FORBIDDING_BY_FIRST.get(tokens.norm(k) ?? '')?.find((w) => w.every((word, j) => tokens.norm(k + j) === word));
}

/** The declining words ("cannot help") that start at token k, a possessive's bare form counting as in wordsAt. */
function decliningAt(tokens: TokenList, k: number): readonly string[] | undefined {
  const matches = (w: readonly string[]): boolean => wordsAt(tokens, k, w);
  return DECLINING_BY_FIRST.get(tokens.norm(k) ?? '')?.find(matches) ?? DECLINING_BY_FIRST.get(tokens.alt(k) ?? '')?.find(matches);
}

/**
 * An officer declining the act: "Officers cannot help with campaign material, canvass returns or leaflets",
 * Welsh "alla i ddim edrych dros y daflen" (I can't look over the leaflet). (A councillor's "I can't help with the
 * leaflets this weekend" is their own campaign, so these count only in an officer's mail.)
 */
const DECLINING = [['cannot', 'help'], ['cant', 'help'], ['can', 'not', 'help'], ['unable', 'to', 'help'], ['not', 'able', 'to', 'help'], ['cannot', 'assist'], ['cant', 'assist'],
  ['unable', 'to', 'assist'], ['not', 'able', 'to', 'assist'], ['wont', 'be', 'able', 'to', 'help'], ['alla', 'i', 'ddim'], ['allai', 'ddim'], ['allaf', 'ddim'], ['ni', 'allaf'], ['fedra', 'i', 'ddim'], ['fedrai', 'ddim'],
  ['ni', 'allwn'], ['ni', 'all', 'swyddogion']];
const DECLINING_BY_FIRST = byFirstWord(DECLINING, (w) => w);

/**
 * Guidance that sends party work elsewhere, after naming it: "Party group business (selection, canvassing rotas,
 * fundraising) should go through your party's own e-mail, not a council address".
 */
const REDIRECTED = new WordSequences([['through', 'your', 'party'], ['through', 'your', 'partys'], ['via', 'your', 'party'], ['via', 'your', 'partys'],
  ['from', 'your', 'party'], ['from', 'your', 'partys'], ['using', 'your', 'party'], ['use', 'your', 'party'], ['use', 'your', 'partys'], ['your', 'own', 'party'],
  ['party', 'or', 'personal'], ['personal', 'or', 'party'], ['not', 'a', 'council', 'address'], ['not', 'your', 'council'], ['not', 'council', 'email'], ['not', 'council', 'e', 'mail'],
  // The misuse reported back to the member: "a canvassing rota for the Reform campaign was sent from your council address".
  ['from', 'your', 'council', 'address'], ['from', 'your', 'council', 'email'], ['from', 'your', 'council', 'e', 'mail'], ['from', 'your', 'council', 'account']]);

function forbidden(tokens: TokenList, text: string, sentenceFirst: number, frame: { first: number; last: number; start: number }, sentenceEnd = sentenceFirst, officer = false): boolean {
  if (officer && sentenceEnd > frame.last && REDIRECTED.anyStartsIn(tokens, frame.last, sentenceEnd)) return true;
  // ("Don't bother costing it – once we run this council…": a dash or semicolon ends what the opening forbids.)
  if (sentenceEnd > sentenceFirst && opensWithProhibition(tokens, sentenceFirst, sentenceEnd) && !URGING.has(tokens.norm(firstWord(tokens, sentenceFirst, sentenceEnd) + 1) ?? '') &&
    !endsProhibition(text, tokens.start(sentenceFirst)!, frame.start)) return true;
  for (let k = Math.max(sentenceFirst, frame.first - FORBIDDING_REACH); k < frame.first; k++) {
    const words = forbiddingAt(tokens, k) ?? (officer ? decliningAt(tokens, k) : undefined);
    // "Don't…" forbids only as an imperative ("please don't use them for canvassing"), not in "we don't have a whip".
    const imperative = words && (words[0] !== 'dont' && words[0] !== 'do' || k === sentenceFirst || IMPERATIVE_BEFORE.has(tokens.norm(k - 1)!));
    // ("must not be used for canvassing" forbids; only "don't"/"do not" urge: "don't be shy", "don't forget".)
    const urged = (words?.[0] === 'dont' || words?.[0] === 'do' || words?.[0] === 'peidiwch') && URGING.has(tokens.norm(k + words.length) ?? '');
    if (words && imperative && !urged && !crossesClauseBreak(text, tokens.end(k)!, frame.start)) return true;
  }
  return false;
}

/** Words between "their"/"they" and the verdict it carries ("their sums are fantasy economics"). */
const PRONOUN_REACH = 3;

/**
 * "the Nats' amendment claims they can freeze the tax…, and I'd like to show the chamber their sums are fantasy
 * economics": a verdict in the idiom of political argument on "they"/"their", however far into a long sentence, is
 * on the party named before it. (Plain strong words are not carried: "their report is a shambles" may be the auditors'.)
 */
function pronounedParty<R extends { first: number; last: number; explicit: boolean }>(tokens: TokenList, refs: R[], sentenceFirst: number, stance: { first: number }): R | undefined {
  for (let k = stance.first - 1; k >= Math.max(sentenceFirst, stance.first - PRONOUN_REACH); k--) {
    if (!THEY.has(tokens.norm(k) ?? '') || tokens.norm(k) === 'it' || tokens.norm(k) === 'its') continue;
    return refs.filter((r) => r.explicit && r.last <= k).sort((a, b) => b.last - a.last)[0];
  }
  return undefined;
}

/** Words saying a quoted line was kept out: "I've left out the line … ("keeping our promise")", "we can't carry group lines". */
const EXCLUDING = new WordSequences([['left', 'out'], ['leave', 'out'], ['leaving', 'out'], ['taken', 'out'], ['take', 'out'], ['took', 'out'], ['removed'], ['deleted'], ['struck', 'out'],
  ['cut', 'out'], ['dropped'], ['cant', 'carry'], ['cannot', 'carry'], ['can', 'not', 'carry'], ['wont', 'include'], ['not', 'include'], ['not', 'included'], ['cant', 'use'], ['cannot', 'use']]);
const OPEN_QUOTES = '"“';
const CLOSE_QUOTES = '"”';

/**
 * A stance inside quotation marks, in a sentence that says the quoted line was kept out, is mentioned, not
 * used: "I've left out the line from the group's own release ("keeping our promise on food waste")".
 */
function quotedToExclude(text: string, tokens: TokenList, [from, to]: readonly [number, number], stance: { start: number; end: number }): boolean {
  const sentenceStart = tokens.start(from)!;
  const sentenceEnd = tokens.end(to - 1)!;
  let open = -1;
  for (let k = stance.start - 1; k >= sentenceStart; k--) {
    if (OPEN_QUOTES.includes(text[k]!)) { open = k; break; }
    if (text[k] === '”') return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = stance.end; k < sentenceEnd + 1 && k < text.length; k++) if (CLOSE_QUOTES.includes(text[k]!)) { close = k; break; }
  if (close < 0) return false;
  return EXCLUDING.anyStartsIn(tokens, from, to);
}

/**
 * An officer's sentence that cites the rules or sends the act elsewhere explains a boundary, it does not cross it:
 * "it counts as party political material, and the Protocol (para 14.3) doesn't allow council printers… to be used for it",
 * "Anything to do with your own campaign – leaflets, canvassing and so on – needs to go through your personal or party accounts".
 */
const RULE_CITING = new WordSequences([['member', 'officer', 'protocol'], ['electoral', 'commission'], ['nid', 'wyf', 'yn', 'gallu'], ['ni', 'allaf'], ['of', 'our', 'protocol'], ['code', 'of', 'recommended', 'practice'], ['publicity', 'code'], ['under', 'paragraph'], ['under', 'para'], ['officers', 'cant', 'provide'], ['officers', 'cannot', 'provide'], ['officers', 'cant', 'help'], ['officers', 'cannot', 'help'], ['doesnt', 'allow'], ['does', 'not', 'allow'], ['not', 'permitted'], ['counts', 'as', 'party'], ['politically', 'restricted'], ['the', 'protocol'],
  ['personal', 'or', 'party'], ['party', 'or', 'personal'], ['your', 'personal', 'email'], ['your', 'personal', 'e', 'mail'], ['your', 'personal', 'account'], ['your', 'personal', 'accounts'],
  ['own', 'devices'], ['personal', 'devices'], ['code', 'of', 'conduct'], ['pre', 'election', 'guidance'], ['purdah', 'guidance'], ['canllawiau'], ['protocol', 'y', 'cyngor'], ['protocol', 'aelodau'], ['o', 'dan', 'y', 'protocol'], ['dan', 'baragraff'], ['ddim', 'yn', 'cael', 'gweithio']]);

/** Openings that carry on the sentence before ("That includes…", "This covers…", "For example…"). */
const CONTINUING = new WordSequences([['that', 'includes'], ['this', 'includes'], ['that', 'covers'], ['this', 'covers'], ['that', 'means'], ['this', 'means'], ['that', 'would', 'include'],
  ['for', 'example'], ['for', 'instance'], ['including'], ['the', 'same', 'would', 'apply'], ['the', 'same', 'applies'], ['that', 'would', 'apply'], ['this', 'applies'], ['the', 'same', 'goes'], ['so', 'that', 'rules', 'out'], ['mae', 'hynny', 'n', 'cynnwys'], ['maen', 'cynnwys']]);

function citesTheRules(tokens: TokenList, range: readonly [number, number]): boolean {
  return RULE_CITING.anyStartsIn(tokens, range[0], range[1]);
}

/** An officer stepping out of role: "between us", "off the record", "for what it's worth", "don't quote me". */
const ASIDES = new WordSequences([['between', 'us'], ['between', 'ourselves'], ['between', 'you', 'and', 'me'], ['off', 'the', 'record'], ['for', 'what', 'its', 'worth'],
  ['dont', 'quote', 'me'], ['i', 'shouldnt', 'say'], ['i', 'shouldnt', 'really', 'say'], ['if', 'you', 'ask', 'me'], ['entre', 'nous'], ['rhyngom', 'ni'], ['rhyngot', 'ti', 'a', 'fi'],
  ['rhyngoch', 'chi', 'a', 'fi'], ['rhwng', 'ti', 'a', 'fi'], ['rhwng', 'chi', 'a', 'fi'], ['rhwng', 'ni', 'a', 'ni'], ['a', 'word', 'to', 'the', 'wise'], ['strictly', 'speaking', 'i', 'shouldnt'], ['personally', 'i'], ['speaking', 'personally'],
  // "To be honest with you" / "A bod yn onest efo chi", "Don't say it was me who said it" / "Peidiwch â dweud mai fi ddudodd".
  ['to', 'be', 'honest', 'with', 'you'], ['to', 'be', 'brutally', 'honest'], ['dont', 'say', 'i', 'said'], ['you', 'didnt', 'hear', 'it', 'from', 'me'], ['you', 'didnt', 'hear', 'that', 'from', 'me'],
  ['a', 'bod', 'yn', 'onest'], ['i', 'fod', 'yn', 'onest'], ['peidiwch', 'a', 'dweud', 'mai', 'fi'], ['paid', 'a', 'dweud', 'mai', 'fi']]);

function asideAt(tokens: TokenList, range: readonly [number, number]): boolean {
  return ASIDES.anyStartsIn(tokens, range[0], range[1]);
}

/** Lines of a headline and its strapline, read back from the sentence under them. */
const HEADLINE_LINES = 2;

/** Is there a short strong verdict among the few short lines just above sentence i, none of them naming a party? */
function headlineVerdictAbove(i: number, signals: Map<number, SentenceSignals>, ranges: readonly (readonly [number, number])[], memberSender: boolean): boolean {
  for (let d = 1; d <= HEADLINE_LINES && i - d >= 0; d++) {
    const [from, to] = ranges[i - d]!;
    if (to - from > SHORT_VERDICT) return false;
    const line = signals.get(i - d);
    if (!line) continue;
    if (line.mentions.length > 0 || line.implicit.length > 0) return false;
    if (line.stance.some((st) => st.entry.strength === 'strong' && (!st.entry.memberOnly || memberSender))) return true;
  }
  return false;
}

export function judgePassage(passage: Passage, vocabulary: PoliticalVocabulary, options: JudgeOptions): Judgement {
  const bounded = boundSentences(passage);
  const { tokens, sentences, ranges } = bounded;
  const signals = collect(bounded, vocabulary);
  const span = (start: number, end: number): Span => ({ start, end, text: bounded.text.slice(start, end) });
  const around = (i: number, reach: number, test: (s: SentenceSignals) => boolean): boolean => {
    for (let d = -reach; d <= reach; d++) {
      const s = signals.get(i + d);
      if (s && test(s)) return true;
    }
    return false;
  };
  // The registration canvass is named once and then talked about as "the canvassers": it colours the whole message.
  const namesRegistration = [...signals.values()].some((n) => (n.anti & ANTI_BIT.registration) !== 0);
  const registration = options.registrationContext === true || namesRegistration;
  // A councillor asking for the register itself ("send me the electoral register for Aberwen Morfa as a spreadsheet…
  // our team wants to knock every door") wants it for their own doors: the register names no Council canvass there.
  // (Read only when a campaign frame asks: most passages have none.)
  let registerAsked: boolean | undefined;
  const registerWanted = (): boolean => (registerAsked ??= options.memberSender && REGISTER_REQUESTED.anyStartsIn(tokens, passage.from, passage.to));
  // So does a body with branches of its own (the Legion, a union): its branch AGM is not a party's.
  const namesOtherBody = [...signals.values()].some((n) => (n.anti & ANTI_BIT['other-body']) !== 0);
  const anchoredBefore = (i: number): boolean => {
    for (let d = 0; d <= ANCHOR_SENTENCES; d++) if (signals.get(i - d)?.anchors.length) return true;
    return false;
  };
  const strongFrame = (s: SentenceSignals): boolean => s.frames.some((f) => !f.entry.needsContext && !f.entry.needsAnchor && !f.entry.memberOnly);

  // Each sentence is read for an aside once, though it is asked about for itself and for the sentence after it.
  const asides = new Map<number, boolean>();
  const hasAside = (i: number): boolean => {
    let found = asides.get(i);
    if (found === undefined) asides.set(i, (found = asideAt(tokens, ranges[i]!)));
    return found;
  };
  const flagged: FlaggedSentence[] = [];
  const forbiddingMemo = new Map<number, ForbiddingInSentence>();
  const order = [...signals.keys()].sort((a, b) => a - b);
  for (const i of order) {
    if (!options.memberSender && citesTheRules(tokens, ranges[i]!)) continue;
    // An officer quoting a line and then naming the rule it breaks: 'the closing line - "Same old Labour - tax and spend
    // your money!" - is a party-political comment, and paragraph 9.4 of our protocol…'.
    if (!options.memberSender && QUOTE_MARK.test(sentences[i]!.text) && [i + 1, i + 2].some((j) => j < ranges.length && citesTheRules(tokens, ranges[j]!))) continue;
    // …and the sentence that goes on to list what the rule covers ("That includes proofreading a party leaflet…").
    if (!options.memberSender && i > 0 && CONTINUING.anyStartsIn(tokens, ranges[i]![0], Math.min(ranges[i]![1], ranges[i]![0] + 1)) &&
      (citesTheRules(tokens, ranges[i - 1]!) || (i > 1 && citesTheRules(tokens, ranges[i - 2]!)))) continue;
    // A resident's or caller's words, quoted and attributed in the writer's report, are theirs, unless the writer takes them up.
    const quotes = reportedQuotations(bounded.text, tokens, ranges[i]!);
    const s = quotes.length === 0 || endorses(tokens, ranges[i]![0], (ranges[i + 1] ?? ranges[i]!)[1]) ? signals.get(i)! : withoutReported(signals.get(i)!, quotes);
    const kinds = new Set<PoliticalKind>();
    const words: Span[] = [];
    const mentions: PartyMention[] = [];
    const plainFact = (s.anti & ANTI_BIT['plain-fact']) !== 0;

    // Party reference × stance.
    // A party in brackets is an affiliation label ("Cllr Rowe (Labour)", "(Welsh Labour group – 1.08)"), not the one judged.
    const bracketed = bracketedMentions(bounded.text, tokens.start(ranges[i]![0]) ?? 0, s.mentions);
    const refs: { first: number; last: number; start: number; end: number; explicit: boolean; mention?: PartyMention }[] = [
      ...s.mentions.filter((_, k) => !bracketed[k]).map((m) => ({ first: m.first, last: m.last, start: m.start, end: m.end, explicit: true, mention: m })),
      ...s.implicit.map((h) => ({ first: h.first, last: h.last, start: h.start, end: h.end, explicit: h.entry.category === 'partisan' })),
    ];
    const controlled = s.mentions.filter((m) => m.control);
    // "this Labour-run council", "the Green-led cabinet": a framing that takes sides on its own.
    if (controlled.length > 0 && !plainFact) {
      kinds.add('party-label');
      for (const m of controlled) {
        words.push(span(m.start, m.end));
        mentions.push(m);
      }
    }
    // An officer's aside ("between us", "off the record", "for what it's worth") is where an officer's own view of a
    // party comes out: there, a councillor's everyday evaluative words and an implied party count as they would in a
    // councillor's mail.
    const aside = !options.memberSender && (hasAside(i) || (i > 0 && hasAside(i - 1)));
    // A plain-fact word excuses an evaluative word or two beside a party ("Labour's motion was supported", "failing
    // agreement, decided by lot"), not an evaluative phrase with another beside it: "Great to see Plaid's motion finally
    // delivered" credits the party whatever business it names.
    const evaluative = s.stance.filter((st) => !st.entry.memberOnly || options.memberSender);
    const evaluatesAnyway = evaluative.length >= 2 && evaluative.some((st) => st.last - st.first >= 2);
    for (const stance of s.stance) {
      // (Not in an officer's aside: "Off the record, your group's amendment was the sensible one" is a view, whatever business it names.)
      // (Nor a judgement of a group's conduct: "sixteen seats held and the Lib Dems nowhere near the majority they were crowing about".)
      // ("Budget amendment – end the Tory/Indy cuts": the business is named in one clause, the verdict given in another.)
      // (Only a dash, colon or semicolon parts them: brackets and numbers sit inside one clause, "the Group room (2.15) while yours is closed".)
      const factHere = plainFact && s.plainFacts.some((f) => !dashedApart(bounded.text, Math.min(f.end, stance.end), Math.max(f.start, stance.start)));
      if (stance.entry.strength === 'moderate' && ((factHere && !evaluatesAnyway) || (s.anti & ANTI_BIT.registration) !== 0) && controlled.length === 0 && !aside && stance.entry.officerToo !== true) continue;
      if (quotedToExclude(bounded.text, tokens, ranges[i]!, stance)) continue;
      if (stance.entry.memberOnly && !options.memberSender && !aside) continue;
      const reach = stance.entry.strength === 'strong' ? STRONG_STANCE_REACH : STANCE_REACH;
      // An officer's verdict on a group's merit takes sides whichever way the group is named.
      const anyRef = aside || (stance.entry.officerToo === true && !options.memberSender);
      const ref = refs.filter((r) => (r.explicit || !stance.entry.explicitOnly || anyRef) && distance(r, stance) <= reach)
        .sort((a, b) => distance(a, stance) - distance(b, stance))[0] ??
        (stance.entry.id.startsWith('political-idiom') ? pronounedParty(tokens, refs, ranges[i]![0], stance) : undefined);
      if (!ref) continue;
      kinds.add('party-label');
      words.push(span(ref.start, ref.end), span(stance.start, stance.end));
      if (ref.mention && !mentions.includes(ref.mention)) mentions.push(ref.mention);
    }
    // "Twelve years of Welsh Labour running this borough and tenants still… It's a disgrace.": a
    // short verdict straight after a sentence that names a party is about that party.
    // So is a strong verdict on "they" in the next sentence ("Would the Tories have done better?
    // Of course not – they'd have flogged off the land.").
    const next = signals.get(i + 1);
    const [nextFrom, nextTo] = ranges[i + 1] ?? [0, 0];
    if (kinds.size === 0 && next && next.mentions.length === 0 && next.implicit.length === 0 && !plainFact &&
      (nextTo - nextFrom <= SHORT_VERDICT || hasWordFrom(THEY, tokens, [nextFrom, nextTo]))) {
      const verdict = next.stance.find((st) => st.entry.strength === 'strong' && (!st.entry.memberOnly || options.memberSender));
      // A strong verdict carries any reference: "the ruling group promised… It has delivered on every one."
      const ref = refs.find((r) => r.explicit) ?? refs[0];
      if (verdict && ref) {
        kinds.add('party-label');
        words.push(span(ref.start, ref.end));
        if (ref.mention) mentions.push(ref.mention);
      }
    }

    // "PROMISES MADE, PROMISES KEPT / When Greyfriars' Labour council was re-elected…": a short verdict line
    // standing over the sentence that names the party is a headline about it, however plain that sentence's facts.
    // (A headline may have a strapline under it: "PROMISES KEPT / 412 new council homes and counting".)
    if (kinds.size === 0 && headlineVerdictAbove(i, signals, ranges, options.memberSender)) {
      const ref = refs.find((r) => r.explicit && r.mention !== undefined);
      if (ref?.mention) {
        kinds.add('party-label');
        words.push(span(ref.start, ref.end));
        mentions.push(ref.mention);
      }
    }

    // A party named as the actor of the writer's own prose ("Labour have taken this ward for
    // granted"): praise or blame in whatever words, unless the sentence reports formal business.
    // So is "the ruling group", "our group", "the old parties" as the actor of a councillor's
    // prose; officers name "the administration" in ordinary business, so theirs need a stance.
    if (kinds.size === 0 && (s.mentions.length > 0 || (options.memberSender && s.implicit.length > 0)) && !s.factual &&
      (s.anti & (ANTI_BIT.registration | ANTI_BIT.allocation)) === 0 && isProse(tokens, ranges[i]!) && !TABLE_ROW.test(sentences[i]!.text) &&
      // An officer telling a member which channel party work belongs in names the party as the subject of the advice.
      (options.memberSender || !REDIRECTED.anyStartsIn(tokens, ranges[i]![0], ranges[i]![1]))) {
      // Formal business reported of this party, in its own clause ("Labour voted against…"), not a vote somewhere else in the sentence.
      const reported = (r: { first: number; last: number; start: number; end: number }): boolean => s.formal.some((f) =>
        distance(f, r) <= FORMAL_REACH && !crossesClauseBreak(bounded.text, Math.min(f.start, r.start), Math.max(f.end, r.end)));
      const actors = partyActors(s.mentions, bracketed, tokens, bounded.text, ranges[i]!, options.memberSender).filter((m) => !reported(m));
      const implied = options.memberSender ? s.implicit.filter((h) => !NEEDS_A_VERDICT.has(h.entry.id) && !labelsBusiness(tokens, h.last, ranges[i]![1]) && !reported(h) && !listedAside(tokens, h) &&
        // "I have not mentioned it to my group": told, not acting.
        !toAudience(tokens, h.first) && !(h.entry.id === 'own-group' && SOURCE_BEFORE.has(tokens.norm(h.first - 1) ?? ''))) : [];
      if (actors.length > 0 || implied.length > 0) {
        kinds.add('party-label');
        for (const m of actors) mentions.push(m);
        for (const h of implied) words.push(span(h.start, h.end));
      }
    }

    // Frames that need no party name.
    for (const frame of s.frames) {
      const entry = frame.entry;
      if (entry.memberOnly && !options.memberSender) continue;
      if (forbidden(tokens, bounded.text, ranges[i]![0], frame, ranges[i]![1], !options.memberSender) || listsWhatWasForbidden(tokens, ranges, i, frame.first, forbiddingMemo)) continue;
      // An officer's "…but not with campaign leaflets either" / "ond nid gyda thaflenni ymgyrch": named as what is declined.
      if (!options.memberSender && declinedBefore(tokens, frame.first)) continue;
      if (entry.firstPerson && !hasWordFrom(FIRST_PERSON, tokens, ranges[i]!)) continue;
      if (entry.needsContext) {
        // "the leaflet the three of us are putting out before the election": the writer's own campaign, whatever
        // council work the message is also about.
        // ("It's the leaflet going through doors before May. The front is the bits I've done on the flooding": "I" may
        // stand in the sentence beside it.)
        const ownCampaign = options.memberSender && s.context.some((c) => c.entry.id === 'election-context') &&
          (entry.category === 'electioneering' ? [i - 1, i, i + 1] : [i]).some((j) => j >= 0 && j < ranges.length && hasWordFrom(FIRST_PERSON, tokens, ranges[j]!));
        // Against the registration canvass, only the writer doing it ("we can knock some doors for May") is their own
        // campaign; "folk have asked me whether the people knocking doors were the election lot" is not.
        const ownDoing = ownCampaign && hasWordFrom(FIRST_PERSON_DOING, tokens, ranges[i]!);
        // A party's own body in the same sentence ("the winter newsletter the branch puts through every door") makes it the
        // party's, whatever council service the rest of the message is about.
        // (Not another body's branch: "the Cae Mawr branch of Merched y Wawr", "cangen Merched y Wawr".)
        const partyBodyHere = s.context.some((c) => c.entry.id === 'party-context' && !overlaps(c, frame) && PARTY_BODY.has(tokens.norm(c.first) ?? '') &&
          tokens.norm(c.last) !== 'of' && tokens.capitalised(c.last) !== true);
        // The campaign's own words ("canvassing", "the leaflet round"): among councillors only these are their campaign.
        const campaignWork = CAMPAIGN_WORK.anyStartsIn(tokens, frame.first, frame.first + 1);
        const lookalike = s.mentions.length === 0 &&
          // (A councillor's own "we can knock some doors for May" stays theirs even where "canvass returns" reads as the register's.)
          // (An officer's aside is the officer's own advice: "between us – if you're planning a leaflet round I'd get it done the weekend before".)
          ((registration && !ownDoing && !aside && !registerWanted()) || (entry.category === 'party-business' && namesOtherBody) ||
            (!ownCampaign && !options.partyAudience && !(options.memberCircle === true && campaignWork) && !partyBodyHere && (options.campaignContext === true || around(i, 2, (n) => (n.anti & ANTI_BIT['council-campaign']) !== 0))));
        if (lookalike) continue;
        // Party business needs party words near it; electioneering takes election words too.
        const counts = (c: Hit<LexiconEntry<'context'>>): boolean => !overlaps(c, frame) && (entry.category !== 'party-business' || c.entry.id === 'party-context');
        // (Not "walk it with you", "the leaflet at Holly Lodge", "on the doorstep" among councillors.)
        const circleCampaign = campaignWork && entry.category === 'electioneering' && (options.memberCircle === true || registerWanted());
        const political = options.partyAudience || circleCampaign || around(i, 2, (n) => n.mentions.length > 0 || strongFrame(n) || n.context.some(counts) ||
          // Another campaign word vouches only in a councillor's mail: officers knock on doors for the Council.
          (options.memberSender && n.frames.some((other) => other.entry.needsContext === true && !overlaps(other, frame) && !sameWords(bounded.text, other, frame))));
        if (!political) continue;
      }
      // The decision may be named a few sentences before the verdict on it ("Following Full Council's decision… For the record, that decision was…").
      if (entry.needsAnchor === 'sentence' && !anchoredBefore(i)) continue;
      // "the budget the Council passed on 25 February is a disgrace": the decision and the verdict in one clause.
      if (entry.needsAnchor === 'near' && !s.anchors.some((a) => distance(a, frame) <= ANCHOR_REACH &&
        !crossesClauseBreak(bounded.text, Math.min(a.end, frame.end), Math.max(a.start, frame.start)))) continue;
      kinds.add(entry.category);
      words.push(span(frame.start, frame.end));
    }

    if (kinds.size === 0) continue;
    // Every party named in a flagged sentence is shown, not only the one a stance was tied to.
    for (const m of s.mentions) words.push(span(m.start, m.end));
    const seen = new Set<number>();
    const unique = words.filter((w) => !seen.has(w.start) && seen.add(w.start) !== undefined).sort((a, b) => a.start - b.start);
    flagged.push({ sentence: sentences[i]!, kinds, words: unique, mentions, partiesNamed: s.mentions.length });
  }
  return {
    flagged, registration: namesRegistration, councilCampaign: [...signals.values()].some((n) => (n.anti & ANTI_BIT['council-campaign']) !== 0),
    partyNamed: [...signals.values()].some((n) => (n.anti & ANTI_BIT['plain-fact']) === 0 && !n.factual && (n.mentions.length > 0 || n.implicit.some((h) => h.entry.category === 'partisan'))),
  };
}
