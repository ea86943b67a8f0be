// officer-criticism: a member who criticises a named officer's conduct or capability raises it
// privately with the officer's Director, not in front of other members, residents or the press
// (000 §2.7; 003 §4.11; 002 Annex A §4.4–4.5, §12.3; 001 §15.2).
import { en } from '../i18n/en';
import type { Translator } from '../i18n/translator';
import { briefQuote } from '../text/brief-quote';
import { briefList } from '../i18n/brief-list';
import { defineRule } from '../rule';
import { OFFICER_ROLE_WORDS, apologies, criticisms, endorsements, reported, type CriticismKind } from '../lexicons/criticism';
import type { LexiconHit } from '../lexicons/lexicon';
import { findPersonMentions, genderOf, type Gender, type PersonMention } from '../people/officer-mentions';
import type { Recipient } from '../analysis';
import type { Officer } from '../config/directory-schema';
import type { DirectoryIndex } from '../people/directory-index';
import { countBefore } from '../text/bisect';
import { sentenceIndexAt } from '../text/sentences';
import { phraseWords, tokenize, type Token, type TokenList } from '../text/tokens';
import { FAILED, stemsOf, weighFailings } from './officer-criticism-pattern';
import { leftToReader } from './officer-criticism-veiled';
import type { DraftAnalysis } from '../analysis';
import type { Edit, Fix } from '../types';
import { shownJobTitle } from '../people/job-title';

/** He, she and their forms, English and Welsh ("Dydy e ddim yn gymwys"). */
// Welsh contracts them with 'n: "mae e'n gwbl anobeithiol" → "en", "hi'n" → "hin".
// (North Walian "fo", "fo'n": "Dydy fo ddim yn gwybod ei waith"; not "o", which is as often "of".)
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'e', 'ef', 'hi', 'en', 'hin', 'efn', 'fo', 'fon']);
/** After a doubted name, the words that make it doubt about competence ("…has quite got hold of this", "…is on top of it"). */
const COMPETENCE = new Set(['grasp', 'grasped', 'hold', 'top', 'capable', 'competent', 'read', 'understood', 'cope', 'coping', 'able', 'job', 'fit',
  // and honesty: "I don't believe David has been entirely straight with the committee".
  'straight', 'honest', 'truthful', 'frank',
  // and doubt with an emphasis: "not convinced he's gathered anything", "I don't think she has looked at it properly", "…even visited".
  'grip', 'handle', 'anything', 'properly', 'even', 'bothered', 'grasps', 'understands', 'suited', 'suitable', 'cut',
  // and a clue: "I don't think he has the first idea what's going on", "not sure she has a clue".
  'clue']);
/** "the first idea", "the faintest idea" (not "any idea we're planning her leaving do"). */
const IDEA_DEGREES = new Set(['first', 'faintest', 'slightest', 'foggiest', 'remotest']);
const COMPETENCE_REACH = 8;

function doubtsCompetence(tokens: TokenList, from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + COMPETENCE_REACH); k++) {
    if (COMPETENCE.has(tokens.norm(k)!)) return true;
    if (tokens.norm(k) === 'idea' && IDEA_DEGREES.has(tokens.norm(k - 1) ?? '')) return true;
    // "…knows what he is doing", "…knows what she is looking at".
    if ((tokens.norm(k)! === 'knows' || tokens.norm(k)! === 'know') && tokens.norm(k + 1) === 'what') return true;
  }
  return false;
}

/** "her" or "his" in front of a noun ("her claim") is a determiner, passed over when looking for the subject. */
const DETERMINER_PRONOUNS = new Set(['his', 'her']);
/** "His answers were evasive": a possessive before a conduct noun points to the officer. */
const POSSESSIVES = new Set(['his', 'her', 'ei']);
/** Between the officer and the criticism, these start another subject: "Tom says the system is useless". */
const OTHER_SUBJECT = new Set(['i', 'we', 'they', 'it', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'my', 'a', 'an', 'residents', 'people', 'nobody', 'everyone', 'yr', 'y', 'your']);
/** A decision or a service between the officer and the words is what they criticise: "Tom's decision was appalling". */
const NOT_A_PERSON = new Set(['decision', 'decisions', 'recommendation', 'recommendations', 'report', 'advice', 'policy', 'service', 'services', 'system', 'process', 'scheme',
  'proposal', 'application', 'consultation', 'contractor', 'contractors', 'department', 'team', 'council', 'approach', 'plan', 'rules', 'procedure']);
const THING_REACH = 6;
/** Others a sentence may be about: "the consultants", "the developer", "the housing association". */
const THIRD_PARTIES = new Set(['consultant', 'consultants', 'company', 'firm', 'developer', 'developers', 'agency', 'applicant', 'applicants', 'landlord', 'landlords',
  'association', 'police', 'government', 'minister', 'ministers', 'operator', 'operators', 'supplier', 'suppliers', 'insurer', 'insurers', 'club', 'school']);
/** "Tom's handling of this was appalling": the officer's own conduct, whatever follows it. */
// Their own written work too: "Ryan's report is sloppy" (while "the report is sloppy" is about the report).
const CONDUCT_NOUNS = new Set(['report', 'reports', 'letter', 'note', 'notes', 'files', 'records', 'paperwork', 'update', 'email', 'handling', 'assurances', 'assurance', 'promises', 'promise', 'word', 'claims', 'figures', 'attitude', 'behaviour', 'behavior', 'manner', 'conduct', 'performance', 'tone', 'work', 'response', 'responses', 'replies', 'judgement', 'judgment',
  'answer', 'answers', 'explanation', 'explanations',
  // ("her evidence to the committee was, to put it kindly, economical with the truth": round 31; not "advice", whose
  // content is often the subject: "Fiona Drummond's advice that my motion is out of order".)
  'evidence']);
/** "Jac [from the highways team] is useless": a phrase after the name, not a new subject. */
const PREPOSITIONS = new Set(['in', 'from', 'at', 'of', 'on', 'with', 'for', 'yn', 'o']);
/** How far back (in tokens) the criticism's subject may be, and how many sentences back "he" may point. */
const SUBJECT_REACH = 12;
// A story about an officer goes on in "he"/"she" for a paragraph ("Callum told her… It hadn't. He then sent… Frankly he…").
const PRONOUN_SENTENCES = 6;
/** "I wouldn't take anything he says at face value": his words judged, not passed on. */
const ANY_OF_IT = new Set(['anything', 'whatever', 'everything', 'nothing', 'what', 'something']);
/** Words back to "what" past the teller's name ("what Mr Dobson tells me"). */
const ANY_OF_IT_REACH = 3;
/** How far back a "your complaint that…" may stand from the words it reports. */
const REPORTED_REACH = 25;

interface Criticism {
  officer: Officer;
  /** The words quoted and marked: a phrase, or the sentence that weighs most. */
  start: number;
  end: number;
}

/**
 * The person "he"/"she" points to: the last one named (mentions in order) in this or the previous few
 * sentences, passing over anyone whose title says otherwise ("Ms Kemp" is not "he").
 */
