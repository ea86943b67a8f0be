// Finds where a message names the directory's officers (and, so that "he" and "she" can be read,
// other people): a full name, "Ms Karim", a first name or surname beside a job word ("your
// inspector Jac", "Tom in planning"), or a first name no one else in the directory bears and that
// is not an everyday word, or a post ("the Director of Housing"). "Cllr Fraser" is a member even when an officer is called Fraser.
import { shortFormsOf } from './nicknames';
import type { Directory, Officer } from '../config/directory-schema';
import { OFFICER_ROLE_WORDS } from '../lexicons/criticism';
import { PhraseIndex, longestMatches } from '../text/phrase-index';
import { findPostMentions } from './post-mentions';
import { writesInLowerCase } from '../text/lower-case-writer';
import { onlyCommaBetween, phraseWords, type Token, type TokenList } from '../text/tokens';

export interface PersonMention {
  /** Token indexes [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The officer meant; undefined for a member or anyone else named. */
  officer?: Officer;
  /** Said by a courtesy title ("Mr Daly", "Ms Kemp"), so that "he" is not read as Ms Kemp. */
  gender?: Gender;
  /** A post the directory does not list ("the Director of Place"): a person, but not one whose work can be told from the service's. */
  unlisted?: boolean;
}

export type Gender = 'male' | 'female';
// (Welsh "e", "ef", "fo" and "iddo", "ganddo", "arno" (to, with, on him); "hi" and "iddi", "ganddi", "arni".)
const MALE = /^(?:mr|he|him|his|e|ef|fo|iddo|ganddo|arno)$/;
const FEMALE = /^(?:mrs|ms|miss|she|her|hers|hi|iddi|ganddi|arni)$/;
/** The gender a courtesy title or a pronoun (English or Welsh: "e", "hi") points to. */
export function genderOf(word: string): Gender | undefined {
  return MALE.test(word) ? 'male' : FEMALE.test(word) ? 'female' : undefined;
}

const MEMBER_TITLES = new Set(['cllr', 'councillor', 'cyng', 'cynghorydd', 'gynghorydd', 'nghynghorydd', 'mayor', 'leader']);
const ABBREVIATED_TITLES = new Set(['cllr', 'cyng']);
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mx']);
const DETERMINERS = new Set(['the', 'our', 'your', 'a', 'an', 'my', 'their', 'y', 'yr', 'ein', 'eich']);
const PLACE_LINKS = new Set(['in', 'from', 'at', 'of', 'yn', 'o']);
const TEAM_STOPWORDS = new Set(['and', 'the', 'of', 'services', 'service', 'team', 'office', 'department', 'a', 'for']);
/** First names that are also everyday words: never read as an officer on their own. */
/**
 * Surnames that are everyday words, place words or first names, which a capital at the start of a
 * sentence does not make a person: "Ward councillors…", "Green waste…", "Park Lane".
 */
const WORD_SURNAMES = new Set(['ward', 'green', 'hill', 'wood', 'woods', 'brown', 'white', 'black', 'gray', 'grey', 'hall', 'king', 'young', 'rose', 'field', 'fields',
  'mills', 'mill', 'bird', 'cook', 'baker', 'price', 'marsh', 'bell', 'lane', 'street', 'bush', 'moss', 'stone', 'house', 'church', 'park', 'parks', 'banks',
  'bank', 'long', 'short', 'rich', 'sharp', 'close', 'page', 'mason', 'hunter', 'fisher', 'miller', 'little', 'small', 'love', 'hope', 'day', 'may', 'hay',
  'wells', 'well', 'brook', 'brooks', 'ford', 'dean', 'vale', 'wall', 'walls', 'gate', 'gates', 'cross', 'law', 'power', 'best', 'good', 'west', 'north',
  'south', 'east', 'head', 'heath', 'moore', 'more', 'rush', 'reed', 'read', 'swift', 'fox', 'lamb', 'hart', 'link', 'links', 'pool', 'pond', 'chambers',
  'council', 'castle', 'bridge', 'bridges', 'carpenter', 'porter', 'turner', 'walker', 'waters', 'summer', 'summers', 'winter', 'frost', 'snow', 'rain',
  'sterling', 'cash', 'money', 'gold', 'silver', 'street', 'march', 'english', 'welsh', 'scott', 'french', 'holland', 'england', 'wales', 'jones']);

