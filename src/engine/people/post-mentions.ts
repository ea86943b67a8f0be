// Officers named by their post rather than their name: "your Head of Planning", "the Director of
// Housing", "the Chief Executive", "the Parking Manager". A post names one officer only when the
// directory has exactly one officer it fits — by job title where the directory gives one, else by
// the rank the post implies (a Director is a chief officer, a Head or Manager a senior one, or the
// chief where a team has no senior) and a word of the officer's team.
import type { Directory, Officer } from '../config/directory-schema';
import { onlyCommaBetween, phraseWords, type Token, type TokenList } from '../text/tokens';

export interface PostMention {
  /** Token indexes [first, last): the determiner, if any, and the post. */
  first: number;
  last: number;
  officer: Officer;
  /** The post names someone the directory cannot point to ("the Director of Place", "your planning officer"): `officer` stands in for them. */
  unlisted?: boolean;
}

type Rank = 'chief' | 'senior';
/** The words of a post and the rank each implies. */
const POSTS = new Map<string, Rank>([['director', 'chief'], ['head', 'senior'], ['manager', 'senior'], ['cyfarwyddwr', 'chief'], ['pennaeth', 'senior'], ['rheolwr', 'senior']]);
/** "Assistant Director", "Deputy Head": another, lower post than the word alone. */
const QUALIFIERS = new Set(['assistant', 'deputy', 'acting', 'interim', 'area', 'team', 'service', 'project', 'case', 'duty', 'cynorthwyol']);
const LINKS = new Set(['of', 'for', 'o', 'y', 'yr']);
const DETERMINERS = new Set(['the', 'your', 'our', 'their', 'his', 'her', 'my', 'a', 'y', 'yr', 'eich', 'ein']);
const TEAM_STOPWORDS = new Set(['and', 'the', 'of', 'services', 'service', 'team', 'office', 'department', 'a', 'for', 'a', 'ar', 'y', 'yr', 'gwasanaethau']);
/** Posts of more than one officer say nothing of who is meant. */
const CHIEF_EXECUTIVE = ['chief', 'executive'];

interface PostIndex {
  /** Each officer's team words. */
  teamWords: Map<Officer, Set<string>>;
  /** Job titles (lower-case words joined by spaces) held by exactly one officer. */
  titles: Map<string, Officer>;
  chiefExecutive?: Officer;
}

const cache = new WeakMap<Directory, PostIndex>();

function postIndex(directory: Directory): PostIndex {
  let index = cache.get(directory);
  if (index) return index;
  const titleCount = new Map<string, Officer[]>();
  const teamWords = new Map<Officer, Set<string>>();
  for (const officer of directory.officers) {
    teamWords.set(officer, new Set(phraseWords(officer.team ?? '').filter((w) => !TEAM_STOPWORDS.has(w))));
    if (officer.jobTitle) {
      const title = phraseWords(officer.jobTitle).join(' ');
      titleCount.set(title, [...(titleCount.get(title) ?? []), officer]);
    }
  }
  const titles = new Map([...titleCount].filter(([, officers]) => officers.length === 1).map(([title, officers]) => [title, officers[0]!] as const));
  const executives = directory.officers.filter((o) => /chief executive|prif weithredwr/i.test(`${o.jobTitle ?? ''} ${o.team ?? ''}`) && o.grade === 'chief');
  index = { teamWords, titles, chiefExecutive: executives.length === 1 ? executives[0] : undefined };
  cache.set(directory, index);
  return index;
}

/** The one officer of `rank` (or the chief, where a team has no officer of that rank) whose team has `word`. */
function holder(directory: Directory, index: PostIndex, rank: Rank, words: readonly string[]): Officer | undefined {
  const inTeam = directory.officers.filter((o) => words.some((w) => index.teamWords.get(o)!.has(w)));
  const teams = new Set(inTeam.map((o) => o.team));
  if (teams.size !== 1) return undefined;
  const ofRank = inTeam.filter((o) => o.grade === rank);
  const found = ofRank.length > 0 ? ofRank : rank === 'senior' ? inTeam.filter((o) => o.grade === 'chief') : [];
  return found.length === 1 ? found[0] : undefined;
}

const LONGEST_TITLE = 6;

function jobTitleAt(index: PostIndex, tokens: TokenList, at: number, to: number): { last: number; officer: Officer } | undefined {
  for (let last = Math.min(to, at + LONGEST_TITLE); last > at + 1; last--) {
    const officer = index.titles.get(tokens.norms(at, last).join(' '));
    if (officer) return { last, officer };
  }
  return undefined;
}