function lastNamedBefore(mentions: readonly PersonMention[], offset: number, earliest: number, gender?: Gender, tokens?: TokenList): PersonMention | undefined {
  const lo = countBefore(mentions.length, (i) => mentions[i]!.end <= offset);
  let oblique: PersonMention | undefined;
  for (let k = lo - 1; k >= 0 && mentions[k]!.start >= earliest; k--) {
    const found = mentions[k]!;
    if (gender && found.gender && found.gender !== gender) continue;
    // "Your Head of Planning told the committee, in answer to a question from Cllr Nwosu, … he had not
    // read": a member after a preposition is not who the story is about when an officer was named before.
    // So is a possessive ("the hole that put Mr Dhillon's wife in A&E … he could measure it"): the wife is the one named there.
    if (!found.officer && tokens && ((found.first > 0 && OBLIQUE.has(tokens.norm(found.first - 1)!)) || tokens.alt(found.last - 1) !== undefined)) {
      oblique ??= found;
      continue;
    }
    return found;
  }
  return oblique;
}

/** "the planning officer" between commas after a name: an apposition, not a new subject. */
function isRoleApposition(tokens: TokenList, k: number, upTo: number): boolean {
  for (let j = k + 1; j <= Math.min(upTo, k + 3); j++) if (OFFICER_ROLE_WORDS.has(tokens.norm(j)!)) return true;
  return false;
}

/** Verbs that take "you" as their object: "let you draw", "tell you", "remind you". */
const OBJECT_VERBS = new Set(['let', 'tell', 'ask', 'remind', 'show', 'thank', 'send', 'give', 'assure', 'update', 'leave']);

/**
 * How far back "he"/"she" may reach: a few sentences, or more when the sentences between tell a story
 * in "he"/"she" ("1. He told me… Nobody went. 2. He then promised… 4. He has not replied…").
 */
function storyStart(analysis: DraftAnalysis, tokens: TokenList, sentences: readonly { start: number; end: number }[], at: number): number {
  const near = Math.max(0, at - PRONOUN_SENTENCES);
  let told = 0;
  for (let k = near; k < at; k++) {
    const [from, to] = analysis.tokenRange(sentences[k]!);
    for (let j = from; j < to; j++) {
      if (STORY_PRONOUNS.has(tokens.norm(j)!)) {
        told++;
        break;
      }
    }
  }
  return told >= STORY_MIN ? Math.max(0, at - STORY_SENTENCES) : near;
}

const STORY_MIN = 2;
const STORY_SENTENCES = 16;
const STORY_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hes', 'shes']);