const WORD_NAMES = new Set(['will', 'mark', 'grace', 'hope', 'may', 'june', 'april', 'rose', 'bill', 'pat', 'sue', 'frank', 'rob', 'jack', 'dawn', 'faith', 'joy', 'amber', 'ruby',
  'summer', 'art', 'dean', 'chase', 'drew', 'gene', 'guy', 'hunter', 'ivy', 'jay', 'lily', 'max', 'miles', 'neil', 'page', 'penny', 'ray', 'reed', 'robin', 'sandy', 'victor', 'wade', 'hazel', 'holly', 'iris', 'major', 'brook', 'river', 'carol', 'crystal', 'eve', 'sky']);

interface NameIndex {
  full: PhraseIndex<Officer>;
  members: PhraseIndex<true>;
  /** First names that only one person in the directory (officer or member) bears: "Kieran" alone is Kieran Doyle. */
  soleFirstNames: Map<string, Officer>;
  /** Surnames only one officer bears, that no member bears and that are not everyday words: "Tolley asleep at the wheel again". */
  soleSurnames: Map<string, Officer>;
  /** First names and surnames (lower case) to the officers who bear them. */
  parts: Map<string, Officer[]>;
  /** First names alone (lower case) to the officers who bear them. */
  firstNames: Map<string, Officer[]>;
  /** Words of each officer's team name ("planning", "enforcement"). */
  teamWords: Map<Officer, Set<string>>;
}

const cache = new WeakMap<Directory, NameIndex>();

function nameIndex(directory: Directory): NameIndex {
  let index = cache.get(directory);
  if (index) return index;
  const memberNames = new Set(directory.members.map((m) => phraseWords(m.name).join(' ')));
  index = { full: new PhraseIndex(), members: new PhraseIndex(), parts: new Map(), firstNames: new Map(), teamWords: new Map(), soleFirstNames: new Map(), soleSurnames: new Map() };
  const memberWords = new Set(directory.members.flatMap((m) => phraseWords(m.name)));
  const firstNameCount = new Map<string, number>();
  const surnameCount = new Map<string, number>();
  for (const officer of directory.officers) {
    const words = phraseWords(officer.name);
    const first = words[0];
    if (first) firstNameCount.set(first, (firstNameCount.get(first) ?? 0) + 1);
    const last = words.length >= 2 ? words[words.length - 1]! : undefined;
    if (last) surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
  }
  for (const member of directory.members) index.members.add(member.name, true);
  for (const officer of directory.officers) {
    const words = phraseWords(officer.name);
    // A member and an officer of the same name: the name alone cannot say which is meant.
    if (words.length >= 2 && !memberNames.has(words.join(' '))) {
      index.full.add(officer.name, officer);
      // "pat nwosu" for Patrick Nwosu: a full name with the usual short form of the first name.
      for (const short of shortFormsOf(words[0]!)) {
        const written = [short, ...words.slice(1)].join(' ');
        if (!memberNames.has(written)) index.full.add(written, officer);
      }
    }
    for (const part of new Set([words[0], words[words.length - 1]])) {
      if (part && part.length > 1) index.parts.set(part, [...(index.parts.get(part) ?? []), officer]);
    }
    const first = words[0];
    if (first) index.firstNames.set(first, [...(index.firstNames.get(first) ?? []), officer]);
    if (first && words.length >= 2 && firstNameCount.get(first) === 1 && !memberWords.has(first) && !WORD_NAMES.has(first) && first.length > 2) index.soleFirstNames.set(first, officer);
    const last = words.length >= 2 ? words[words.length - 1]! : undefined;
    if (last && surnameCount.get(last) === 1 && !memberWords.has(last) && !firstNameCount.has(last) && !WORD_SURNAMES.has(last) && last.length > 3) index.soleSurnames.set(last, officer);
    index.teamWords.set(officer, new Set(phraseWords(`${officer.team ?? ''} ${officer.jobTitle ?? ''}`).filter((w) => !TEAM_STOPWORDS.has(w))));
  }
  cache.set(directory, index);
  return index;
}