/** The longest run of words from `at` (the post, its link and a word or more) that starts exactly one officer's job title. */
function titlePrefixAt(directory: Directory, tokens: TokenList, at: number, to: number): { last: number; officer: Officer } | undefined {
  const halves = directory.officers.flatMap((o) => (o.jobTitle ?? '').split('/').map((half) => ({ officer: o, words: phraseWords(half) })));
  let best: { last: number; officer: Officer } | undefined;
  for (let last = at + 3; last <= Math.min(to, at + LONGEST_TITLE); last++) {
    const words = tokens.norms(at, last);
    const fits = new Set(halves.filter((h) => words.every((w, j) => h.words[j] === w)).map((h) => h.officer));
    if (fits.size !== 1) break;
    best = { last, officer: [...fits][0]! };
  }
  return best;
}

/** "the police officer", "the returning officer": posts that are not the council's officers. */
const NOT_COUNCIL_POSTS = new Set(['police', 'returning', 'presiding', 'polling', 'liaison', 'medical', 'fire', 'probation', 'prison', 'customs', 'immigration', 'parole']);
/** Statutory posts written with capitals: the Section 151 officer, the Monitoring Officer. */
const STATUTORY = new Set(['section', '151', 's151', 'monitoring', 'proper']);
const POLICE_TITLES = new Set(['pc', 'pcso', 'sgt', 'sergeant', 'constable', 'dc', 'ds', 'di', 'police']);
/** Words before a post that a police title may stand ("PC Gary Dawson, who is supposed to be our neighbourhood officer"). */
const POLICE_BEFORE = 9;
/** Determiners that make "<word> officer" one person: "your planning officer", "the case officer". */
const OWN_DETERMINERS = new Set(['the', 'your', 'our', 'their', 'his', 'her', 'my']);
/** "the council's planning enforcement officer": the council's own post, one person as "the" makes it (round 35). */
const COUNCILS = new Set(['councils']);
/** Grades written into a post with capitals: "our Principal Planning Officer", "the Senior Licensing Officer" (round 35). */
const POST_GRADES = new Set(['principal', 'senior', 'lead', 'chief']);

/**
 * One stand-in per post written in a message ("the Director of Place" twice is one person): the
 * director's team, when the post's words name one, lets the fix still find their Director.
 */
function standIn(cache: Map<string, Officer>, text: string, grade: Officer['grade'], team: string | undefined): Officer {
  const key = text.toLowerCase();
  let officer = cache.get(key);
  if (!officer) {
    officer = { name: text, email: '', grade, ...(team ? { team } : {}) };
    cache.set(key, officer);
  }
  return officer;
}

/** The team whose words include `words` (one team only), for a stand-in. */
function teamOf(directory: Directory, index: PostIndex, words: readonly string[]): string | undefined {
  const teams = new Set(directory.officers.filter((o) => words.some((w) => index.teamWords.get(o)!.has(w))).map((o) => o.team));
  return teams.size === 1 ? [...teams][0] : undefined;
}

/**
 * "Their enforcement officer, Dean Rowlands, has not…": a post followed by the name of someone the
 * directory does not list is another body's officer (the council's own are all in the directory).
 */
function namedStranger(directory: Directory, tokens: TokenList, text: string, at: number, to: number): boolean {
  if (at + 1 >= to || !onlyCommaBetween(text, tokens, at - 1, at)) return false;
  const [first, last] = [tokens.get(at)!, tokens.get(at + 1)!];
  if (!first.capitalised || !last.capitalised) return false;
  return !directory.officers.some((o) => {
    const words = phraseWords(o.name);
    return words[0] === first.norm && words[words.length - 1] === (last.alt ?? last.norm);
  });
}