/** Among several officers in To, the one the greeting names ("Lewis," / "Dear Lewis"). */
function greetedOfficer(analysis: DraftAnalysis, toOfficers: readonly Recipient[]): Officer | undefined {
  if (toOfficers.length === 0) return undefined;
  const greeting = analysis.parts().greeting;
  // A first line that is a name alone, typed in lower case on a phone ("iain"), greets as "Dear Iain," does.
  const firstLine = /^\s*([^\n]*)/.exec(analysis.draft.body)![1]!;
  const text = greeting ? analysis.draft.body.slice(greeting.start, greeting.end) : /^[a-z\u00c0-\u024f'’-]+,?\s*$/i.test(firstLine) ? firstLine : undefined;
  if (text === undefined) return undefined;
  const words = new Set(tokenize(text).norms());
  const greeted = toOfficers.flatMap((r) => (r.person.kind === 'officer' && r.person.officer ? [r.person.officer] : []))
    .filter((o) => words.has(phraseWords(o.name)[0] ?? ''));
  return greeted.length === 1 ? greeted[0] : undefined;
}

/** The writer saying a disagreement is no criticism of the officer (English and Welsh "nid cwyn"). */
const NOT_A_COMPLAINT = /\b(?:not|isn['’]?t) (?:a |any |intended as a |meant as a )?(?:complaint|criticism|reflection on)\b|\bno criticism (?:of|intended|meant)\b|\bdifference of (?:judg(?:e)?ment|opinion|view|professional opinion)\b|\bnid (?:cwyn|beirniadaeth)\b/i;

const DENIED_DIFFERENCE = /\b(?:not|isn['’]?t|wasn['’]?t|no longer|hardly) (?:just |simply |merely |really )?(?:a |any )?(?:simple |mere )?difference of\b/i;

/** "you" and its forms, English and Welsh ("ti"), for the one officer a message is written to (not "your": "your Head of Parking" is another officer). */
// (Welsh "chi", "chi'n": formal and plural you.)
const YOU_WORDS = new Set(['you', 'youre', 'youve', 'youd', 'youll', 'yourself', 'ti', 'di', 'chi', 'chin']);

/** Their own word or work, after "your": "your assurances", "your dates", "your own paperwork". */
// ("I expected more from someone on your salary": their pay and grade are theirs too, round 34.)
const YOUR_OWN = new Set(['salary', 'pay', 'grade', 'seniority', 'assurances', 'assurance', 'promises', 'promise', 'dates', 'deadlines', 'word', 'paperwork', 'figures', 'excuses', 'answers', 'answer', 'explanation', 'updates', 'report', 'reports']);

/**
 * For each sentence, the officer it speaks to by name: a sentence that opens on an officer recipient's name and a comma
 * ("Gareth, I asked you…") speaks to them, and so do the sentences after it until the paragraph ends or another name is said.
 */
function vocatives(analysis: DraftAnalysis, tokens: TokenList, ranges: readonly (readonly [number, number])[], mentions: readonly PersonMention[]): (Officer | null | undefined)[] {
  const recipients = new Set(analysis.recipients.flatMap((r) => (r.person.kind === 'officer' && r.person.officer ? [r.person.officer] : [])));
  const startingAt = new Map(mentions.map((m) => [m.first, m] as const));
  const text = analysis.draft.body;
  const spoken: (Officer | null | undefined)[] = [];
  let current: Officer | null | undefined;
  for (let s = 0; s < ranges.length; s++) {
    const [from] = ranges[s]!;
    if (s > 0 && /\n\s*\n/.test(text.slice(tokens.end(ranges[s - 1]![1] - 1)!, tokens.start(from)!))) current = undefined;
    // ("Honestly Rob, if you can't read a site plan…": one word of the writer's stand may come first, round 31.)
    const head = VOCATIVE_LEADS.has(tokens.norm(from) ?? '') ? from + 1 : from;
    const named = startingAt.get(from) ?? startingAt.get(head);
    if (named?.officer && recipients.has(named.officer) && /^\s*,/.test(text.slice(tokens.end(named.last - 1)!, tokens.start(named.last) ?? text.length))) current = named.officer;
    // ("Victoria, you promised the residents a meeting": a member spoken to is "you", not the officer greeted, round 31.)
    else if (!named?.officer && tokens.capitalised(head) && /^\s*,/.test(text.slice(tokens.end(head)!, tokens.start(head + 1) ?? text.length)) && memberRecipientCalled(analysis, tokens.norm(head)!)) current = null;
    spoken.push(current);
  }
  return spoken;
}
const VOCATIVE_LEADS = new Set(['honestly', 'frankly', 'well', 'look', 'seriously', 'sorry', 'and', 'but', 'so']);

/** Is a member among the recipients called this (first name)? */
function memberRecipientCalled(analysis: DraftAnalysis, first: string): boolean {
  return first.length > 2 && analysis.recipients.some((r) => r.person.kind === 'member' && r.person.name.toLowerCase().replace(/^cllr\.?\s+/, '').split(/\s+/)[0] === first);
}

/** The officer a message speaks to as "you": the one officer in To, or the one its greeting names ("Thanks Tomos"). */
function greetedAddressee(analysis: DraftAnalysis): Officer | undefined {
  const to = analysis.recipients.filter((r) => r.field === 'to');
  const officers = to.filter((r) => r.person.kind === 'officer' && r.person.officer);
  if (to.length === 1 && officers.length === 1 && officers[0]!.person.kind === 'officer') return officers[0]!.person.officer;
  return greetedOfficer(analysis, officers);
}

/** Prepositions before a name that make it an object, not the subject of the story. */
const OBLIQUE = new Set(['from', 'to', 'with', 'by', 'for', 'of', 'at', 'about']);

/** Words that open an apposition after a name: ", the planning officer handling it,". */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'our', 'your', 'my', 'their']);

/** "as far as I can tell", "so far as anyone knows": a hedge between commas, passed over like a relative clause. */
const HEDGE_OPENERS = new Set(['as', 'so']);

/** Words that open a relative clause between commas: "Tom Garside, who leads the team, has been useless". */
const RELATIVES = new Set(['who', 'whose', 'which', 'sydd', 'a']);

/**
 * Tokens inside relative clauses (", who leads the enforcement team,") of a sentence before `to`:
 * the clause describes the person before it and is passed over when looking back for the subject.
 */
function relativeClauseTokens(tokens: TokenList, text: string, from: number, to: number, endingAt?: ReadonlyMap<number, PersonMention>): Set<number> {
  const inside = new Set<number>();
  for (let k = from + 1; k < to; k++) {
    // "Ms Lowry, the planning officer handling the application, has not…": an apposition after a name is passed over too.
    const apposition = APPOSITION_OPENERS.has(tokens.norm(k)!) && endingAt?.has(k - 1) === true;
    // "…and has, as far as I or anyone in the village can tell, done precisely nothing": a hedge between commas is passed over too.
    const hedge = HEDGE_OPENERS.has(tokens.norm(k)!) && tokens.norm(k + 1) === 'far';
    if ((!RELATIVES.has(tokens.norm(k)!) && !apposition && !hedge) || !text.slice(tokens.end(k - 1)!, tokens.start(k)!).includes(',')) continue;
    let end = k + 1;
    while (end < to && !text.slice(tokens.end(end - 1)!, tokens.start(end)!).includes(',')) end++;
    // The clause may close right before the words judged: "Ravi, who has had the file, has not been on top of it".
    if (end === to && (to >= tokens.length || !text.slice(tokens.end(to - 1)!, tokens.start(to)!).includes(','))) continue;
    for (let j = k; j < end; j++) inside.add(j);
    k = end - 1;
  }
  return inside;
}

const COORDINATORS = new Set(['and', 'but', 'yet']);
/** Adverbs between "and" and its verb: "…and frankly isn't up to the job". */
const JOINED_ADVERBS = new Set(['frankly', 'honestly', 'clearly', 'obviously', 'simply', 'quite', 'really', 'plainly', 'evidently']);
/** Words that open a verb phrase: after "and", the verb has no subject of its own ("…has had it since March and done nothing"). */
const FINITE = new Set(['done', 'has', 'hasnt', 'had', 'hadnt', 'did', 'didnt', 'does', 'doesnt', 'is', 'isnt', 'was', 'wasnt', 'never', 'simply', 'still', 'then', 'wont', 'will',
  'would', 'wouldnt', 'could', 'couldnt', 'cannot', 'cant', 'failed', 'just', 'not']);
/** Words a sentence may open with before its subject ("Frankly, Deepa…", "And she…"). */
const OPENERS = new Set(['and', 'but', 'so', 'sorry', 'frankly', 'honestly', 'meanwhile', 'then', 'now', 'sadly', 'unfortunately', 'again', 'also']);

/** The first token after the last colon in tokens[from, to), or from when there is none. */
function afterLeadIn(text: string, tokens: TokenList, from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (text.slice(tokens.end(k - 1)!, tokens.start(k)!).includes(':')) return k;
  return from;
}

/** The person a sentence opens with: a mention, or the pronoun ("he", "she") that stands for one. */
function sentenceSubject(tokens: TokenList, from: number, to: number, startingAt: ReadonlyMap<number, PersonMention>): PersonMention | string | undefined {
  let k = from;
  while (k < to && OPENERS.has(tokens.norm(k)!)) k++;
  const mention = startingAt.get(k);
  if (mention) return mention;
  const word = tokens.alt(k) !== undefined && PRONOUNS.has(tokens.alt(k)!) ? tokens.alt(k)! : tokens.norm(k);
  return word && PRONOUNS.has(word) && !DETERMINER_PRONOUNS.has(word) ? word : undefined;
}

interface SubjectContext {
  text: string;
  tokens: TokenList;
  sentenceFirst: number;
  mentions: readonly PersonMention[];
  /** Mentions by the index of their last token, and of their first. */
  endingAt: ReadonlyMap<number, PersonMention>;
  startingAt: ReadonlyMap<number, PersonMention>;
  earliest: number;
  addressee?: Officer;
}

/** The token before a hedge "as far as I can tell/see" that ends at `k`, else `k`. */
function beforeHedge(tokens: TokenList, k: number, floor: number): number {
  const end = tokens.norm(k);
  if (end !== 'tell' && end !== 'see' && end !== 'judge') return k;
  for (let j = k - 1; j >= Math.max(floor, k - 8); j--) {
    if (tokens.norm(j) === 'as' && tokens.norm(j + 1) === 'far' && tokens.norm(j + 2) === 'as') return j - 1;
  }
  return k;
}

/** The officer a criticism is about, or undefined when its subject is something or someone else. */
function subjectOf(hit: LexiconHit<CriticismKind>, context: SubjectContext): Officer | undefined {
  const { text, tokens, sentenceFirst, mentions, endingAt, startingAt, earliest, addressee } = context;
  if (hit.entry.category === 'about-them') {
    // "I no longer believe anything you tell me": the officer written to.
    // ("Make of that what you will" speaks to the reader, round 34.)
    for (let k = hit.first; k < hit.last; k++) if (tokens.norm(k)! === 'you' && !(tokens.norm(k - 1) === 'what' && tokens.norm(k + 1) === 'will')) return addressee;
    // "The consultants' report is a masterpiece of saying nothing": the sentence names what it is about.
    // (Only just before the words, and only when they do not name a person themselves: "…question whether she is suited".)
    let personal = false;
    // (A pronoun in the words or just after them: "…had to pick up after him on this scheme".)
    for (let k = hit.first; k < Math.min(tokens.length, hit.last + 3); k++) if (PRONOUNS.has(tokens.norm(k)!)) personal = true;
    const thing = (t: Token): boolean => NOT_A_PERSON.has(t.norm) || THIRD_PARTIES.has(t.norm) || (t.alt !== undefined && (NOT_A_PERSON.has(t.alt) || THIRD_PARTIES.has(t.alt)));
    for (let k = Math.max(sentenceFirst, hit.first - THING_REACH); k < hit.first && !personal; k++) if (thing(tokens.get(k)!)) return undefined;
    // "…draw your own conclusions about the contractor's quote": or just after.
    for (let k = hit.last; k < Math.min(tokens.length, hit.last + THING_REACH) && !personal; k++) if (thing(tokens.get(k)!)) return undefined;
    // "The contractor has slipped three times and I've stopped believing the dates": a sentence that names a thing or
    // another body, and no person, before the words is about that (session 11, round 26).
    if (!personal && ![...endingAt.keys()].some((e) => e >= sentenceFirst && e < hit.first)) {
      for (let k = sentenceFirst; k < hit.first; k++) if (thing(tokens.get(k)!)) return undefined;
    }
    // "But you are the manager, and this family needs someone who will do what they say": the officer written to.
    // ("I'll let you draw your own conclusions" speaks to the reader, not of them.)
    if (!personal && addressee) {
      for (let k = sentenceFirst; k < hit.first; k++) {
        if ((tokens.norm(k)! === 'you' || tokens.norm(k)! === 'youre') && !(k > sentenceFirst && OBJECT_VERBS.has(tokens.norm(k - 1)!))) return addressee;
      }
    }
    // With no one named, a letter's sarcasm is about the officer it is written to ("Yvonne, … It's a masterpiece of saying nothing").
    const named = lastNamedBefore(mentions, hit.end, earliest, undefined, tokens);
    return named ? named.officer : addressee;
  }
  if (hit.entry.category === 'about-next') return startingAt.get(hit.last)?.officer;
  if (hit.entry.category === 'doubt-next') {
    // "not convinced Neil Chadwick has got hold of this", or "I don't think he is fit to run it".
    const named = startingAt.get(hit.last);
    if (named) return doubtsCompetence(tokens, named.last) ? named.officer : undefined;
    const pronoun = tokens.get(hit.last);
    if (!pronoun || !doubtsCompetence(tokens, hit.last + 1)) return undefined;
    // "I don't think he's up to the job": the contraction is the pronoun; "…you're up to it" is the officer written to.
    const word = pronoun.alt !== undefined && (PRONOUNS.has(pronoun.alt) || pronoun.alt === 'you') ? pronoun.alt : pronoun.norm;
    if (word === 'you' || word === 'youre') return addressee;
    if (!PRONOUNS.has(word)) return undefined;
    return lastNamedBefore(mentions, pronoun.start, earliest, genderOf(word), tokens)?.officer;
  }
  // "Deepa Varma has had your letter since November and hasn't so much as acknowledged it": a verb
  // joined by "and" shares the sentence's subject, whatever objects stand between.
  // ("…and frankly isn't up to the job": an adverb may stand between.)
  let joined = hit.first - 1;
  // ("…and as far as I can tell has done nothing": the hedge and the auxiliary stand between too.)
  if (joined > sentenceFirst && (tokens.norm(joined) === 'has' || tokens.norm(joined) === 'had')) joined--;
  joined = beforeHedge(tokens, joined, sentenceFirst);
  while (joined > sentenceFirst && JOINED_ADVERBS.has(tokens.norm(joined)!)) joined--;
  if (joined > sentenceFirst && COORDINATORS.has(tokens.norm(joined)!) && FINITE.has(tokens.norm(hit.first)!)) {
    // After a lead-in that ends on a colon ("I'll be straight with you: Jamie Ellis was told…"), the clause opens there.
    const opening = sentenceSubject(tokens, afterLeadIn(text, tokens, sentenceFirst, hit.first), hit.first, startingAt);
    if (typeof opening === 'string') return lastNamedBefore(mentions, tokens.start(sentenceFirst)!, earliest, genderOf(opening), tokens)?.officer;
    if (opening) return opening.officer;
  }
  // "spreadsheets are not his strong point", "out of her depth": the possessive in the words is the person judged.
  for (let k = hit.first; k < hit.last; k++) {
    if (DETERMINER_PRONOUNS.has(tokens.norm(k)!)) return lastNamedBefore(mentions, tokens.start(k)!, earliest, genderOf(tokens.norm(k)!), tokens)?.officer;
  }
  let blocked = false;
  const clauses = relativeClauseTokens(tokens, text, sentenceFirst, hit.first, endingAt);
  let reach = SUBJECT_REACH;
  for (let k = hit.first - 1; k >= Math.max(sentenceFirst, hit.first - reach); k--) {
    if (clauses.has(k)) {
      reach++;
      continue;
    }
    const mention = endingAt.get(k);
    if (mention) return blocked ? undefined : mention.officer;
    // "He's simply not up to the job": the contraction is read as the pronoun.
    const token = tokens.get(k)!;
    const word = token.alt !== undefined && PRONOUNS.has(token.alt) ? token.alt : token.norm;
    // "his handling of her claim has been careless": "her" before a noun belongs to the noun, not the subject.
    if (DETERMINER_PRONOUNS.has(word) && k + 1 < hit.first && !CONDUCT_NOUNS.has(tokens.norm(k + 1)!)) continue;
    if (!blocked && PRONOUNS.has(word)) return lastNamedBefore(mentions, tokens.start(k)!, earliest, genderOf(word), tokens)?.officer;
    // "mark ellery strikes again … man is useless": "the man", "the woman" stand for the last one named.
    // ("man is useless" after "mrs p sat in all day": the man is not Mrs P.)
    // (A full stop before it opens a sentence even where lower case kept the splitter from seeing one.)
    const opensSentence = k === sentenceFirst || (k > 0 && /[.!?]/.test(text.slice(tokens.end(k - 1)!, tokens.start(k)!)));
    if (!blocked && PERSON_NOUNS.has(word) && (opensSentence || PERSON_DETERMINERS.has(tokens.norm(k - 1)!))) return lastNamedBefore(mentions, tokens.start(k)!, earliest, PERSON_NOUN_GENDER.get(word), tokens)?.officer;
    if (!blocked && (word === 'you' || word === 'youve' || word === 'youre')) return addressee;
    if (CONDUCT_NOUNS.has(word)) {
      // "the planning officer's report was wrong" criticises a report, which members may do (002 Annex A §4.5).
      const owner = endingAt.get(k - 1);
      if (owner && !owner.unlisted) return owner.officer;
      // "his case notes", "her draft report": one word may stand between the possessive and the noun.
      const before = k - 1 >= sentenceFirst ? tokens.norm(k - 1)! : '';
      const possessive = POSSESSIVES.has(before) || before === 'your' || k - 2 < sentenceFirst ? before : tokens.norm(k - 2)!;
      if (POSSESSIVES.has(possessive)) return lastNamedBefore(mentions, tokens.start(k - 1)!, earliest, genderOf(possessive))?.officer;
      // "your handling of this has been incompetent": the officer written to.
      if (possessive === 'your') return addressee;
    }
    if (blocked && PREPOSITIONS.has(word)) {
      const before = endingAt.get(k - 1);
      if (before) return before.officer;
    }
    if (NOT_A_PERSON.has(word)) blocked = true;
    else if (OTHER_SUBJECT.has(word) && !isRoleApposition(tokens, k, hit.first - 1)) blocked = true;
  }
  return undefined;
}

/** Plain nouns for a person, read like "he"/"she" when they open the verdict's subject. */
const PERSON_NOUNS = new Set(['man', 'woman', 'bloke', 'fella', 'fellow', 'guy', 'lad', 'chap', 'lady']);
const PERSON_NOUN_GENDER = new Map<string, Gender>([['man', 'male'], ['bloke', 'male'], ['fella', 'male'], ['lad', 'male'], ['chap', 'male'], ['guy', 'male'], ['woman', 'female'], ['lady', 'female']]);
const PERSON_DETERMINERS = new Set(['the', 'that', 'this']);

/** A sentence this short, all verdict ("Useless.", "Utterly clueless, as usual."), judges the last officer named before it. */
const VERDICT_TOKENS = 5;
/** Words a verdict sentence may hold besides the verdict itself ("Utterly clueless, as usual.", "Truly a rare talent."). */
const VERDICT_FILLERS = new Set(['utterly', 'completely', 'totally', 'absolutely', 'just', 'simply', 'frankly', 'honestly', 'quite', 'so', 'really', 'pretty',
  'truly', 'plain', 'plainly', 'again', 'as', 'usual', 'ever', 'always', 'then', 'once', 'more', 'yet', 'another']);

const VERDICT_JOINS = new Set(['and', 'but', 'or']);
const INDEFINITE = new Set(['a', 'an', 'any', 'some']);

/** The officer a verdict sentence with no subject of its own is about ("Darren swore it was sorted. … Useless."). */
function verdictOn(hit: LexiconHit<CriticismKind>, [from, to]: readonly [number, number], context: SubjectContext, hits: readonly LexiconHit<CriticismKind>[]): Officer | undefined {
  if (hit.entry.category !== 'capability' && hit.entry.category !== 'conduct') return undefined;
  const { tokens, mentions, earliest } = context;
  // "Hopeless, and not up to the job.": two verdicts joined are one verdict sentence too.
  const verdicts = hits.filter((h) => h.first >= from && h.last <= to && (h.entry.category === 'capability' || h.entry.category === 'conduct'));
  const covered = (k: number): boolean => verdicts.some((h) => k >= h.first && k < h.last);
  let other = 0;
  for (let k = from; k < to; k++) {
    if (covered(k)) continue;
    const word = tokens.norm(k)!;
    if (!VERDICT_FILLERS.has(word) && !(verdicts.length > 1 && VERDICT_JOINS.has(word))) return undefined;
    other++;
  }
  if (other + (hit.last - hit.first) > VERDICT_TOKENS && verdicts.length < 2) return undefined;
  const named = lastNamedBefore(mentions, tokens.start(from)!, earliest);
  if (!named) return undefined;
  // "Rob chased it. The contractor? Useless.": a thing named since the officer is what the verdict is on.
  // ("I was promised a plan by Christmas. … Hopeless.": a thing promised, "a plan", is not what is judged.)
  for (let k = named.last; k < from; k++) if (NOT_A_PERSON.has(tokens.norm(k)!) && !INDEFINITE.has(tokens.norm(k - 1) ?? '')) return undefined;
  return named.officer;
}

/** "it tells me he hadn't read the report", "which tells me…": the writer's own inference, not someone's account passed on. */
const INFERRED_FROM = new Set(['it', 'this', 'that', 'which', 'thats', 'what']);
function inferred(tokens: TokenList, first: number): boolean {
  return (tokens.norm(first) === 'tells' || tokens.norm(first) === 'informs') && INFERRED_FROM.has(tokens.norm(first - 1) ?? '');
}

/** ", which I'm sure is…" after a report: the writer comments on it in their own voice. */
function mockComment(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    if (tokens.norm(k) === 'which' && (tokens.norm(k + 1) === 'im' || (tokens.norm(k + 1) === 'i' && tokens.norm(k + 2) === 'am')) && tokens.hasWordIn(SURE, k + 1, k + 4)) return true;
  }
  return false;
}
const SURE = new Set(['sure']);

