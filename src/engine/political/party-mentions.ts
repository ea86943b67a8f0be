// Finds party names used in the party sense: "Labour-run council" and "the labour administration"
// yes, "Labour costs" no; "the Greens" yes, "Green Lane" and "Kingsley Green" no; a bare "Reform"
// only where the council has Reform members. Decided by capitals and the words either side.
import { cy } from '../lexicons/welsh';
import { CONTROL_WORDS, PARTY_INDICATORS, type PartyDef } from '../lexicons/parties';
import { longestMatches, type PhraseMatch } from '../text/phrase-index';
import { phraseWords, type TokenList } from '../text/tokens';
import { byFirstWord } from '../text/word-sequences';
import type { PartyTerm } from './vocabulary';

export interface PartyMention {
  party: string;
  first: number;
  last: number;
  start: number;
  end: number;
  /** "Labour-run", "Tory-led": a framing that is political on its own. */
  control: boolean;
}

const indicators = new Set(PARTY_INDICATORS);
const control = new Set(CONTROL_WORDS);
// Capitalised words before a name that start a sentence's clause rather than a proper name.
const OPENERS = new Set(['the', 'and', 'but', 'or', 'what', 'only', 'our', 'your', 'their', 'those', 'these', 'so', 'yet', 'if', 'when', 'while', 'as',
  'because', 'unlike', 'with', 'without', 'from', 'by', 'for', 'to', 'y', 'yr', 'a', 'ac', 'ond', 'i', 'gan', 'gyda', 'dros', 'fel', 'mae', 'roedd', 'nid', 'dim']);
// Words that qualify a party's name rather than make it another proper name ("Scottish Green councillors").
const QUALIFIERS = new Set(['scottish', 'welsh', 'english', 'british', 'uk', 'new', 'young', 'local']);
// "the Plaid-Indy coalition", "a Lab-Lib pact": two parties joined by a hyphen before one of these.
/** Words after a party's name that make it another body: a students' society at the freshers' fair. */
const OTHER_BODIES = new Set(['society', 'societies', 'soc', 'students']);

/** What joins two parties in a pact's name: a hyphen, an en or em dash, a slash. */
export const PACT_JOIN = /^\s?[-–—/]\s?$/;
export const PACTS = new Set(['coalition', 'alliance', 'pact', 'administration', 'cabinet', 'deal', 'partnership', 'government', 'love', 'stitch', 'carve', 'clymblaid', 'glymblaid']);
/** After a party's name: it holds power ("labour running the council", "llafur yn rhedeg y cyngor"). */
const IN_POWER = [['running', 'the', 'council'], ['running', 'this', 'council'], ['ran', 'the', 'council'], ['in', 'power'],
  ['controlling', 'the', 'council'], ['yn', 'rhedeg', 'y', 'cyngor'], ['yn', 'rheoli', 'y', 'cyngor'], ['wrth', 'y', 'llyw'], ['mewn', 'grym'],
  // "ers i Lafur a'r Blaid gipio'r cyngor" (since Labour and Plaid seized the council).
  ['gipior', 'cyngor'], ['cipior', 'cyngor'], ['took', 'control'], ['seized', 'the', 'council']];
/** Short names that stand as the other half of a pact in lower case ("plaid-indy", "lab-lib", "con-dem"). */
const PACT_PARTNERS = new Set(['indy', 'indie', 'indies', 'ind', 'independent', 'independents', 'plaid', 'lab', 'labour', 'lib', 'libs', 'con', 'cons', 'tory', 'tories', 'dem', 'dems',
  'green', 'greens', 'reform', 'snp', 'alba', 'llafur', 'annibynnol']);
/** Acronyms that are parties themselves ("SNP Alba pact" is two parties, not a name). */
const PARTY_ACRONYMS = new Set(['snp', 'ukip', 'uk', 'gb', 'lab', 'con', 'ld', 'lib', 'dup', 'sdlp', 'tusc']);
/** A party's look-alike continuations ("green" + "waste", "belt", …) by their first word: each mention asks for one word, not every look-alike. */
const lookalikeCache = new WeakMap<PartyDef, Map<string, string[][]>>();

function lookalikes(party: PartyDef): Map<string, string[][]> {
  let byFirst = lookalikeCache.get(party);
  if (!byFirst) lookalikeCache.set(party, (byFirst = byFirstWord(party.lookalikesNext.map(phraseWords), (words) => words)));
  return byFirst;
}