function isRoleWord(token: Token | undefined): boolean {
  return !!token && OFFICER_ROLE_WORDS.has(token.norm);
}

/** "your inspector Jac", "the planning officer, Tomos" / "Tomos, the planning officer", "Tom in planning enforcement". */
function hasJobCue(tokens: TokenList, at: number, from: number, to: number, officer: Officer, index: NameIndex): boolean {
  if (at - 1 >= from && isRoleWord(tokens.get(at - 1))) return true;
  // "your man Hepworth", "that lad Tomos": a surname pointed at as someone the reader employs or knows.
  if (at - 2 >= from && INFORMAL_PERSON.has(tokens.norm(at - 1)!) && POINTING.has(tokens.norm(at - 2)!)) return true;
  const next = tokens.get(at + 1);
  if (at + 1 < to && next && isRoleWord(next)) return true;
  for (let k = at + 1; k < Math.min(to, at + 4); k++) {
    if (isRoleWord(tokens.get(k)) && DETERMINERS.has(tokens.norm(at + 1)!)) return true;
  }
  if (at + 1 < to && next && PLACE_LINKS.has(next.norm)) {
    const team = index.teamWords.get(officer)!;
    const after = tokens.get(at + 2) && DETERMINERS.has(tokens.norm(at + 2)!) ? tokens.get(at + 3) : tokens.get(at + 2);
    if (after && at + 3 <= to && team.has(after.norm)) return true;
  }
  return false;
}

/** How far after "in" a word of the officer's team may stand: "JW in private sector housing" (round 35). */
const INITIALS_TEAM_REACH = 4;

/**
 * "JW in private sector housing has made a pig's ear of it": an officer named by initials, in capitals, with their team
 * or their job just after (or named in full already, or in the thread answered), and no one else with those initials.
 */
function byInitials(directory: Directory, tokens: TokenList, text: string, at: number, from: number, to: number, index: NameIndex, named: ReadonlySet<Officer>): Officer | undefined {
  const written = text.slice(tokens.start(at)!, tokens.end(at)!);
  if (!/^[A-Z]{2,3}$/.test(written)) return undefined;
  const fits = directory.officers.filter((o) => {
    const words = phraseWords(o.name);
    const initials = words.map((w) => w[0]).join('');
    return initials === written.toLowerCase() || (words.length > 2 && `${words[0]![0]}${words[words.length - 1]![0]}` === written.toLowerCase());
  });
  if (fits.length !== 1) return undefined;
  const officer = fits[0]!;
  if (named.has(officer) || hasJobCue(tokens, at, from, to, officer, index)) return officer;
  const next = tokens.get(at + 1);
  if (!next || !PLACE_LINKS.has(next.norm)) return undefined;
  const team = index.teamWords.get(officer)!;
  for (let k = at + 2; k < Math.min(to, at + 2 + INITIALS_TEAM_REACH); k++) if (team.has(tokens.norm(k)!)) return officer;
  return undefined;
}

const INFORMAL_PERSON = new Set(['man', 'woman', 'lad', 'lass', 'guy', 'bloke', 'chap', 'fella', 'fellow', 'girl', 'boy']);
const POINTING = new Set(['your', 'that', 'this', 'the']);

/** Does token k open a sentence or a line (a full stop or a line break before it)? */
function sentenceStartAt(text: string, tokens: TokenList, k: number): boolean {
  const before = tokens.end(k - 1);
  const at = tokens.start(k);
  return before === undefined || at === undefined || /[.!?\n]/.test(text.slice(before, at));
}

const NO_OFFICERS: ReadonlySet<Officer> = new Set();
/** "As your ward councillor I've…": the writer, not a Councillor I. */
const WRITER_WORDS = new Set(['i', 'ive', 'im', 'ill', 'id']);