/** "I'm told 'we're gathering evidence', and I'm not convinced he…": the writer speaks for themselves again after the report. */
const FIRST_PERSON_SUBJECTS = new Set(['i', 'im', 'ive', 'id']);

function ownVoiceBetween(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FIRST_PERSON_SUBJECTS.has(tokens.norm(k)!)) return true;
  return false;
}

/** What "not the first time she…" must go on to say for the repeat to be a failing: "…signed off a road that's falling to bits". */
const REPEATED_FAILING = new Set([...FAILED, 'badly', 'poorly', 'falling', 'mess', 'mistake', 'mistakes', 'error', 'errors', 'complaint', 'complaints', 'without', 'unprepared']);

/** Where one clause of a sentence ends and another begins: "…with him, and I can understand why you feel…". */
const CLAUSE_BREAK = /;|[,–—-]\s*(?:and|but|so|though|although|while|whereas)\s/i;

/** Entries that, in an officer's mail, report what happened rather than judge a colleague. */
const PLAIN_ACCOUNT = new Set(['duty-not-done']);

/** "I am sorry Zoe Marsh was abrupt; I have spoken to her": a manager apologising for a colleague is handling it, not criticising. */
const APOLOGY_WORDS = new Set(['sorry', 'apologise', 'apologize', 'apologies', 'apology', 'regret', 'ymddiheuro', 'ymddiheuriadau']);