/** Does a look-alike of the party's name follow from token `at`? */
function lookalikeFollows(party: PartyDef, tokens: TokenList, at: number): boolean {
  // Welsh "plaid" is also the common noun: "Plaid y Pizza", "Plaid yr Ifanc" (a made-up party's name: "the … party"),
  // not Plaid Cymru ("Plaid y tu ôl i hyn": Plaid behind this, in lower case).
  if (party.id === 'plaid' && (tokens.norm(at) === 'y' || tokens.norm(at) === 'yr') && tokens.capitalised(at + 1) === true && tokens.norm(at + 1) !== 'cymru') return true;
  const candidates = lookalikes(party).get(tokens.norm(at) ?? '');
  return candidates !== undefined && candidates.some((words) => followedBy(tokens, at, words));
}

function followedBy(tokens: TokenList, at: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens.norm(at + k) === word);
}

/** Before a singular party noun: "a Green", "one Green", "another Independent". */
const ONE_OF = new Set(['a', 'an', 'one', 'another', 'single', 'every', 'each']);
/** After it, words that make it a person, not a thing ("a Green means", "one Green could", "a Green on the council"). */
const PERSON_VERBS = new Set(['means', 'could', 'would', 'will', 'can', 'cant', 'wont', 'is', 'was', 'has', 'had', 'makes', 'made', 'who', 'and', 'or', 'but', 'on', 'in', 'at', 'for', 'with', 'to']);

/** What only people do, straight after a plural name or after a modal ("the greens can moan", "the independents voted"). */
const PEOPLE_VERBS = new Set(['moan', 'moaned', 'moaning', 'complain', 'complained', 'complaining', 'whinge', 'whinged', 'whingeing', 'whining', 'claim', 'claimed', 'claiming',
  'say', 'said', 'says', 'want', 'wanted', 'wants', 'voted', 'vote', 'promised', 'promise', 'pledged', 'think', 'thought', 'argue', 'argued', 'blame', 'blamed', 'opposed', 'oppose',
  'backed', 'insist', 'insisted', 'demand', 'demanded', 'campaigned', 'shout', 'shouted', 'pretend', 'pretended', 'scrapped', 'cut', 'cuts', 'lied', 'reckon']);
/** Between the name and what they do: "can", "will", "have always", "never". */
const PEOPLE_MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'always', 'never', 'just', 'have', 'had', 'did', 'didnt', 'dont', 'wont', 'cant', 'keep', 'still']);

function actsAsPeople(tokens: TokenList, at: number): boolean {
  const next = tokens.norm(at);
  if (next === undefined) return false;
  // ("the greens cut" is the mower's work: "cut" counts only after a modal, "the greens have cut…".)
  if (PEOPLE_VERBS.has(next) && next !== 'cut' && next !== 'cuts') return true;
  return PEOPLE_MODALS.has(next) && PEOPLE_VERBS.has(tokens.norm(at + 1) ?? '');
}

/** Welsh soft mutation of the ordinary word: "marchnad lafur" is the word "llafur" too. */
const UNMUTATED = new Map<string, string>([['lafur', 'llafur']]);

/** The ambiguous party names a passage writes in lower case, as the ordinary word, anywhere (read once per passage). */
function lowerCaseNames(matches: readonly PhraseMatch<PartyTerm>[], tokens: TokenList): Set<string> {
  const lower = new Set<string>();
  for (const m of matches) {
    if (m.value.strong || m.last - m.first !== 1) continue;
    const t = tokens.get(m.first)!;
    if (!t.capitalised) {
      lower.add(t.norm);
      const base = UNMUTATED.get(t.norm);
      if (base) lower.add(base);
    }
  }
  return lower;
}