/** Officers named by post in tokens[from, to), in order. */
export function findPostMentions(directory: Directory, tokens: TokenList, from: number, to: number, text = ''): PostMention[] {
  const index = postIndex(directory);
  const found: PostMention[] = [];
  const standIns = new Map<string, Officer>();
  const withDeterminer = (first: number): number => (first - 1 >= from && DETERMINERS.has(tokens.norm(first - 1)!) ? first - 1 : first);
  const written = (first: number, last: number): string => text.slice(tokens.start(first)!, tokens.end(last - 1)!);
  for (let i = from; i < to; i++) {
    const word = tokens.norm(i)!;
    // A job title the directory gives, longest first: "your Waste Services Manager".
    const titled = tokens.capitalised(i)! ? jobTitleAt(index, tokens, i, to) : undefined;
    if (titled) {
      found.push({ first: withDeterminer(i), last: titled.last, officer: titled.officer });
      i = titled.last - 1;
      continue;
    }
    // "the Chief Executive".
    if (word === CHIEF_EXECUTIVE[0] && tokens.norm(i + 1) === CHIEF_EXECUTIVE[1] && i + 1 < to && index.chiefExecutive) {
      found.push({ first: withDeterminer(i), last: i + 2, officer: index.chiefExecutive });
      i++;
      continue;
    }
    // "your planning officer", "the case officer": one person, whom the directory may not list.
    if (word === 'officer' && text && i - 2 >= from && !NOT_COUNCIL_POSTS.has(tokens.norm(i - 1)!)) {
      const isDet = (k: number): boolean => OWN_DETERMINERS.has(tokens.norm(k)!) || (COUNCILS.has(tokens.norm(k)!) && tokens.get(k)!.alt !== undefined);
      const det = isDet(i - 2) ? i - 2 : i - 3 >= from && isDet(i - 3) && !NOT_COUNCIL_POSTS.has(tokens.norm(i - 2)!) ? i - 3 : -1;
      // Lower case between: "the Agency's area officer" is another body's.
      // "The neighbourhood officer for Lowther, PC Rourke": a police officer, named as such just after.
      // "PC Gary Dawson, who is supposed to be our neighbourhood officer": or just before.
      const police = tokens.slice(i + 1, Math.min(to, i + 6)).some((t) => POLICE_TITLES.has(t.norm)) ||
        (det >= 0 && tokens.slice(Math.max(from, det - POLICE_BEFORE), det).some((t) => POLICE_TITLES.has(t.norm)));
      // Lower case, or the council's own words ("the Planning Enforcement Officer", "the Section 151 officer"); never
      // another body's ("the Agency's area officer", "the Environment Agency officer").
      const ours = (t: Token): boolean => t.alt === undefined && (!t.capitalised || STATUTORY.has(t.norm) || POST_GRADES.has(t.norm) || [...index.teamWords.values()].some((w) => w.has(t.norm)));
      if (det >= 0 && !police && tokens.slice(det + 1, i).every(ours) && !namedStranger(directory, tokens, text, i + 1, to)) {
        const words = tokens.norms(det + 1, i);
        // ("the council's planning enforcement officer": "the" is part of it.)
        const first = COUNCILS.has(tokens.norm(det)!) && det - 1 >= from && tokens.norm(det - 1) === 'the' ? det - 1 : det;
        found.push({ first, last: i + 1, officer: standIn(standIns, written(first, i + 1), 'junior', teamOf(directory, index, words)), unlisted: true });
        continue;
      }
    }
    const rank = POSTS.get(word);
    if (!rank || (i - 1 >= from && QUALIFIERS.has(tokens.norm(i - 1)!))) continue;
    // "Director of Housing" (up to three words of the team after "of"), or "Housing Director" / "Parking Manager".
    let officer: Officer | undefined;
    let last = i + 1;
    // "the head of planning", typed in lower case: the start of one officer's job title (either half of a bilingual
    // "Pennaeth Cynllunio … / Head of Planning and Regulatory Services").
    if (!tokens.capitalised(i)! && i - 1 >= from && DETERMINERS.has(tokens.norm(i - 1)!) && i + 2 < to && LINKS.has(tokens.norm(i + 1)!)) {
      const prefixed = titlePrefixAt(directory, tokens, i, to);
      if (prefixed) {
        found.push({ first: i - 1, last: prefixed.last, officer: prefixed.officer });
        i = prefixed.last - 1;
        continue;
      }
    }
    if (i + 2 < to && LINKS.has(tokens.norm(i + 1)!) && tokens.capitalised(i)!) {
      const words: string[] = [];
      let end = i + 2;
      for (let k = i + 2; k < Math.min(to, i + 5) && tokens.capitalised(k)!; k++) {
        words.push(tokens.norm(k)!);
        end = k + 1;
        const match = holder(directory, index, rank, words);
        if (match) {
          officer = match;
          last = k + 1;
        }
      }
      // "the Director of Place": a post the directory's teams do not spell out is still one person.
      if (!officer && words.length > 0 && text) {
        const first = withDeterminer(i);
        found.push({ first, last: end, officer: standIn(standIns, written(first, end), rank, teamOf(directory, index, words)), unlisted: true });
        i = end - 1;
        continue;
      }
    } else if (i - 1 >= from && tokens.capitalised(i - 1)! && tokens.capitalised(i)!) {
      officer = holder(directory, index, rank, [tokens.norm(i - 1)!]);
      if (officer) {
        found.push({ first: withDeterminer(i - 1), last: i + 1, officer });
        continue;
      }
    }
    if (officer) {
      found.push({ first: withDeterminer(i), last, officer });
      i = last - 1;
    }
  }
  return found;
}