function apologisesFor(tokens: TokenList, [from, to]: readonly [number, number]): boolean {
  // "I'm sorry to say that it has stalled on her desk" is a hedge, not an apology.
  for (let k = from; k < to; k++) if (APOLOGY_WORDS.has(tokens.norm(k)!) && tokens.norm(k + 1) !== 'to') return true;
  return false;
}

/** Contractions of "he"/"she" ("he's", "she'd", "he'll"), to the pronoun whose gender they carry. */
const CONTRACTIONS = new Map([['hes', 'he'], ['shes', 'she'], ['hed', 'he'], ['shed', 'she'], ['hell', 'he'], ['shell', 'she']]);
/** Contractions that are also words ("shed", "hell"): a pronoun only when the token is longer than its letters. */
const CONTRACTED = new Set(['hed', 'shed', 'hell', 'shell']);
/** Pronouns that point back to the officer a sentence is about ("her inbox", "he's had since June"). */
// Welsh too: "Wnaeth e ddim…", "mae hi dal heb fod allan", "y trydydd tro eleni iddo anghofio…" (e'n, hi'n contract to "en", "hin").
const REFERRING = new Set([...STORY_PRONOUNS, ...CONTRACTIONS.keys(), 'e', 'ef', 'en', 'fo', 'fon', 'hi', 'hin', 'iddo', 'iddi', 'ganddo', 'ganddi', 'arno', 'arni']);
/** Welsh contractions with 'n, to the pronoun whose gender they carry. */
const WELSH_CONTRACTED = new Map([['en', 'e'], ['fon', 'fo'], ['hin', 'hi']]);