/** Is an ambiguous name ("Labour", "Greens", "Reform") the party here? */
function partySense(party: PartyDef, tokens: TokenList, text: string, first: number, last: number, sentenceStarts: ReadonlySet<number>, council: CouncilParties,
  lowerWords: ReadonlySet<string>): boolean {
  const present = council.present;
  const word = tokens.get(first)!;
  const next = tokens.get(last);
  const prev = first > 0 ? tokens.get(first - 1) : undefined;
  if (lookalikeFollows(party, tokens, last)) return false;
  // "the pros and cons", "Pros & Cons:".
  if (word.norm === 'cons' && tokens.norm(first - 2) === 'pros') return false;
  // "Kingsley Green", "Pennington Green colleagues", "Planning Reform": part of a longer proper
  // name (not after a possessive, "Cllr Evans's Labour colleagues", or a qualifier, "Scottish Green").
  // An acronym before it makes a name even at the start of a sentence: "BBC ALBA have been in touch".
  const acronymBefore = prev !== undefined && prev.end - prev.start >= 2 && /^[A-Z]+$/.test(text.slice(prev.start, prev.end)) && !QUALIFIERS.has(prev.norm) &&
    !PARTY_ACRONYMS.has(prev.norm) && /^ $/.test(text.slice(prev.end, word.start));
  const capitalBefore = acronymBefore || (prev !== undefined && !sentenceStarts.has(first) && prev.capitalised && !sentenceStarts.has(first - 1) && !OPENERS.has(prev.norm) &&
    prev.alt === undefined && !QUALIFIERS.has(prev.norm) && !PACT_JOIN.test(text.slice(prev.end, word.start)));
  // "Llafur: mae costau llafur…", "Labour: 4 hours": a heading or label, not the party.
  if (text.charCodeAt(word.end) === 58) return false;
  const indicated = next !== undefined && indicators.has(next.norm);
  // "the Ainsley Labour newsletter", "Walden Greens' candidate": a local party is named after one of the
  // council's places (not one where the place's own name goes on with the word, "Kingsley Green").
  // So is "Llanwennog Labour gets things done": a party that no place is named after (Labour, the SNP, Plaid), after one of the
  // council's places, is the local party whatever follows (not "Kingsley Green", "Ashby Independent Living").
  const localParty = !acronymBefore && council.placeWords.has(prev?.norm ?? '') && party.bare === 'capital';
  const namePart = capitalBefore && !((indicated || localParty) && !acronymBefore && council.placeWords.has(prev!.norm));
  // "this reform-run cabinet", "a labour-led council": run or led by it, joined by a hyphen, in lower case too
  // (a party that needs to be in the council, Reform or Alba, only where it is).
  const hyphenedControl = indicated && control.has(next.norm) && text.slice(word.end, next.start) === '-' && (party.bare !== 'present' || present.has(party.id));
  if (indicated) return !namePart && (word.capitalised || party.lowerWithIndicator || hyphenedControl);
  // "forty years of labour running the council", "deugain mlynedd o lafur yn rhedeg y cyngor": in power, in lower case too.
  if (!namePart && IN_POWER.some((words) => followedBy(tokens, last, words))) return true;
  // "the Labour–Independent administration", "a Lib Dem/Green coalition": two parties joined before a pact word —
  // in lower case too when the other half is a party's short name ("a plaid-indy coalition", "the lab-lib pact").
  if (!namePart && next && PACT_JOIN.test(text.slice(word.end, next.start)) && PACTS.has(tokens.norm(last + 1) ?? '') &&
    (word.capitalised || PACT_PARTNERS.has(next.norm))) return true;
  // "the greens can moan all they like", "the independents voted it down": a plural name in lower case that
  // does what only people do ("the greens have been cut" is the bowling club's).
  if (!word.capitalised && !namePart && party.bare === 'plural-the' && /s$/.test(word.norm) && (prev?.norm === 'the' || prev?.norm === 'y') && actsAsPeople(tokens, last)) return true;
  // "typical labour, find a new way to tax people", "typical plaid, all talk": the party in lower case after "typical", the clause
  // ending there (not "typical plaid shirt", "typical green space").
  // "its labour's mess", "the tories' fault": a lower-case party's possession of a verdict noun.
  if (!word.capitalised && !namePart && word.alt !== undefined && next !== undefined && POSSESSED_VERDICT.has(next.norm)) return true;
  if (!word.capitalised && !namePart && prev?.norm === 'typical' && (next === undefined || /^\s*[,.;:!?–—-]/.test(text.slice(word.end, next.start)))) return true;
  if (!word.capitalised || namePart) return false;
  // Two parties joined as one ("another Plaid-Indy tax grab", "the Lab-Lib lot"): the pact, whatever word follows.
  if (!namePart && word.capitalised && next !== undefined && PACT_JOIN.test(text.slice(word.end, next.start)) && PACT_PARTNERS.has(next.norm)) return true;
  // A slogan in title case is the party doing something: "Conservatives Delivering for Sedgebrook", "Labour Working for
  // You" (not a name: "Independent Living for Older People" is a singular, "Green Building Council" no "for").
  // (A plural-the party only in its plural, and only before "for": "Greens Delivering for…".)
  const after = tokens.norm(last + 1);
  const slogan = next !== undefined && /ing$/.test(next.norm) &&
    (party.bare !== 'plural-the' ? after === 'for' || after === 'you' : /s$/.test(word.norm) && after === 'for');
  if (next && next.capitalised && !sentenceStarts.has(last) && !slogan) return false;
  const atStart = sentenceStarts.has(first);
  // One sense per message: "Costau llafur. Llafur yw'r pwysau mwyaf…" — a capital that only opens the
  // sentence is the ordinary word when the message also writes it in lower case.
  if (atStart && lowerWords.has(word.norm)) return false;
  switch (party.bare) {
    case 'capital':
      return true;
    case 'present':
      return present.has(party.id);
    case 'plural-the':
      // "the Greens", and a count of them: "a few more Greens", "two Independents", "our Greens".
      if (/s$/.test(word.norm)) return prev !== undefined && !atStart && (prev.norm === 'the' || prev.norm === 'y' || prev.norm === 'yr' || COUNTED.has(prev.norm));
      // One of them: "electing a Green means…", "one Green could change everything", "as an Independent, I…".
      return prev !== undefined && !atStart && ONE_OF.has(prev.norm) && (next === undefined || /[,.;:!?]/.test(text.slice(word.end, next.start)) || PERSON_VERBS.has(next.norm));
    case 'indicator':
      return false;
  }
}