/** Is the post just after (", the enforcement officer,") or just before ("The case officer, Ellie Fairburn") an officer named in full? */
function besideNamedOfficer(post: { first: number; last: number }, mentions: readonly PersonMention[], tokens: TokenList, text: string): boolean {
  const commaBetween = (a: number, b: number): boolean => text !== '' && onlyCommaBetween(text, tokens, a, b);
  return mentions.some((m) => m.officer !== undefined && !m.unlisted &&
    ((m.last === post.first && commaBetween(m.last - 1, post.first)) || (post.last === m.first && commaBetween(post.last - 1, m.first))));
}

/** The one officer among candidates: one already named in full, else the only one. */
function pick(candidates: readonly Officer[], named: ReadonlySet<Officer>): Officer | undefined {
  const known = candidates.filter((o) => named.has(o));
  if (known.length === 1) return known[0];
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** People named in tokens[from, to), in order. */
export function findPersonMentions(directory: Directory, tokens: TokenList, from: number, to: number, text = '', known: ReadonlySet<Officer> = NO_OFFICERS): PersonMention[] {
  const index = nameIndex(directory);
  const mentions: PersonMention[] = [];
  const covered = new Set<number>();
  const mark = (first: number, last: number, officer?: Officer) => {
    for (let k = first; k < last; k++) covered.add(k);
    // The title is the mention's first word ("Ms Kemp") or the word before it ("Mr Liam Daly").
    const before = first - 1 >= from ? tokens.norm(first - 1)! : '';
    const gender = COURTESY_TITLES.has(tokens.norm(first)!) ? genderOf(tokens.norm(first)!) : COURTESY_TITLES.has(before) ? genderOf(before) : undefined;
    mentions.push({ first, last, start: tokens.start(first)!, end: tokens.end(last - 1)!, officer, gender });
  };
  // "Cllr Zoe Marsh" is a member; "…as ward councillor. Zoe Marsh has…" is not: a title stands
  // straight before the name (one space), or is the abbreviation "Cllr."/"Cyng.".
  const afterMemberTitle = (at: number) => at - 1 >= from && MEMBER_TITLES.has(tokens.norm(at - 1)!) &&
    (tokens.start(at)! - tokens.end(at - 1)! === 1 || ABBREVIATED_TITLES.has(tokens.norm(at - 1)!));

  for (const match of longestMatches(index.members.matchAll(tokens, from, to))) mark(match.first, match.last);
  for (const match of longestMatches(index.full.matchAll(tokens, from, to))) {
    // A full name counts in lower case too ("ryan cole says its on the list", typed on a phone); one word needs its capital.
    if (covered.has(match.first) || (!tokens.capitalised(match.first)! && match.last - match.first < 2)) continue;
    mark(match.first, match.last, afterMemberTitle(match.first) ? undefined : match.value);
  }
  // "Their area engineer, Phil Rowe, has not answered": a name the directory does not list, set beside a
  // job word, is someone else's officer — a person, so that what follows is not read as about ours.
  for (let i = from + 2; i + 1 < to; i++) {
    if (covered.has(i) || covered.has(i + 1) || !tokens.capitalised(i) || !tokens.capitalised(i + 1) || !isRoleWord(tokens.get(i - 1))) continue;
    if (text && !onlyCommaBetween(text, tokens, i - 1, i)) continue;
    mark(i, i + 2);
  }
  // Officers named in full here, or in the thread the writer answers or forwards ("Typical Dawn" above Dawn Hepworth's email).
  const named = new Set([...known, ...mentions.flatMap((m) => (m.officer ? [m.officer] : []))]);
  const lowerCaseWriter = writesInLowerCase(tokens, from, to, text);
  for (let i = from; i < to; i++) {
    const token = tokens.get(i)!;
    if (covered.has(i)) continue;
    // "kirsty in licensing still hasnt come back": a first name in lower case counts only beside a job word.
    if (!token.capitalised) {
      const candidates = token.norm.length > 2 && !WORD_NAMES.has(token.norm) ? index.firstNames.get(token.norm) : undefined;
      // Someone who types everything in lower case ("marcus has done it again") writes names so too:
      // then an officer's first name that no one else in the directory has is that officer.
      const officer = (candidates && pick(candidates.filter((o) => hasJobCue(tokens, i, from, to, o, index)), named))
        // ("simons report": the possessive typed without its apostrophe.)
        ?? (lowerCaseWriter ? index.soleFirstNames.get(token.norm) ?? (token.norm.endsWith('s') ? index.soleFirstNames.get(token.norm.slice(0, -1)) : undefined) : undefined)
        // "that quigley lad in housing": a name pointed at as someone the reader knows, in lower case too.
        ?? (token.norm.length > 2 && !WORD_NAMES.has(token.norm) && !WORD_SURNAMES.has(token.norm) && POINTING.has(tokens.norm(i - 1) ?? '') && INFORMAL_PERSON.has(tokens.norm(i + 1) ?? '')
          ? pick(index.parts.get(token.norm) ?? [], named) : undefined)
        // "jagger is useless tbh" above a thread that names Mark Jagger: his name in lower case, typed on a phone.
        ?? (known.size > 0 && token.norm.length > 2 && !WORD_NAMES.has(token.norm) && !WORD_SURNAMES.has(token.norm)
          ? pick((index.parts.get(token.norm) ?? []).filter((o) => known.has(o)), known) : undefined);
      if (officer) mark(i, i + 1, officer);
      continue;
    }
    const previous = i - 1 >= from ? tokens.get(i - 1)! : undefined;
    // ("As your ward councillor I have…": "I" is the writer, not a Councillor I.)
    if (previous && (MEMBER_TITLES.has(previous.norm) || COURTESY_TITLES.has(previous.norm)) && !WRITER_WORDS.has(token.norm)) {
      const candidates = (index.parts.get(token.norm) ?? index.parts.get(token.alt ?? '') ?? []);
      // "Cllr Fraser" is a member; "Ms Karim" the officer Karim when the directory says who; "Mrs Ellwood" someone else.
      const officer = COURTESY_TITLES.has(previous.norm) ? pick(candidates.filter((o) => phraseWords(o.name).slice(-1)[0] === (token.alt ?? token.norm)), named) : undefined;
      mark(i - 1, i + 1, officer);
      continue;
    }
    const initialled = text ? byInitials(directory, tokens, text, i, from, to, index, named) : undefined;
    if (initialled) {
      mark(i, i + 1, initialled);
      continue;
    }
    const candidates = index.parts.get(token.norm) ?? (token.alt ? index.parts.get(token.alt) : undefined);
    if (!candidates) continue;
    const officer = pick(candidates.filter((o) => named.has(o) || hasJobCue(tokens, i, from, to, o, index)), named)
      ?? index.soleFirstNames.get(token.alt ?? token.norm)
      // A surname alone, not the first word of a longer name ("Tolley Road", "Tolley Court").
      ?? (tokens.capitalised(i + 1) && !sentenceStartAt(text, tokens, i + 1) ? undefined : index.soleSurnames.get(token.alt ?? token.norm));
    if (officer) mark(i, i + 1, officer);
  }
  // "your Head of Planning", "the Director of Housing": an officer named by post.
  for (const post of findPostMentions(directory, tokens, from, to, text)) {
    let free = true;
    for (let k = post.first; k < post.last; k++) if (covered.has(k)) free = false;
    if (!free) continue;
    // "Ryan Whiteley, the enforcement officer," / "The case officer, Ellie Fairburn,": a post the directory does
    // not list, set beside a named officer, is that officer's — one person, not two.
    if (post.unlisted && besideNamedOfficer(post, mentions, tokens, text)) continue;
    mark(post.first, post.last, post.officer);
    if (post.unlisted) mentions[mentions.length - 1]!.unlisted = true;
  }
  return mentions.sort((a, b) => a.first - b.first);
}