/** "she's never set foot…" above a forwarded e-mail: the subject, not "I have spoken to her" (the resident who wrote it). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'hes', 'shes']);
/** The first "From:" line of the thread below. */
const FROM_LINE = /^[ \t>]*(?:From|Oddi wrth|O):[ \t]*(.*)$/im;

/** The officer, when the thread below is their own e-mail (its first "From:" line gives their name or address), round 35. */
function threadAuthor(officer: Officer, quoted: string): Officer | undefined {
  const from = FROM_LINE.exec(quoted)?.[1]?.toLowerCase() ?? '';
  return from.includes(officer.email.toLowerCase()) || from.includes(officer.name.toLowerCase()) ? officer : undefined;
}

/** "Apparently so." / "Apparently not." alone, or "Apparently <officer> is "…"" with their word in quotation marks. */
function sarcasticApparently(tokens: TokenList, text: string, at: number, to: number, refs: readonly number[]): boolean {
  if (to - at === 2 && (tokens.norm(at + 1) === 'so' || tokens.norm(at + 1) === 'not')) return true;
  return refs.some((r) => r > at && r - at <= 3) && /["\u201c]/.test(text.slice(tokens.end(at)!, tokens.end(to - 1)!));
}

/** "can't even get X right": "right" within a few words. */
const GET_RIGHT_REACH = 6;
/** "excelled himself: … not a single mention": what is missing, said after the mock praise. */
const LACKING = new Set(['not', 'no', 'nothing', 'without', 'never', 'none', 'missed', 'forgot', 'forgotten', 'ignored', 'wrong']);

/** The proof a round 35 verdict needs after it (criticism.ts, 'botched-gated'). */
function gatedProof(tokens: TokenList, hit: LexiconHit<CriticismKind>, to: number): boolean {
  if (tokens.norm(hit.last - 1) === 'get') return tokens.hasWordIn(RIGHT, hit.last, Math.min(to, hit.last + GET_RIGHT_REACH));
  return tokens.hasWordIn(LACKING, hit.last, to);
}
const RIGHT = new Set(['right']);

/** The second reading: failings pinned on one officer across the message (officer-criticism-pattern.ts). */
function weighPattern(analysis: DraftAnalysis, tokens: TokenList, sentences: readonly { start: number; end: number }[], mentions: readonly PersonMention[], self: Officer | undefined,
  forwarded: Officer | undefined): Criticism | undefined {
  const ranges = sentences.map((s) => analysis.tokenRange(s));
  // "Apologies all - this one is my fault, not Mhairi's": a writer owning the failing is not pinning it on
  // anyone, whatever the sentences then say the officer did.
  if (ranges.length > 0 && apologies.find(tokens, ranges[0]![0], ranges[ranges.length - 1]![1]).length > 0) return undefined;
  // "To be clear, that is a difference of judgement, not a complaint": the writer says it is no criticism of the officer.
  // ("That isn't a difference of opinion, it's basic competence" denies it: round 31.)
  if (sentences.some((s) => NOT_A_COMPLAINT.test(analysis.draft.body.slice(s.start, s.end)) && !DENIED_DIFFERENCE.test(analysis.draft.body.slice(s.start, s.end)))) return undefined;
  // Where "he"/"she" may reach back to, worked out only for sentences that have one (a long body has few).
  const reach = new Map<number, number>();
  const earliest = (at: number): number => {
    let start = reach.get(at);
    if (start === undefined) reach.set(at, (start = sentences[storyStart(analysis, tokens, sentences, at)]!.start));
    return start;
  };
  const greeted = greetedAddressee(analysis);
  // "Lewis, for the CMT paper… Gareth, I asked you for the figures…": in a reply-all to several officers, a name said to the
  // reader at the head of a sentence is who "you" is until the paragraph ends (session 12).
  const spokenTo = vocatives(analysis, tokens, ranges, mentions);
  const weighed = weighFailings({
    tokens,
    text: analysis.draft.body,
    sentences: ranges,
    mentions: mentions.filter((m) => m.officer !== self),
    // ("I'm afraid the delay is down to Victoria": a sentence that names a member written to is not carried on about the officer before, round 31.)
    namesOther: (from, to) => {
      for (let k = from; k < to; k++) if (tokens.capitalised(k) && memberRecipientCalled(analysis, tokens.norm(k)!)) return true;
      return false;
    },
    pronounOfficer: (k, s) => {
      const token = tokens.get(k)!;
      const addressee = spokenTo[s] === null ? undefined : spokenTo[s] ?? greeted;
      // "Thanks Tomos. … Perhaps you could come over yourself?": "you" is the officer the message greets.
      if (addressee && addressee !== self && YOU_WORDS.has(token.norm)) return addressee;
      // "your dates arenae worth the paper", "your assurances", "your own committee report": their own word or work (session 12;
      // "your Head of Parking" is still another officer).
      if (addressee && addressee !== self && token.norm === 'your' && (YOUR_OWN.has(tokens.norm(k + 1) ?? '') || (tokens.norm(k + 1) === 'own' && YOUR_OWN.has(tokens.norm(k + 3) ?? '')) ||
        (tokens.norm(k + 1) === 'own' && YOUR_OWN.has(tokens.norm(k + 2) ?? '')))) return addressee;
      const word = token.alt !== undefined && REFERRING.has(token.alt) ? token.alt : token.norm;
      // "he'll", "she'd": a contraction (the token is longer than its letters), not the word "hell" or "shed".
      if (!REFERRING.has(word) || (CONTRACTED.has(word) && token.end - token.start <= word.length)) return undefined;
      const named = lastNamedBefore(mentions, token.start, earliest(s), genderOf(CONTRACTIONS.get(word) ?? WELSH_CONTRACTED.get(word) ?? word), tokens);
      // "FYI - see below. … I'm told she's never set foot on the street": with no one named before it in the writer's words,
      // "she" is the one officer whose e-mail is forwarded or answered below (round 35).
      const officer = named ? named.officer : forwarded && SUBJECT_PRONOUNS.has(word) && !mentions.some((m) => m.start < token.start) ? forwarded : undefined;
      return officer === self ? undefined : officer;
    },
    // "half the jobs he tells me are done aren't": the officer's own word, doubted, is no one else's report.
    reportedSentence: (s, refs) => reported.find(tokens, ranges[s]![0], ranges[s]![1]).some((r) => {
      // "…isn't the first time this has happened with him, and I can understand why you feel…": a report in a
      // later clause of its own does not take back what the writer said of the officer before it.
      if (refs.every((at) => at < r.first && CLAUSE_BREAK.test(analysis.draft.body.slice(tokens.end(at)!, tokens.start(r.first)!)))) return false;
      if (inferred(tokens, r.first)) return false;
      // ("Make of it what you will - I'm told she's never…": the writer stands behind what they pass on, round 35.)
      if (leftToReader(tokens, ranges[s]![0], ranges[s]![1])) return false;
      // "Apparently so.", 'Apparently Tom Baines is "on top of it".': the writer's shrug at their own question or at the
      // officer's word in quotation marks, not news passed on (round 34).
      if (tokens.norm(r.first) === 'apparently' && sarcasticApparently(tokens, analysis.draft.body, r.first, ranges[s]![1], refs)) return false;
      // "I'm told she's 'heads down on the transformation programme', which I'm sure is a great comfort to the families": the
      // writer's own comment on the report (session 12).
      if (mockComment(tokens, r.last, ranges[s]![1])) return false;
      const teller = tokens.norm(r.first);
      // "You told me last November this had been put right": the officer's own word, which the writer goes on to judge.
      const you = spokenTo[s] === null ? undefined : spokenTo[s] ?? greeted;
      if (teller === 'you' && you && you !== self && refs.includes(r.first)) return false;
      if (teller !== 'he' && teller !== 'she') return true;
      return lastNamedBefore(mentions, tokens.start(r.first)!, earliest(s), genderOf(teller), tokens)?.officer === undefined;
    }),
    officerSender: self !== undefined,
    threadStems: stemsOf(analysis.draft.body.slice(analysis.parts().quoted.start, analysis.parts().quoted.end)),
  });
  if (!weighed) return undefined;
  return { officer: weighed.officer, start: tokens.start(weighed.first)!, end: tokens.end(weighed.last - 1)! };
}

/** The first reading: criticism phrases whose subject is an officer (not the sender, not a report passed on). */
function phraseCriticisms(analysis: DraftAnalysis, hits: readonly LexiconHit<CriticismKind>[], mentions: readonly PersonMention[], self: Officer | undefined,
  [from, to]: readonly [number, number]): Criticism[] {
  const tokens = analysis.bodyTokens();
  const text = analysis.draft.body;
  const toOfficers = analysis.recipients.filter((r) => r.field === 'to' && r.person.kind === 'officer' && r.person.officer);
  const written = toOfficers.length === 1 && toOfficers[0]!.person.kind === 'officer' ? toOfficers[0]!.person.officer : greetedOfficer(analysis, toOfficers);
  // "I told the traders you hadn't replied. I was wrong": a member apologising to the officer takes back what "you" did not do.
  const addressee = written && apologies.find(tokens, from, to).length > 0 ? undefined : written;
  const endingAt = new Map(mentions.map((m) => [m.last - 1, m] as const));
  const startingAt = new Map(mentions.map((m) => [m.first, m] as const));
  const sentences = analysis.saidSentences();
  const found: Criticism[] = [];
  const passedOn: Criticism[] = [];
  for (const hit of hits) {
    const at = sentenceIndexAt(sentences, hit.start);
    if (at < 0) continue;
    const range = analysis.tokenRange(sentences[at]!);
    const [sentenceFirst] = range;
    // Passing back what a resident said is not the member's own criticism — but "you told me
    // something you knew was not true" says it of the officer written to.
    const ofAddressee = hit.first > sentenceFirst! && tokens.norm(hit.first - 1)! === 'you';
    const isReport = !ofAddressee && reported.find(tokens, Math.max(sentenceFirst!, hit.first - REPORTED_REACH), hit.first)
      .some((r) => !inferred(tokens, r.first) && !ownVoiceBetween(tokens, r.last, hit.first) && !tokens.hasWordIn(ANY_OF_IT, r.first - ANY_OF_IT_REACH, r.first));
    const earliest = sentences[storyStart(analysis, tokens, sentences, at)]!.start;
    const context = { text, tokens, sentenceFirst: sentenceFirst!, mentions, endingAt, startingAt, earliest, addressee };
    if (hit.entry.id === 'repeat-on-them' && !tokens.hasWordIn(REPEATED_FAILING, hit.last, range[1])) continue;
    if (hit.entry.id === 'botched-gated' && !gatedProof(tokens, hit, range[1])) continue;
    const officer = subjectOf(hit, context) ?? verdictOn(hit, range, context, hits);
    if (!officer || officer === self || (self && (PLAIN_ACCOUNT.has(hit.entry.id) || apologisesFor(tokens, range)))) continue;
    (isReport ? passedOn : found).push({ officer, start: hit.start, end: hit.end });
  }
  // A report passed on becomes the writer's own when they back it about the same officer ("This is not
  // the first time I have heard this about Mr Menzies").
  if (found.length === 0 && passedOn.length > 0) {
    for (const endorsed of endorsements.find(tokens, from, to)) {
      const sentence = sentenceIndexAt(sentences, endorsed.start);
      if (sentence < 0) continue;
      const [first, last] = analysis.tokenRange(sentences[sentence]!);
      const named = new Set(mentions.filter((m) => m.first >= first && m.last <= last && m.officer).map((m) => m.officer));
      const backed = passedOn.filter((c) => named.has(c.officer));
      if (backed.length === 0) continue;
      found.push(...backed);
      break;
    }
  }
  return found;
}

const MAX_AUDIENCE = 3;
/** How far into a quoted thread its writer's name is looked for (the headers and the first message). */
const THREAD_HEAD_TOKENS = 400;
/** About twelve pages of the writer's own words. */
const PATTERN_MAX_TOKENS = 6000;

/** One short quote in the message (the spans mark every word): the on-send alert has 500 characters. */
const MAX_QUOTES = 1;
const QUOTE_CHARS = 40;

/** Other members, people outside the council and member mailing lists: the audience the protocol means. */
function isWiderAudience(recipient: Recipient, senderEmail: string): boolean {
  const person = recipient.person;
  if (person.email === senderEmail) return false;
  if (person.kind === 'member' || person.kind === 'external') return true;
  return person.kind === 'mailbox' && (person.mailbox.kind === 'all-members' || person.mailbox.kind === 'party-group');
}

/**
 * An officer outside the criticised officer's line of management: not of their team and not the
 * Chief Executive (the head of every line). Another directorate's Director is outside it too.
 */
function isOutsideLine(recipient: Recipient, officer: Officer, senderEmail: string, directory: DirectoryIndex): boolean {
  const person = recipient.person;
  if (person.kind !== 'officer' || !person.officer || person.email === senderEmail || person.officer === officer) return false;
  if (isChiefExecutive(person.officer)) return false;
  // A post the directory cannot place has no known team: only its chief officers are sure to be in line.
  if (!officer.team) return person.officer.grade !== 'chief';
  if (person.officer.team === officer.team) return false;
  if (person.officer.grade !== 'chief') return true;
  // A Director copied (round 31): their own team's, or one whose directorate names the team ("Director of Neighbourhoods
  // and Housing" over Housing). When none does ("Strategic Director of Place" over "Waste and Street Scene"), the
  // directory cannot say which Director is theirs, so a Director copied may be their line of management.
  const over = chiefsOver(officer, directory);
  return over.length > 0 && !over.includes(person.officer);
}

/** Words of a team or a directorate that do not name a service: "Director of… and… Services". */
// (Words of two letters or fewer are never read: "of", "ac", "yr".)
const DIRECTORATE_FILLER = new Set(['and', 'the', 'for', 'services', 'service', 'director', 'strategic', 'executive', 'corporate', 'chief', 'deputy', 'depute',
  'assistant', 'interim', 'acting', 'head', 'officer', 'monitoring', 'section', 'team', 'gwasanaethau', 'cyfarwyddwr', 'pennaeth', 'swyddog', 'prif']);
const directorateWords = (text: string): string[] => (text.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? []).filter((w) => w.length > 2 && !DIRECTORATE_FILLER.has(w));

/** The chief officers over the officer's team: its own, else those whose team or job title shares a service word with it. */
function chiefsOver(officer: Officer, directory: DirectoryIndex): Officer[] {
  const chiefs = directory.directory.officers.filter((o) => o.grade === 'chief' && !isChiefExecutive(o));
  const own = chiefs.filter((o) => o.team === officer.team);
  if (own.length > 0) return own;
  const words = new Set(directorateWords(officer.team ?? ''));
  return chiefs.filter((o) => directorateWords(`${o.team ?? ''} ${o.jobTitle ?? ''}`).some((w) => words.has(w)));
}

const isChiefExecutive = (o: Officer): boolean => o.grade === 'chief' && /chief executive|prif weithredwr/i.test(`${o.team ?? ''} ${o.jobTitle ?? ''}`);

function describe(recipient: Recipient, directory: DirectoryIndex, t: Translator): string {
  const name = recipient.address.name ?? recipient.person.name;
  if (recipient.person.kind === 'external') return t.t(directory.isMediaAddress(recipient.person.email) ? 'officer-criticism.press' : 'officer-criticism.outside', { name });
  return name;
}

/** The officer's Director: the chief officer of their team, else the chief officers (Chief Executive first). */
function directorsOf(officer: Officer, directory: DirectoryIndex): Officer[] {
  const chiefs = directory.directory.officers.filter((o) => o.grade === 'chief');
  const own = chiefs.filter((o) => o.team === officer.team);
  if (own.length > 0) return own.slice(0, 1);
  return [...chiefs.filter(isChiefExecutive), ...chiefs.filter((o) => !isChiefExecutive(o))].slice(0, 3);
}

function privateFix(director: Officer, wider: readonly Recipient[], recipients: readonly Recipient[], t: Translator): Fix {
  const present = recipients.some((r) => r.person.kind === 'officer' && r.person.officer === director);
  const edits: Edit[] = [
    ...(present ? [] : [{ op: 'addRecipient' as const, field: 'to' as const, email: director.email, name: director.name }]),
    ...wider.map((r): Edit => ({ op: 'removeRecipient', field: r.field, email: r.address.email })),
  ];
  const title = director.jobTitle ? `${director.name} (${shownJobTitle(director.jobTitle, t.lang)})` : director.name;
  return { title: t.t('officer-criticism.fix', { director: title }), edits };
}

export const officerCriticism = defineRule({
  meta: {
    id: 'officer-criticism',
    description: en['officer-criticism.description'],
    severity: 'warning',
    citation: en['officer-criticism.citation'],
    fixable: true,
  },
  check({ analysis, directory, draft, t }) {
    // Members and officers alike avoid personal criticism of officers in front of others (003 §3.4(4));
    // an officer's plain account of what a colleague did not do is an explanation, not criticism.
    const sender = analysis.sender;
    if (sender.kind !== 'member' && sender.kind !== 'officer') return [];
    const self = sender.kind === 'officer' ? sender.officer : undefined;
    const senderEmail = analysis.sender.email;
    const beyondLine = analysis.recipients.filter((r) => isWiderAudience(r, senderEmail) || r.person.kind === 'officer');
    if (beyondLine.length === 0) return [];
    // The message and any "P.S." below the signature: both are the sender's own words.
    const [from, to] = analysis.tokenRange(analysis.saidRange());
    const tokens = analysis.bodyTokens();
    const hits = criticisms.find(tokens, from, to);
    // The second reading weighs a letter's sentences about one officer; a message longer than any letter
    // (a pasted report, a 1 MB body) gets the phrase reading only, so the check stays linear and fast.
    if (hits.length === 0 && to - from > PATTERN_MAX_TOKENS) return [];
    // The officers named at the head of the quoted thread (its From/To lines, its greeting and signature):
    // a first name alone above it means them.
    const [threadFrom, threadTo] = analysis.tokenRange(analysis.parts().quoted);
    const thread = threadTo > threadFrom
      ? new Set(findPersonMentions(directory.directory, tokens, threadFrom, Math.min(threadTo, threadFrom + THREAD_HEAD_TOKENS), draft.body)
        .flatMap((m) => (m.officer && !m.unlisted ? [m.officer] : [])))
      : undefined;
    const mentions = findPersonMentions(directory.directory, tokens, from, to, draft.body, thread);
    const sentences = analysis.saidSentences();
    const found = hits.length > 0 ? phraseCriticisms(analysis, hits, mentions, self, [from, to]) : [];
    if (found.length === 0) {
      // The one officer at the head of the thread below who wrote it, for "he"/"she" with no one named before it (round 35).
      const forwarded = thread && thread.size === 1 ? threadAuthor([...thread][0]!, draft.body.slice(analysis.parts().quoted.start, analysis.parts().quoted.end)) : undefined;
      const weighed = weighPattern(analysis, tokens, sentences, mentions, self, forwarded);
      if (weighed) found.push(weighed);
    }
    if (found.length === 0) return [];
    const officer = found[0]!.officer;
    // Other members, the public, the press — and officers of other teams below Director.
    const wider = beyondLine.filter((r) => isWiderAudience(r, senderEmail) || isOutsideLine(r, officer, senderEmail, directory));
    if (wider.length === 0) return [];
    const about = found.filter((c) => c.officer === officer);
    const directors = directorsOf(officer, directory);
    const quoted = about.slice(0, MAX_QUOTES).map((c) => `"${briefQuote(draft.body.slice(c.start, c.end), QUOTE_CHARS)}"`).join(', ');
    // Three names at most, then "and N others": the on-send alert has 500 characters.
    const audience = briefList(t, wider.map((r) => describe(r, directory, t)), MAX_AUDIENCE);
    const director = directors.length === 1 ? `${directors[0]!.name}${directors[0]!.jobTitle ? `, ${shownJobTitle(directors[0]!.jobTitle, t.lang)}` : ''}` : undefined;
    return [{
      message: t.t('officer-criticism.message', { officer: officer.name, quoted, audience, hasDirector: director ? 'yes' : 'no', director }),
      recipients: wider.map((r) => ({ email: r.address.email, field: r.field })),
      spans: about.map((c) => ({ start: c.start, end: c.end, text: draft.body.slice(c.start, c.end) })),
      fixes: directors.map((d) => privateFix(d, wider, analysis.recipients, t)),
    }];
  },
});