/** Nouns of blame or credit a party is said to own ("labour's mess", "the snp's fault", "plaid's cuts"). */
const POSSESSED_VERDICT = new Set(['mess', 'fault', 'doing', 'watch', 'failure', 'failures', 'cuts', 'legacy', 'mistake', 'mistakes', 'shambles', 'disaster', 'incompetence', 'neglect', 'lies', 'broken']);
const WELSH_ARTICLE = new Set(['y', 'yr']);
/** Buildings and bodies named "… y/yr <people>": capel (chapel), neuadd (hall), clwb (club), undeb (union), eglwys, festri, tŷ, ysgol, cymdeithas. */
// (In every mutation: "at Glwb y Rhyddfrydwyr", "yng Nghapel yr Annibynwyr", "i Gymdeithas y…".)
const WELSH_INSTITUTIONS = new Set(cy('capel', 'neuadd', 'clwb', 'undeb', 'eglwys', 'festri', 'tŷ', 'ty', 'ysgol', 'cymdeithas', 'cymanfa', 'mynwent'));

/** Words that count a party's members: "a few more Greens", "two Independents", "our Greens". */
// (And the habitual: "Usual Greens virtue-signalling", "typical Independents".)
const COUNTED = new Set(['more', 'fewer', 'few', 'some', 'several', 'other', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'our', 'their', 'your',
  'usual', 'typical']);

/**
 * Party mentions from raw matches of the party names (found by the rule's combined index).
 * sentenceStarts: token indexes that begin a sentence (a capital there proves nothing).
 */
/** What the council's directory says about parties and places. */
export interface CouncilParties {
  /** Built-in parties with members on the council (a bare "Reform" or "Alba" is then the party). */
  present: ReadonlySet<string>;
  /** Words of the council's place names that may name a local party ("Ainsley" of "Ainsley Labour"). */
  placeWords: ReadonlySet<string>;
}

export function partyMentionsFrom(matches: readonly PhraseMatch<PartyTerm>[], tokens: TokenList, text: string, sentenceStarts: ReadonlySet<number>, council: CouncilParties): PartyMention[] {
  const mentions: PartyMention[] = [];
  const lowerWords = lowerCaseNames(matches, tokens);
  for (const match of longestMatches(matches)) {
    const { party, strong } = match.value;
    if (!strong && !partySense(party, tokens, text, match.first, match.last, sentenceStarts, council, lowerWords)) continue;
    const next = tokens.get(match.last);
    // "the Lib Dem society", "the Labour Students stall": a body named after the party, not the party.
    if (next && OTHER_BODIES.has(next.norm)) continue;
    // Welsh names a building or a body after the people in it: "Capel yr Annibynwyr" (the Independents' chapel, a
    // denomination), "Neuadd y Rhyddfrydwyr" (the Liberal hall), "Undeb yr Annibynwyr Cymraeg".
    if (WELSH_ARTICLE.has(tokens.norm(match.first - 1) ?? '') && WELSH_INSTITUTIONS.has(tokens.norm(match.first - 2) ?? '')) continue;
    mentions.push({ party: party.id, first: match.first, last: match.last, start: match.start, end: match.end, control: next !== undefined && control.has(next.norm) });
  }
  return mentions;
}
