// The second reading of officer-criticism: no single damning phrase, but a run of sentences that
// pin failings on one named officer — what they did not do, that it keeps happening, that their word
// cannot be trusted, a verdict on their standard — said in the writer's own voice. Writers run an
// officer down in endless words ("she never logged it, so it sat in her inbox for a fortnight; it
// isn't the first time"), so this counts kinds of evidence about a person rather than phrases.
import type { Officer } from '../config/directory-schema';
import type { PersonMention } from '../people/officer-mentions';
import { wordsAt, type TokenList } from '../text/tokens';
import { backsComplaint, explanationMocked, leftToReader, lostCount, tenureBlamed, tenureFine, veiledCriticism } from './officer-criticism-veiled';

/** A duty not done, said of the officer after their name or pronoun: "she never logged it". */
export const FAILED = new Set(['not', 'never', 'barely', 'didnt', 'hasnt', 'hadnt', 'havent', 'wasnt', 'werent', 'doesnt', 'wont', 'wouldnt', 'couldnt', 'cant', 'cannot',
  'failed', 'forgot', 'forgotten', 'missed', 'ignored', 'cancelled', 'canceled', 'nothing', 'late', 'refused', 'refuses', 'refusal', 'wrong', 'lost', 'heb',
  // Scots: "couldnae", "didnae", "cannae", "wisnae".
  'couldnae', 'wouldnae', 'didnae', 'cannae', 'canna', 'wisnae', 'isnae', 'hasnae', 'havnae', 'dinnae', 'disnae', 'willnae', 'ddim', 'erioed', 'anghofio', 'anghofiodd',
  // "you neither objected nor asked for an adjournment" (session 12; only just after them: see heldAgainstThem).
  'neither']);
/** It keeps happening: "again", "every quarter", "three times", "not the first time". */
// (Welsh "eto" again, "bob" every, "trydydd"/"pedwerydd"/"pumed" third/fourth/fifth: "Dyma'r pedwerydd e-bost i mi ei anfon atoch chi".)
const REPEATED = new Set(['again', 'always', 'every', 'twice', 'repeatedly', 'usual', 'constantly', 'still', 'third', 'fourth', 'fifth', 'keeps', 'eto', 'bob',
  'trydydd', 'drydydd', 'drydedd', 'trydedd', 'pedwerydd', 'bedwerydd', 'pumed', 'bumed']);
const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'countless', 'numerous']);
/** Their word doubted: "never true", "is it credible", "whatever makes the problem go away". */
const DOUBTED = new Set(['true', 'untrue', 'credible', 'trust', 'trusted', 'believe', 'believed', 'straight', 'straightforward', 'honest', 'honesty', 'excuses',
  'flannel', 'runaround', 'whatever', 'supposedly', 'allegedly', 'assurance', 'assurances', 'assured', 'assures', 'claimed', 'claims', 'prefer', 'quietly', 'faith', 'wir', 'gwir', 'accurate', 'inaccurate', 'confidence', 'confident', 'believing', 'trusting']);
/** A verdict on their standard: "falls well short of what I expect", "with her experience", "the bigger problem is Kieran". */
const JUDGED = new Set(['short', 'expect', 'expected', 'experience', 'standard', 'standards', 'competent', 'competence', 'capable', 'basic', 'basics', 'clue',
  'faintest', 'simply', 'precisely', 'clearly', 'obviously', 'plainly', 'remarkable', 'remarkably', 'eventually', 'bothered', 'bother', 'problem', 'responsibility',
  'pieces', 'shambles', 'joke', 'attention', 'sunk', 'excuse', 'flannel', 'else', 'useless', 'hopeless', 'par', 'attitude', 'poor', 'sloppy', 'shoddy', 'slapdash', 'careless', 'grip', 'league',
  // Welsh: sylfaenol (basic), gobaith (hope: "does dim gobaith"), safon (standard).
  'sylfaenol', 'gobaith', 'safon']);
/** The writer's reaction to what an officer did: "I'm frankly embarrassed by it", "I was appalled". */
const REACTIONS_LIST = ['embarrassed', 'appalled', 'ashamed', 'dismayed', 'horrified', 'disgusted'];
/** The writer takes a stand: "frankly", "to be honest", "I'm afraid", "between you and me", "off the record". */
const STANCE = new Set(['frankly', 'afraid', 'sadly', 'disappointing', 'disappointed', 'unacceptable', 'between', 'honestly', 'beginning', 'wonder', 'candid',
  // The writer's own reaction: "I'm frankly embarrassed by it" (session 12).
  ...REACTIONS_LIST]);
/** Doubt words that are doubt only when denied: "no faith in", "not straight with", "can't trust". */
const NEEDS_NEGATION = new Set(['faith', 'trust', 'trusted', 'believe', 'believed', 'credible', 'straight', 'straightforward', 'honest', 'honesty', 'true', 'accurate', 'confidence', 'confident', 'believing', 'trusting']);
const NEGATIONS = new Set(['not', 'no', 'nae', 'never', 'nothing', 'wouldnt', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'couldnt', 'isnt', 'wasnt', 'werent', 'hasnt', 'havent',
  'hadnt', 'lost', 'little', 'hardly', 'less', 'longer', 'nor', 'neither', 'stopped', 'ddim', 'dim',
  // South Walian "Sa i'n credu gair" (I don't believe a word), Welsh "nid".
  'sa', 'sai', 'nid']);
const NEGATION_REACH = 8;
const EVERY_UNITS = new Set(['time', 'times', 'day', 'week', 'month', 'quarter', 'year', 'morning', 'deadline', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'visit',
  'call', 'meeting', 'committee', 'single', 'other', 'one']);
/** "a great deal", "a great many": "great" as a measure, not praise (round 35). */
const GREAT_MEASURES = new Set(['deal', 'many', 'length', 'lengths', 'majority', 'number']);
const PRAISE_UNLESS_DENIED = new Set(['capable', 'competent', 'competence', 'grip', 'league']);
const LESSON_SUBJECTS = new Set(['he', 'she', 'they', 'you']);
const LESSON_MODALS = new Set(['could', 'might', 'should', 'may', 'ought', 'try', 'need', 'needs', 'will']);

function negatedBefore(tokens: TokenList, at: number, from: number): boolean {
  return tokens.hasWordIn(NEGATIONS, Math.max(from, at - NEGATION_REACH), at);
}

/** Words that turn the one after round: "not acceptable", "well thank you" (sarcasm), "can only assume". */
const NOT_BEFORE = new Set(['not', 'isnt', 'wasnt', 'hardly']);
/** Praise of the officer anywhere in the message: then the rest is not a case against them. */
const PRAISED = new Set(['thank', 'thanks', 'thanked', 'grateful', 'great', 'excellent', 'brilliant', 'helpful', 'credit', 'praise', 'fantastic', 'superb',
  'appreciate', 'appreciated', 'pleased', 'impressed', 'tireless', 'diolch', 'compliments', 'compliment', 'commend', 'commended', 'proud']);
/** A fair excuse in the sentence: then it is not a failing pinned on them. */
const EXCUSED = new Set(['fair', 'fairness', 'sick', 'illness', 'ill', 'leave', 'bereavement', 'compassionate',
  'maternity', 'paternity', 'workload', 'caseload', 'backlog', 'stretched', 'vacancies', 'vacancy', 'understaffed', 'covering', 'fault']);
const IMPERSONAL_CAUSE = new Set(['the', 'of', 'a', 'an', 'there', 'its', 'it']);
/** Another subject between the officer and the failing: "Tom asked if we could…, but I didn't". */
const OTHER_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'residents', 'nobody', 'everyone', 'it', 'im', 'ive', 'weve', 'youve', 'theyve']);
/** Sentences that go on about the one before: "That falls well short…", "It isn't the first time". */
// (And the sarcastic comment on what was just said: "Remarkable, isn't it, how the ones that go missing…", "Funny how…".)
// (Welsh "Nid dyma'r tro cynta" it's not the first time, "Doedd e ddim yn wir" it wasn't true: session 12.)
const CARRY_OPENERS = new Set(['that', 'this', 'it', 'its', 'which', 'thats', 'not', 'remarkable', 'funny', 'strange', 'odd', 'curious', 'amazing', 'extraordinary',
  'nid', 'doedd', 'dyw', 'dydy']);
/** A sentence this short that names the officer is a line said to them ("Well done Liam."). */
const ADDRESS_TOKENS = 4;
/** How many sentences after such a line go on about them. */
const ADDRESS_CARRY = 3;
/** How many tokens either side of the officer's name or pronoun the other evidence may stand. */
const EVIDENCE_REACH = 20;
/** How many tokens after the officer a failing may stand and still be theirs. */
const FAILING_REACH = 8;

export type Evidence = 'failed' | 'repeated' | 'doubted' | 'judged' | 'stance';

export interface PatternContext {
  tokens: TokenList;
  /** The body the tokens index (for a question mark at a sentence's end). */
  text: string;
  /** The said sentences as token ranges, in order. */
  sentences: readonly (readonly [number, number])[];
  mentions: readonly PersonMention[];
  /** The officer a pronoun at this token stands for, if any. */
  pronounOfficer: (at: number, sentence: number) => Officer | undefined;
  /** Sentences that pass on someone else's words ("residents tell me…"), about the officer referred to at these tokens. */
  reportedSentence: (sentence: number, refs: readonly number[]) => boolean;
  /** An officer writing about a colleague: a plain account of a failing is an explanation, not criticism. */
  officerSender: boolean;
  /** Does the sentence name a member or someone else who is no officer ("the delay is down to Victoria")? */
  namesOther?: (from: number, to: number) => boolean;
  /** Word stems (first five letters) of the quoted thread being answered: a phrase in quotation marks that echoes them is the officer's own words thrown back. */
  threadStems?: ReadonlySet<string>;
}

export interface PatternFinding {
  officer: Officer;
  /** Token range of the sentence that says most. */
  first: number;
  last: number;
}

interface Weight {
  kinds: Set<Evidence>;
  sentences: number;
  /** Sentences that each pass a verdict on them ("Does Dean actually read…?", "Has he been… even once?", "How does it take one officer four months…?"). */
  verdicts?: number;
  /** One of them said with emphasis ("actually", "even", "really"): plain questions ("Does Zoe know? Has she read it?") are not verdicts. */
  emphatic?: boolean;
  best: { first: number; last: number; size: number };
}
/** So many separate verdicts on one officer weigh as much as two kinds of evidence. */
const VERDICT_SENTENCES = 3;

function evidenceIn(tokens: TokenList, text: string, from: number, to: number, refs: readonly number[], threadStems?: ReadonlySet<string>): Set<Evidence> | 'praised' | 'courtesy' | undefined {
  const kinds = new Set<Evidence>();
  let courtesy = false;
  const questioned = /\?/.test(text.slice(tokens.end(to - 1)!, (tokens.start(to) ?? text.length)));
  for (let k = from; k < to; k++) {
    const word = tokens.norm(k)!;
    // "Well thank you Hannah. Fourteen months to put up two signs.": thanks after "well" is sarcasm, not praise.
    // "im not impressed", "I'm hardly grateful": praise denied is a verdict, not praise.
    // "Thanks so much for this, Nadia – only five months after you told us…": thanks with the delay beside it is sarcasm (session 12).
    if (PRAISED.has(word) && sarcasticThanks(tokens, k, to)) {
      kinds.add('stance');
      continue;
    }
    // "Six weeks to tell me you've "opened a file" - I'm genuinely impressed.": praise in a sentence that counts the time
    // taken or throws their own words back is sarcasm (round 31).
    if (PRAISED.has(word) && PRAISE_TURNED.has(word) && praiseMocked(tokens, text, from, to, threadStems)) {
      kinds.add('stance');
      continue;
    }
    // "nid bai Rhodri Beynon yw hyn" (this is not Rhodri's fault), "… and I believe him": the writer clears the officer (session 12).
    if (clearsThem(tokens, text, k, from, to, refs)) return 'praised';
    if (PRAISED.has(word) && DENIED_PRAISE.has(tokens.norm(k - 1) ?? '')) {
      if (refs.some((r) => Math.abs(k - r) <= EVIDENCE_REACH)) kinds.add('judged');
      continue;
    }
    // "I appreciate it was a long meeting, but…": a concession, not praise.
    if ((word === 'appreciate' || word === 'understand') && CONCEDED.has(tokens.norm(k + 1) ?? '')) continue;
    // "I appreciate you have a lot on but this is basic stuff": a clause granted before "but" (round 34; "I appreciate you
    // taking the time" is thanks).
    if ((word === 'appreciate' || word === 'understand') && grantedClause(tokens, k, to)) continue;
    // "I shall look forward with great excitement to the fourth", "which I'm sure is a great comfort to the families": mock delight (session 12).
    if (word === 'great' && MOCK_FEELINGS.has(tokens.norm(k + 1) ?? '')) {
      kinds.add('stance');
      continue;
    }
    // "Well done to Rob for discovering the extension eighteen months after everybody else": congratulations with the delay beside them (round 31).
    if (word === 'done' && tokens.norm(k - 1) === 'well' && delayAfter(tokens, k, to)) {
      kinds.add('stance');
      continue;
    }
    // "Thank you Wendy.": a courtesy line alone shields the officer only until the letter mocks them (session 12).
    if (PRAISED.has(word) && to - from <= COURTESY_TOKENS && k === from) {
      courtesy = true;
      continue;
    }
    // ("I'd be grateful if you'd take it up": a request's courtesy, not praise, round 31.)
    if (word === 'grateful' && tokens.norm(k - 1) === 'be' && tokens.norm(k + 1) === 'if') continue;
    // "I wish I could tell you Zoe Marsh had been helpful": praise wished for is a verdict (round 34).
    // ("I wish I could thank her enough" is thanks: the praise must be what the writer wishes they could say of them.)
    if (PRAISED.has(word) && WAS.has(tokens.norm(k - 1) ?? '') && tokens.hasWordIn(WISH, from, k) && tokens.hasWordIn(SAY_OF, from, k)) {
      kinds.add('judged');
      continue;
    }
    // ("I'm sure she has a great deal on her plate, but…": "a great deal", "a great many" measure, round 35.)
    if (word === 'great' && GREAT_MEASURES.has(tokens.norm(k + 1) ?? '')) continue;
    if (PRAISED.has(word) && tokens.norm(k - 1) !== 'well') return 'praised';
    // Scots "Aye right" after their word: not believed.
    if (word === 'right' && tokens.norm(k - 1) === 'aye' && k - 1 === from) kinds.add('doubted');
    // "his record-keeping has been a problem for a while", "it's a pattern with her": it keeps happening.
    if ((word === 'while' && tokens.norm(k - 1) === 'a' && tokens.norm(k - 2) === 'for') || (word === 'pattern' && tokens.norm(k + 1) === 'with')) kinds.add('repeated');
    // "customer care isn't Mr Walsh's strongest suit": understatement.
    if (word === 'suit' && (tokens.norm(k - 1) === 'strongest' || tokens.norm(k - 1) === 'strong' || tokens.norm(k - 1) === 'best') && negatedBefore(tokens, k, from)) kinds.add('judged');
    // "still no reply from Gordon": a reply not given.
    if ((word === 'reply' || word === 'response' || word === 'answer' || word === 'acknowledgement') && (tokens.norm(k - 1) === 'no' || tokens.norm(k - 1) === 'nae') && refs.some((r) => r > k && r - k <= 3)) kinds.add('failed');
    // "must be nice", "a mere councillor": mock envy of the officer's diary.
    if ((word === 'nice' && tokens.norm(k - 1) === 'be' && tokens.norm(k - 2) === 'must') || (word === 'mere' && (tokens.norm(k + 1) === 'councillor' || tokens.norm(k + 1) === 'member' || tokens.norm(k + 1) === 'resident'))) kinds.add('stance');
    // "How many more months does Mr Dalgleish need…?": the wait goes on.
    if (word === 'more' && tokens.norm(k - 1) === 'many' && tokens.norm(k - 2) === 'how') kinds.add('repeated');
    // Scots "haverin'" (talking nonsense): their word not believed.
    if (word === 'haverin' || word === 'havering' || word === 'havers') kinds.add('doubted');
    // "The one bright spot has been Amy Crichton, who has gone out of her way for Cairnhill Drive".
    if ((word === 'spot' && tokens.norm(k - 1) === 'bright') || (word === 'way' && tokens.norm(k - 2) === 'of' && tokens.norm(k - 3) === 'out' && (tokens.norm(k - 1) === 'her' || tokens.norm(k - 1) === 'his' || tokens.norm(k - 1) === 'their'))) return 'praised';
    // "how well Shona Petrie handled the public meeting".
    if (word === 'well' && tokens.norm(k - 1) === 'how') return 'praised';
    // "he's been really good" (not "not good enough").
    // ("the good news", "good morning", "good luck" praise no one.)
    if (word === 'good' && !NOT_BEFORE.has(tokens.norm(k - 1) ?? '') && tokens.norm(k - 1) !== 'no' && tokens.norm(k + 1) !== 'enough' && !GOOD_NOT_PRAISE.has(tokens.norm(k + 1) ?? '')) return 'praised';
    // "I can't think of a single appeal he's lost": no failure of theirs the writer can name is praise (round 31).
    if (noneNamed(tokens, from, to, k, refs) === 'failure') return 'praised';
    // The writer's stand covers the sentence ("Off the record, and please don't use this: …").
    if (STANCE.has(word)) kinds.add('stance');
    // "…and as far as I can tell has done precisely nothing with them": nothing done, with emphasis, after them (the hedge's "I" is no subject).
    if (word === 'nothing' && EMPHATIC_NOTHING.has(tokens.norm(k - 1) ?? '') && refs.some((r) => r < k && k - r <= 2 * EVIDENCE_REACH && !tokens.slice(r + 1, k).some((t, i) => OTHER_SUBJECTS.has(t.norm) && !hedgeAt(tokens, r + 1 + i)))) kinds.add('failed');
    // In a long run-on message ("greenways are hopeless frankly … i've told carl nixon"), only words near the officer count.
    if (!refs.some((r) => Math.abs(k - r) <= EVIDENCE_REACH)) continue;
    if (word === 'acceptable' && NOT_BEFORE.has(tokens.norm(k - 1) ?? '')) kinds.add('judged');
    // "which honestly isn't good enough".
    if (word === 'enough' && tokens.norm(k - 1) === 'good' && NOT_BEFORE.has(tokens.norm(k - 2) ?? '')) kinds.add('judged');
    // "which I find very hard to understand from an officer with her experience".
    if (word === 'understand' && tokens.norm(k - 1) === 'to' && (tokens.norm(k - 2) === 'hard' || tokens.norm(k - 2) === 'difficult')) kinds.add('stance');
    // "I've given up expecting anything from him", "stopped expecting straight answers".
    if (word === 'expecting' && (tokens.norm(k - 1) === 'up' || tokens.norm(k - 1) === 'stopped')) kinds.add('doubted');
    // "to put it kindly", "to put it mildly".
    if ((word === 'kindly' || word === 'mildly' || word === 'politely') && tokens.norm(k - 1) === 'it' && tokens.norm(k - 2) === 'put') kinds.add('stance');
    // "I can only assume he did the inspection with his eyes shut".
    if (word === 'assume' && tokens.norm(k - 1) === 'only') kinds.add('stance');
    // "forgive me if I don't hold my breath": their word not believed.
    if (word === 'breath' && (tokens.norm(k - 1) === 'my' || tokens.norm(k - 1) === 'your') && tokens.norm(k - 2) === 'hold') kinds.add('doubted');
    // "Four months of active reviewing - impressive stuff.": praise that is not meant.
    if (word === 'stuff' && tokens.norm(k - 1) === 'impressive') kinds.add('stance');
    // "before Mr Fox gets round to measuring it": the pace mocked.
    if ((word === 'round' || word === 'around') && tokens.norm(k + 1) === 'to' && GETS.has(tokens.norm(k - 1) ?? '') && refs.some((r) => r < k && k - r <= 3)) kinds.add('judged');
    // A question no one needs answered, about a duty anyone would do: "Does she read her emails?",
    // "Does anybody check what she signs off?", "How many times does Natalie need to be told?"
    // ("And is anybody actually checking his work?": a leading "and"/"but"/"so" opens the question too.)
    // (Or after a lead-in that ends on a colon or a dash: "So a genuine question: does anybody look at what Jade marks as complete?",
    // "Dwi ddim yn gwybod beth arall alla i wneud – ydy hi jyst ddim yn darllen ei negeseuon?")
    if (questioned && (k === from || (k === from + 1 && LEADING_CONJUNCTIONS.has(tokens.norm(from)!)) || opensAfterBreak(text, tokens, k)) && RHETORICAL_OPENERS.has(word) && tokens.hasWordIn(DUTIES, k + 1, Math.min(to, k + RHETORICAL_REACH))) kinds.add('judged');
    // "or is that asking too much?", "is it really too much to expect…": mock restraint.
    if (word === 'much' && tokens.norm(k - 1) === 'too' && (tokens.norm(k - 2) === 'asking' || (tokens.norm(k + 1) === 'to' && (tokens.norm(k + 2) === 'expect' || tokens.norm(k + 2) === 'ask')))) kinds.add('stance');
    // Welsh: "neu ydy hynny'n ormod i'w ofyn?" (or is that too much to ask?).
    if ((word === 'ormod' || word === 'gormod') && tokens.norm(k + 1) === 'iw' && (tokens.norm(k + 2) === 'ofyn' || tokens.norm(k + 2) === 'ddisgwyl')) kinds.add('stance');
    // "I'm sorry to say", "sad to say".
    if (word === 'say' && tokens.norm(k - 1) === 'to' && (tokens.norm(k - 2) === 'sorry' || tokens.norm(k - 2) === 'sad')) kinds.add('stance');
    // "at that rate of progress we should see permits around 2031": the pace mocked.
    if (word === 'rate' && (tokens.norm(k - 1) === 'that' || tokens.norm(k - 1) === 'this') && tokens.norm(k - 2) === 'at') kinds.add('judged');
    // "not sure how much of what Mr Sneddon tells members is true": their word doubted, the officer after the doubt.
    if (word === 'sure' && (tokens.norm(k - 1) === 'not' || tokens.norm(k - 1) === 'longer') && refs.some((r) => r > k && r - k <= EVIDENCE_REACH / 2)) kinds.add('doubted');
    // "I'm sure they'll be overwhelmed by the pace of it all": delight promised in mockery.
    if (MOCK_DELIGHT.has(word) && sureBefore(tokens, k, from)) kinds.add('stance');
    // "I'm sure you'll have it all in hand by the time it happens again": control promised in mockery (session 11, round 26).
    // (Only with the repeat it looks forward to: "I'm sure you'll have it in hand" alone is sincere.)
    if ((word === 'hand' && tokens.norm(k - 1) === 'in') && sureBefore(tokens, k, from) && tokens.hasWordIn(REPEATED, k + 1, to)) kinds.add('stance');
    // "who, if anybody, checks her work?": mock doubt that anyone does.
    if (questioned && (word === 'anybody' || word === 'anyone') && tokens.norm(k - 1) === 'if') kinds.add('stance');
    // "has obviously been very busy doing whatever it is she does all day".
    // (Busy with something unnamed: "busy with the flooding" is an excuse, not mockery.)
    if (word === 'busy' && (tokens.norm(k - 1) === 'very' || tokens.norm(k - 1) === 'so') && tokens.hasWordIn(OBVIOUSLY, k - 4, k) && tokens.hasWordIn(UNNAMED, k + 1, k + 4)) kinds.add('stance');
    if (word === 'whatever' && tokens.norm(k + 1) === 'it' && tokens.norm(k + 2) === 'is' && (tokens.norm(k + 3) === 'he' || tokens.norm(k + 3) === 'she') && tokens.norm(k + 4) === 'does') kinds.add('judged');
    // "I'm sure she's been terribly busy with something": an excuse offered in mockery.
    if (word === 'busy' && (sureBefore(tokens, k, from) || tokens.norm(k - 1) === 'terribly')) kinds.add('stance');
    // "couldnae find his way out of a paper bag".
    if (word === 'bag' && tokens.norm(k - 1) === 'paper' && tokens.norm(k - 2) === 'a' && tokens.norm(k - 3) === 'of') kinds.add('judged');
    // "I genuinely don't know what Ryan does with his week", "God knows what she does all day".
    if ((word === 'what' || word === 'how') && (tokens.norm(k - 1) === 'knows' || (tokens.norm(k - 1) === 'know' && NEGATIONS.has(tokens.norm(k - 2) ?? ''))) && refs.some((r) => r > k && r - k <= 2)) kinds.add('judged');
    // "she'd not know a category 1 defect if she fell into one", "wouldnt know a parking problem if one parked on his drive".
    if (word === 'fell' && tokens.norm(k - 2) === 'if' && (tokens.norm(k + 1) === 'into' || tokens.norm(k + 1) === 'over') && (tokens.norm(k + 2) === 'one' || tokens.norm(k + 2) === 'it')) kinds.add('judged');
    if (word === 'know' && WOULD_NOT.has(tokens.norm(k - 1) ?? '') && tokens.hasWordIn(IF, k + 1, Math.min(to, k + 1 + IDIOM_IF_REACH))) kinds.add('judged');
    // "leave it with me, I'll go over his head": the officer passed over.
    if (word === 'head' && tokens.norm(k - 2) === 'over' && (tokens.norm(k - 1) === 'his' || tokens.norm(k - 1) === 'her')) kinds.add('stance');
    // "I'm beginning to wonder whether you read your emails at all": a duty anyone would do, doubted.
    // ("I wonder if you could check the figures" is a request: the duty must follow the officer at once.)
    if ((word === 'whether' || word === 'if') && tokens.norm(k - 1) === 'wonder' && refs.includes(k + 1) &&
      (DUTIES.has(tokens.norm(k + 2) ?? '') || (EMPHASIS.has(tokens.norm(k + 2) ?? '') && DUTIES.has(tokens.norm(k + 3) ?? '')))) kinds.add('judged');
    // Welsh "a bod yn onest" (to be honest); "dydw i ddim yn siŵr ei fod e'n barod" (I'm not sure he is ready): doubt of the person after it.
    if (word === 'onest' && tokens.norm(k - 1) === 'yn' && tokens.norm(k - 2) === 'bod') kinds.add('stance');
    if ((word === 'siŵr' || word === 'siwr') && tokens.norm(k - 1) === 'yn' && tokens.norm(k - 2) === 'ddim' && refs.some((r) => r > k && r - k <= 4)) kinds.add('doubted');
    // Welsh "o gwbl" (at all) in a question to the officer: "Ydych chi'n darllen eich e-byst o gwbl?"
    if (questioned && word === 'gwbl' && tokens.norm(k - 1) === 'o') kinds.add('stance');
    // "Since you took it over, there has been nothing at all": an emphatic nothing after the officer.
    if ((word === 'nothing' || word === 'none') && tokens.norm(k + 1) === 'at' && tokens.norm(k + 2) === 'all' && refs.some((r) => r < k)) kinds.add('failed');
    // "Has he been to Chapel Row even once?"
    if (word === 'once' && tokens.norm(k - 1) === 'even') kinds.add('judged');
    // "she's done that before": the same again.
    if (word === 'before' && tokens.norm(k - 2) === 'done' && (tokens.norm(k - 1) === 'that' || tokens.norm(k - 1) === 'this' || tokens.norm(k - 1) === 'it')) kinds.add('repeated');
    // "how is she still in a job", "how's he still employed".
    // ("dont know how he still has a job")
    if (word === 'still' && (tokens.norm(k - 1) === 'he' || tokens.norm(k - 1) === 'she') &&
      (tokens.norm(k - 2) === 'how' || ((tokens.norm(k - 2) === 'is' || tokens.norm(k - 2) === 'was') && tokens.norm(k - 3) === 'how'))) kinds.add('judged');
    // "Typical Declan, lots of words and no van", "so typical of him": the failing is his habit.
    if (word === 'typical' && (refs.includes(k + 1) || (tokens.norm(k + 1) === 'of' && refs.includes(k + 2)))) kinds.add('judged');
    // Mock surprise at what the writer says was bound to happen: "surprise surprise", "shock horror", "who'd have thought".
    if ((word === 'surprise' && tokens.norm(k - 1) === 'surprise') || (word === 'horror' && tokens.norm(k - 1) === 'shock')) kinds.add('stance');
    if ((word === 'thought' || word === 'guessed') && tokens.norm(k - 1) === 'have' && (tokens.norm(k - 2) === 'whod' || (tokens.norm(k - 2) === 'would' && tokens.norm(k - 3) === 'who'))) kinds.add('stance');
    // A lesson for the officer: "perhaps next time he could measure it before somebody breaks a leg".
    if (word === 'time' && tokens.norm(k - 1) === 'next' && LESSON_SUBJECTS.has(tokens.norm(k + 1) ?? '') && LESSON_MODALS.has(tokens.norm(k + 2) ?? '')) kinds.add('judged');
    // ("I'll" is written "ill" once its apostrophe goes: only the word itself is an excuse.)
    // ("Leave it with me" is no leave of absence: "on leave", "annual leave" are.)
    // ("ill raise it at the ward meeting", typed without its apostrophe, is "I'll".)
    // "i dont know if its workload or what": an excuse wondered at and waved off is none (session 11, round 26).
    if (EXCUSED.has(word) && excuseDoubted(tokens, k, from)) continue;
    // ("…who did not acknowledge it, did not hand it on when she went on leave and then refused it": one excuse among a run of failings excuses none of them, session 12.)
    if (EXCUSED.has(word) && runOfFailings(tokens, from, to)) continue;
    // ("the enforcement officer covering Lochanbeg": the post's patch, not covering for a colleague, round 31.)
    if (word === 'covering' && POST_NOUNS.has(tokens.norm(k - 1) ?? '')) continue;
    if (EXCUSED.has(word) && !(word === 'ill' && (tokens.end(k)! - tokens.start(k)! > word.length || WILL_DO.has(tokens.norm(k + 1) ?? ''))) && !(word === 'leave' && !LEAVE_KINDS.has(tokens.norm(k - 1) ?? ''))) return undefined;
    // "late because the road was closed", "because of the snow": an impersonal cause excuses the sentence ("because he didn't bother" does not).
    // (A cause that is itself a failing is no excuse: "because the numbers don't add up".)
    if (word === 'because' && IMPERSONAL_CAUSE.has(tokens.norm(k + 1) ?? '') && !tokens.slice(k + 1, Math.min(to, k + 7)).some((t) => FAILED.has(t.norm) || NEGATIONS.has(t.norm))) return undefined;
    // "off the record", "for the record" (not "put on record how well…").
    if (word === 'record' && tokens.norm(k - 1) === 'the' && (tokens.norm(k - 2) === 'off' || tokens.norm(k - 2) === 'for')) kinds.add('stance');
    // ("every quarter", "every time", not "every confidence".)
    sarcasmAndComparison(tokens, text, from, to, k, refs, questioned, kinds);
    mockeryAndMotive(tokens, text, from, to, k, refs, kinds);
    veiledCriticism(tokens, text, from, to, k, refs, kinds);
    heldAgainstThem(tokens, text, from, to, k, refs, kinds);
    if ((REPEATED.has(word) && (word !== 'every' || EVERY_UNITS.has(tokens.norm(k + 1) ?? ''))) || (word === 'times' && k > from && COUNTS.has(tokens.norm(k - 1)!))) kinds.add('repeated');
    // "not the first time", "yr ail waith".
    // ("Not for the first time, Natalie has promised…", round 34.)
    const notAt = tokens.norm(k - 2) === 'for' ? k - 3 : k - 2;
    if (word === 'first' && notAt >= from && tokens.norm(k - 1)! === 'the' && (tokens.norm(notAt)! === 'not' || tokens.norm(notAt)! === 'isnt' || tokens.norm(notAt)! === 'wasnt')) {
      kinds.add('repeated');
      // "isn't the first time this has happened with him", "not the first time something has gone missing with
      // her": the failing that keeps happening is pinned on the person ("…I've worked with her" pins nothing).
      const after = refs.find((r) => r > k && r - k <= PINNED_REACH);
      // ("…isn't the first time with Sophie": pinned on her in so many words.)
      if (after !== undefined && (tokens.hasWordIn(WENT_WRONG, k + 1, after) || (tokens.norm(k + 1) === 'time' && tokens.norm(k + 2) === 'with'))) kinds.add('judged');
    }
    // "every faith in her", "he has been honest with us" are no doubt: these need a "not" before them, or a question.
    if (DOUBTED.has(word) && (!NEEDS_NEGATION.has(word) || negatedBefore(tokens, k, from) || questioned)) kinds.add('doubted');
    // "chasing him for weeks for a straight answer": one still owed.
    if ((word === 'straight' || word === 'honest') && tokens.norm(k - 1) === 'a' && tokens.norm(k + 1) === 'answer') kinds.add('doubted');
    // "to be completely honest with you".
    if (word === 'honest' && [1, 2].some((d) => tokens.norm(k - d) === 'be')) kinds.add('stance');
    // ("capable", "competent" judge only when denied or asked: "every confidence that she is capable" is praise.)
    if (JUDGED.has(word) && (!PRAISE_UNLESS_DENIED.has(word) || negatedBefore(tokens, k, from) || questioned)) kinds.add('judged');
    // (A carried or listed officer stands at the sentence's first token, which may be the failing itself: "- cancelled the site meeting twice".)
    // ("…reported to her more than once and, as far as I can see, not one has been followed through": a hedge between is passed over, round 31.)
    if (FAILED.has(word) && refs.some((r) => r <= k && (k - r <= FAILING_REACH ? !tokens.hasWordIn(OTHER_SUBJECTS, r + 1, k) : hedgedFailing(tokens, r, k) || joinedFailing(tokens, r, k)))) kinds.add('failed');
  }
  // Their own words thrown back in quotation marks: 'you're "closely monitoring the conditions"' in reply to "I will
  // continue to monitor the conditions closely" — held up to doubt. (A report's term quoted from elsewhere is not theirs.)
  if (threadStems && threadStems.size > 0 && echoesInQuotes(text.slice(tokens.start(from)!, tokens.end(to - 1)! + 1), threadStems)) kinds.add('doubted');
  return courtesy && kinds.size === 0 ? 'courtesy' : kinds;
}

/** Mockery in a sentence: mock delight ("with great excitement"), mock praise, their words thrown back in quotation marks. */
function mocks(tokens: TokenList, text: string, from: number, to: number, threadStems?: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens.norm(k)!;
    if ((word === 'great' && MOCK_FEELINGS.has(tokens.norm(k + 1) ?? '')) || MOCK_PRAISE.has(word) || (MOCK_DELIGHT.has(word) && sureBefore(tokens, k, from))) return true;
  }
  return threadStems !== undefined && threadStems.size > 0 && echoesInQuotes(text.slice(tokens.start(from)!, tokens.end(to - 1)! + 1), threadStems);
}

/** So many failings in one sentence are a list of them. */
const FAILINGS_RUN = 3;
function runOfFailings(tokens: TokenList, from: number, to: number): boolean {
  let count = 0;
  for (let k = from; k < to; k++) {
    const word = tokens.norm(k)!;
    if ((FAILING_ACTS.has(word) || (word === 'not' && DID.has(tokens.norm(k - 1) ?? ''))) && ++count >= FAILINGS_RUN) return true;
  }
  return false;
}
/** Things done or not done ("did not acknowledge it", "refused it"), not a state ("wasn't there"). */
const FAILING_ACTS = new Set(['didnt', 'hasnt', 'hadnt', 'refused', 'failed', 'ignored', 'forgot', 'missed', 'lost', 'cancelled', 'canceled']);
const DID = new Set(['did', 'has', 'had']);

/** "I don't know if it's workload or what", "whether it's the backlog or something else": the writer waves the excuse off. */
function excuseDoubted(tokens: TokenList, at: number, from: number): boolean {
  if (tokens.norm(at + 1) !== 'or' || !['what', 'something', 'whatever', 'not'].includes(tokens.norm(at + 2) ?? '')) return false;
  for (let k = Math.max(from, at - 5); k < at; k++) if ((tokens.norm(k) === 'if' || tokens.norm(k) === 'whether') && tokens.norm(k - 1) === 'know') return true;
  return false;
}

/** A few words in lower case between quotation marks (a title would start with a capital; "I'm" is no quotation mark). */
// (No lookbehind or \p{…}: the on-send bundle is ES2016 for older classic Outlook.)
const SCARE_QUOTES = /["“]([a-z][a-z'’ -]{0,60})["”]|(?:^|[^A-Za-z0-9\u00c0-\u024f])[‘']([a-z][a-z -]{0,60})[’'](?![A-Za-z0-9\u00c0-\u024f])/g;
const STEM = 5;

/** Word stems of a text (words of five letters or more), for telling an echo of the thread. */
export function stemsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z\u00df-\u024f]{5,}/g) ?? []).map((w) => w.slice(0, STEM)));
}

const hasScareQuotes = (sentence: string): boolean => sentence.search(SCARE_QUOTES) >= 0;

function echoesInQuotes(sentence: string, threadStems: ReadonlySet<string>): boolean {
  for (const match of sentence.matchAll(SCARE_QUOTES)) {
    const quoted = stemsOf(match[1] ?? match[2] ?? '');
    if ([...quoted].some((stem) => threadStems.has(stem))) return true;
  }
  return false;
}

const STANCE_OPENERS = [['frankly'], ['honestly'], ['sadly'], ['candidly'], ['to', 'be', 'honest'], ['to', 'be', 'frank'], ['between', 'you', 'and', 'me'], ['off', 'the', 'record'],
  // "I'm sorry to say I've given up expecting one" (session 12).
  ['im', 'sorry', 'to', 'say'], ['i', 'am', 'sorry', 'to', 'say'], ['sorry', 'to', 'say'], ['sad', 'to', 'say'],
  // "I'm afraid that tells you everything about how seriously it was taken" (round 31).
  // (Only on what the story showed: "I'm afraid that means another week" passes news on.)
  ['im', 'afraid', 'that', 'tells'], ['im', 'afraid', 'that', 'says'], ['im', 'afraid', 'that', 'shows'], ['i', 'am', 'afraid', 'that', 'tells'], ['i', 'am', 'afraid', 'that', 'shows']];
/**
 * "I don't think that's a coincidence." goes on about the officer of the sentence before, when that sentence tells of
 * something not done ("…three site meetings that nobody turned up to"): not after good news ("Since Zoe took over
 * everything is fixed within a week.", round 35).
 */
const COINCIDENCE_OPENERS = [['i', 'dont', 'think', 'thats', 'a', 'coincidence'], ['i', 'do', 'not', 'think', 'that', 'is', 'a', 'coincidence'], ['i', 'dont', 'believe', 'thats', 'a', 'coincidence'],
  ['i', 'doubt', 'thats', 'a', 'coincidence'], ['i', 'doubt', 'its', 'a', 'coincidence'], ['i', 'dont', 'think', 'its', 'a', 'coincidence']];
const DAMNING = new Set([...FAILED, 'nobody', 'nothing', 'no', 'none', 'noone']);
function coincidenceAfterFailing(tokens: TokenList, from: number, before: readonly [number, number] | undefined): boolean {
  return before !== undefined && COINCIDENCE_OPENERS.some((words) => wordsAt(tokens, from, words)) && tokens.hasWordIn(DAMNING, before[0], before[1]);
}

function opensWithStance(tokens: TokenList, from: number): boolean {
  return STANCE_OPENERS.some((words) => wordsAt(tokens, from, words));
}

/** "I'm sure" earlier in the sentence. */
function sureBefore(tokens: TokenList, at: number, from: number): boolean {
  for (let k = at - 1; k > from; k--) {
    const word = tokens.norm(k);
    // Welsh "dw i'n siŵr", "rwy'n siŵr" (I'm sure).
    if ((word === 'sure' && (tokens.norm(k - 1) === 'im' || tokens.norm(k - 1) === 'am')) || ((word === 'siŵr' || word === 'siwr') && (tokens.norm(k - 1) === 'in' || tokens.norm(k - 1) === 'rwyn'))) return true;
  }
  return false;
}

const GETS = new Set(['gets', 'get', 'got', 'getting']);
const OBVIOUSLY = new Set(['obviously', 'clearly', 'evidently', 'apparently']);
const UNNAMED = new Set(['whatever', 'something', 'elsewhere', 'other']);

/** Does token `from` open a line that starts with a list mark ("- ", "• ", "* ", "1. ", "2) ")? */
function isListItem(text: string, tokens: TokenList, from: number): boolean {
  const start = tokens.start(from);
  if (start === undefined) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^\s*(?:[-•*–]|\d{1,2}[.)])\s*$/.test(text.slice(lineStart, start))) return true;
  // ("1. promised the standpipes…": the splitter may open the sentence on the number itself, round 34.)
  return /^\s*$/.test(text.slice(lineStart, start)) && /^\d{1,2}$/.test(tokens.norm(from) ?? '') && /^[.)]\s/.test(text.slice(tokens.end(from)!, tokens.end(from)! + 2));
}

/** Does the sentence ending before token `to` end on a colon? */
function endsOnColon(text: string, tokens: TokenList, to: number): boolean {
  const end = tokens.end(to - 1);
  if (end === undefined) return false;
  return /^\s*:/.test(text.slice(end, tokens.start(to) ?? text.length));
}
const EMPHASIS = new Set(['actually', 'even', 'ever', 'really', 'genuinely']);
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'or', 'ac', 'a', 'ond']);
/** How far into a rhetorical question its duty may stand ("How many more months does Mr Dalgleish need to read…"). */
const RHETORICAL_REACH = 10;
/** Verbs after "ill" that make it "I'll" typed without its apostrophe. */
const WILL_DO = new Set(['raise', 'chase', 'let', 'ring', 'call', 'get', 'send', 'be', 'have', 'do', 'check', 'see', 'speak', 'ask', 'look', 'keep', 'make', 'try', 'pass', 'follow',
  'come', 'go', 'email', 'phone', 'text', 'mention', 'take', 'put', 'bring', 'write', 'forward', 'update', 'sort', 'find', 'give']);
/** The two halves of a comparison of officers: "When Lowri had it… Since Paul took over…" (Welsh "pan", "ers"). */
/** A line that asks for the points under it: "Could you let me know:", "Please can you confirm:". */
const REQUEST_OPENERS = new Set(['could', 'can', 'would', 'will', 'please', 'may', 'might', 'kindly', 'do', 'does']);
const PLEASE = new Set(['please']);
const WHEN = new Set(['when', 'while', 'whilst', 'pan', 'tra']);
const SINCE = new Set(['since', 'ers', 'now']);
const WHEN_REACH = 6;
/** How many tokens after "not the first time" the officer may stand and the repeat be theirs. */
const PINNED_REACH = 10;
/** Something gone wrong, between "not the first time" and the officer: "…this has happened with him". */
const WENT_WRONG = new Set([...FAILED, 'happened', 'happens', 'gone', 'missing', 'slipped', 'wrong', 'overlooked', 'mislaid', 'disappeared']);
// ("Good to know Andrew's grasp of what those words mean hasn't changed": news, not praise.)
const GOOD_NOT_PRAISE = new Set(['to', 'news', 'morning', 'afternoon', 'evening', 'luck', 'idea', 'point', 'question', 'time', 'weekend', 'few']);
const LEAVE_KINDS = new Set(['on', 'annual', 'sick', 'maternity', 'paternity', 'compassionate', 'study', 'parental', 'special', 'adoption', 'carers']);
const WOULD_NOT = new Set(['wouldnt', 'doesnt', 'didnt', 'dont']);
const IDIOM_IF_REACH = 6;
const IF = new Set(['if']);


// (Welsh "wrth eu boddau": delighted.)
const MOCK_DELIGHT = new Set(['overwhelmed', 'thrilled', 'delighted', 'dazzled', 'amazed', 'boddau']);
const COMPARED_AFTER = new Set(['than', 'as', 'like', 'that']);

/** Is the reference at `at` the standard someone is compared with ("…that Bethany had", "…as Dawn")? */
function comparedAt(tokens: TokenList, at: number): boolean {
  return tokens.hasWordIn(COMPARED_AFTER, at - 3, at);
}
/** A line this short with no verb goes on about the sentence before. */
const VERBLESS_TOKENS = 8;
/** Common verbs and auxiliaries: a line with none of them is a fragment ("Impressive stuff.", "Three weeks now."). */
const VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'its', 'im', 'ive', 'ill', 'id', 'were', 'theyre', 'youre', 'hes', 'shes', 'thats', 'theres', 'get', 'got', 'go', 'went', 'said', 'says', 'thank', 'thanks',
  'let', 'see', 'need', 'needs', 'want', 'wants', 'know', 'think', 'hope', 'please', 'call', 'ring', 'send', 'sent', 'make', 'made', 'take', 'took', 'come', 'came']);

/** A short line that names a thing is about the thing ("The contractor? Useless.", "The police response."). */
const THING_DETERMINERS = new Set(['the', 'a', 'an', 'their', 'its', 'this', 'that', 'these', 'those', 'y', 'yr']);
/** A closing line ("Sorry again for the confusion.", "Thanks again, all.") speaks to the reader, not of anyone. */
const CLOSING_WORDS = new Set(['sorry', 'apologies', 'thanks', 'thank', 'regards', 'wishes', 'cheers', 'best', 'diolch', 'cofion']);


// (Not "the officer": that is as often another body's — "the officer at the Environment Agency".)
const OFFICER_POINTERS = new Set(['one', 'this', 'that']);

/** "one officer's", "this officer", "that officer": the token of "officer", or -1. */
function officerNounAt(tokens: TokenList, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const word = tokens.alt(k) ?? tokens.norm(k);
    if (word === 'officer' && OFFICER_POINTERS.has(tokens.norm(k - 1)!)) return k;
  }
  return -1;
}
// (Welsh "Ydych chi'n darllen…?" do you read, "Ydy e'n…?", "Oes…?", "Pam…?" why, "Sut…?" how.)
const RHETORICAL_OPENERS = new Set(['does', 'did', 'do', 'has', 'have', 'is', 'was', 'can', 'could', 'how', 'why', 'will', 'ydych', 'ydy', 'ydi', 'wyt', 'oes', 'pam', 'sut', 'ydach']);
/** Duties anyone would do, in a question about doing them: read, check, answer, know, listen, care, bother, be told. */
const DUTIES = new Set(['read', 'reads', 'check', 'checks', 'checked', 'answer', 'answers', 'know', 'knows', 'listen', 'listens', 'care', 'cares', 'bother', 'bothers',
  'told', 'open', 'opens', 'understand', 'understands', 'look', 'looks', 'turn', 'turns', 'visit', 'visits', 'inspect', 'inspects', 'attend', 'attends', 'supervise', 'supervises',
  'checking', 'reading', 'answering', 'listening', 'visiting', 'opening',
  // Welsh: darllen (read), ateb (answer), gwrando (listen), gwirio (check), ymweld (visit), deall (understand), gwybod (know).
  'darllen', 'ateb', 'gwrando', 'gwirio', 'ymweld', 'deall', 'gwybod', 'edrych']);



/** After "I appreciate", what makes it a concession ("I appreciate it was a long meeting") rather than thanks. */
const CONCEDED = new Set(['it', 'that', 'its', 'there', 'theres', 'this', 'how', 'places', 'things']);
/** Praise turned round by the word before it: "not impressed", "hardly helpful". */
const DENIED_PRAISE = new Set(['not', 'never', 'hardly', 'isnt', 'wasnt', 'arent', 'werent', 'less', 'nae']);
/** Praise said of a failing is sarcasm: "Genuinely impressive consistency", "Marvellous work as ever", Welsh "Gwaith campus", "llongyfarchiadau i Manon ar lwyddo i golli…". */
// (Not in PRAISED, so sincere thanks beside them still shield the officer: these weigh only with a failing.)
const MOCK_PRAISE = new Set(['impressive', 'marvellous', 'marvelous', 'splendid', 'congratulations', 'bravo', 'campus', 'llongyfarchiadau']);
/** A time unit after a count: "three weeks running", "Five weeks to produce that". */
const SPANS = new Set(['days', 'weeks', 'months', 'years', 'week', 'month', 'year', 'time', 'times', 'fortnight', 'wythnos', 'mis', 'blynedd']);
const SPAN_COUNTS = new Set([...COUNTS, 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'eighteen', 'twenty', 'second', 'third', 'fourth', 'fifth']);
/** "someone more experienced", "an officer more competent": the writer wants the work taken off the officer. */
const REPLACEMENT_SKILLS = new Set(['experienced', 'competent', 'capable', 'reliable', 'qualified', 'thorough']);
const SOMEONE = new Set(['someone', 'somebody', 'officer', 'person', 'anyone', 'anybody']);
/** "X's idea of", "Martina's word for": the officer's own measure of a duty, held up to scorn. */
const OWN_MEASURES = new Set(['idea', 'word', 'version', 'definition', 'understanding', 'notion']);
/** Verbs of a mock success at failing: "managed to miss", "llwyddo i golli" (succeeded in missing). */
const MANAGED = new Set(['managed', 'manage', 'manages', 'managing', 'succeeded', 'lwyddo', 'llwyddo', 'llwyddodd', 'lwyddodd']);
// (Welsh mutates after "i", and takes "'r" on: "llwyddo i golli'r cyfarfod".)
const LOSSES = new Set(['lose', 'miss', 'forget', 'overlook', 'ignore', 'colli', 'golli', 'collir', 'gollir', 'anghofio', 'anwybyddu']);
const TOLD_VERBS = new Set(['told', 'said', 'asked', 'reminded', 'explained', 'dweud']);
const CHASE = new Set(['chased', 'chasing', 'chase', 'chivvied', 'nudged', 'reminded']);

/** Does token k open a clause after a colon or a dash ("So a genuine question: does…", "… – ydy hi…")? */
function opensAfterBreak(text: string, tokens: TokenList, k: number): boolean {
  const before = tokens.end(k - 1);
  return before !== undefined && /:|\s[-–—]\s/.test(text.slice(before, tokens.start(k)!));
}

/**
 * The ways writers run an officer down without a stock insult: sarcasm (mock praise, mock surprise, "X's idea of…"),
 * the officer's work set against someone else's ("someone more experienced", "every other officer I deal with"),
 * the writer's effort against theirs ("I've chased her three times", "waiting on her"), and the count that says it
 * keeps happening ("three out of three", "as ever", "in a row", Welsh "yn olynol", "fel arfer", "yr ail").
 */
function sarcasmAndComparison(tokens: TokenList, text: string, from: number, to: number, k: number, refs: readonly number[], questioned: boolean, kinds: Set<Evidence>): void {
  const word = tokens.norm(k)!;
  const prev = tokens.norm(k - 1) ?? '';
  const next = tokens.norm(k + 1) ?? '';
  const near = (d: number): boolean => refs.some((r) => Math.abs(k - r) <= d);
  if (MOCK_PRAISE.has(word)) kinds.add('stance');
  // "with respect,", "Rhyngom ni" (between us), "I'm running out of patience", "says it all".
  if ((word === 'respect' && prev === 'with' && k - 1 === from) || word === 'rhyngom' || (word === 'patience' && (prev === 'of' || prev === 'lost' || prev === 'my'))) kinds.add('stance');
  if (word === 'all' && prev === 'it' && (tokens.norm(k - 2) === 'says' || tokens.norm(k - 2) === 'said')) kinds.add('stance');
  // "as ever", "as always", Welsh "fel arfer" (as usual); "in a row", "yn olynol"; "three weeks running"; "three out of three"; "yr ail gyfarfod" (the second meeting).
  if ((word === 'ever' && prev === 'as') || (word === 'arfer' && prev === 'fel') || (word === 'row' && prev === 'a' && tokens.norm(k - 2) === 'in') || word === 'olynol' ||
    (word === 'running' && SPANS.has(prev) && SPAN_COUNTS.has(tokens.norm(k - 2) ?? '')) || (word === 'out' && next === 'of' && COUNTS.has(prev) && COUNTS.has(tokens.norm(k + 2) ?? '')) ||
    (word === 'ail' && (prev === 'yr' || prev === 'y')) || (word === 'second' && (next === 'time' || next === 'year'))) kinds.add('repeated');
  // "Each time the committee has had to defer": like "every time".
  if (word === 'each' && (next === 'time' || next === 'quarter' || next === 'month')) kinds.add('repeated');
  // "Five weeks to produce that.": the time taken, said in a fragment, is the verdict.
  if (k === from + 1 && SPANS.has(word) && (SPAN_COUNTS.has(tokens.norm(from)!) || /^\d+$/.test(tokens.norm(from)!)) && next === 'to') kinds.add('judged');
  if (!near(EVIDENCE_REACH)) return;
  // "Imrie's idea of engaging with the community", "'Shortly' appears to be Martina's word for…".
  if (OWN_MEASURES.has(word) && (next === 'of' || next === 'for') && refs.includes(k - 1) && tokens.alt(k - 1) !== undefined) kinds.add('judged');
  // "That's Beddoe for you", Welsh "Dyna Beddoe i chi".
  if (refs.includes(k - 1) && ((word === 'for' && next === 'you') || (word === 'i' && next === 'chi')) && tokens.hasWordIn(SUMS_UP, Math.max(from, k - 4), k - 1)) kinds.add('judged');
  // "I'd like someone more experienced to go and look", "every other officer I deal with manages to pick up the phone".
  if ((REPLACEMENT_SKILLS.has(word) && prev === 'more' && tokens.hasWordIn(SOMEONE, k - 4, k - 1)) || ((word === 'officer' || word === 'officers') && prev === 'other' && (tokens.norm(k - 2) === 'every' || tokens.norm(k - 2) === 'any' || tokens.norm(k - 2) === 'all'))) kinds.add('judged');
  // "It can clearly be done when the case is with someone who gets on with it".
  if ((word === 'someone' || word === 'somebody') && next === 'who' && tokens.norm(k + 2) === 'gets' && tokens.norm(k + 3) === 'on') kinds.add('judged');
  // "I've had more information out of the Courier than I've had out of him": less from the officer than from a thing.
  // (What the officer did not give: "more information out of the Courier than out of him" is a failing too.)
  if (word === 'than' && tokens.hasWordIn(MORE, Math.max(from, k - 8), k) && refs.some((r) => r > k && r - k <= 8)) {
    kinds.add('judged');
    kinds.add('failed');
  }
  // "I'd be amazed if he got out of the van": mock doubt that the work was done.
  if ((word === 'amazed' || word === 'surprised' || word === 'astonished') && next === 'if' && refs.some((r) => r > k && r - k <= 3)) {
    kinds.add('doubted');
    kinds.add('stance');
  }
  // "…if he got out of the van", "never leaves the office".
  if ((word === 'van' || word === 'car' || word === 'office') && prev === 'the' && tokens.norm(k - 2) === 'of' && tokens.norm(k - 3) === 'out' && GETS.has(tokens.norm(k - 4) ?? '')) kinds.add('judged');
  // "I've yet to see any evidence he has been near the place", Welsh "dwi eto i weld unrhyw dystiolaeth".
  if ((word === 'see' && (prev === 'to' || prev === 'tae') && tokens.norm(k - 2) === 'yet') || (word === 'weld' && prev === 'i' && tokens.norm(k - 2) === 'eto')) kinds.add('doubted');
  // "managed to miss the second public meeting", "llwyddo i golli".
  if ((LOSSES.has(word) || LOSSES.has(tokens.alt(k) ?? '')) && (prev === 'to' || prev === 'i') && MANAGED.has(tokens.norm(k - 2) ?? '')) kinds.add('judged');
  // "I don't know how many times it needs to be said to him".
  if (word === 'many' && prev === 'how' && tokens.norm(k + 1) === 'times' && tokens.hasWordIn(TOLD_VERBS, k + 2, Math.min(to, k + 10))) kinds.add('judged');
  // "what she's actually doing on these visits", "do you actually know when…?", "Has he actually been into the garden?".
  if (word === 'actually' && refs.some((r) => k - r >= 1 && k - r <= 2) && (questioned || tokens.hasWordIn(KNOWING, from, k))) kinds.add('judged');
  // "How does it take one officer four months to write a single letter?", "it took him three weeks to reply".
  if (TAKES.has(word) && refs.some((r) => r > k && r - k <= 2 && (SPAN_COUNTS.has(tokens.norm(r + 1) ?? '') || /^\d+$/.test(tokens.norm(r + 1) ?? '')) && SPANS.has(tokens.norm(r + 2) ?? ''))) kinds.add('judged');
  // "she keeps telling me it's 'in the queue'": the same line, over and over.
  if ((word === 'telling' || word === 'saying') && (prev === 'keeps' || prev === 'kept' || prev === 'keep')) kinds.add('doubted');
  // "I've chased her three times", "waiting on her": the writer's effort against the officer's silence.
  if ((CHASE.has(word) && refs.some((r) => r - k >= 1 && r - k <= 2)) || ((word === 'on' || word === 'for') && (prev === 'waiting' || prev === 'waitin') && refs.includes(k + 1))) kinds.add('failed');
}
const MORE = new Set(['more']);

/**
 * Round 31 (Castlebeck): sarcasm and insinuation with no stock insult — "the latest masterpiece from Alison Frear", "You'd
 * think the Parks Manager could manage a swing", "Perhaps this year someone might actually grit it", "I'll believe it when I
 * see the wagon", "I'm starting to think she answers letters like this on purpose", "I asked Simon in May, July and September".
 */
function mockeryAndMotive(tokens: TokenList, text: string, from: number, to: number, k: number, refs: readonly number[], kinds: Set<Evidence>): void {
  const word = tokens.norm(k)!;
  const prev = tokens.norm(k - 1) ?? '';
  const next = tokens.norm(k + 1) ?? '';
  // "the latest masterpiece from…", "another triumph of clarity": their work praised in mockery.
  if (MOCK_WORKS.has(word) && (prev === 'latest' || prev === 'another')) kinds.add('stance');
  // "I'm starting to think…", "I'm beginning to suspect…" ("beginning" alone is the writer's stand already).
  if (word === 'starting' && next === 'to' && SUSPECTING.has(tokens.norm(k + 2) ?? '')) kinds.add('stance');
  // "I'll believe it when I see it / the wagon": their word not believed.
  if (word === 'believe' && next === 'it' && tokens.norm(k + 2) === 'when' && tokens.hasWordIn(SEE, k + 3, Math.min(to, k + 6))) kinds.add('doubted');
  if (!refs.some((r) => Math.abs(k - r) <= EVIDENCE_REACH)) return;
  // "You'd think the Parks and Green Spaces Manager could manage a swing", "you would have thought she'd know": a verdict
  // said as what anyone would expect of them (the officer just after).
  if ((word === 'think' || word === 'thought') && (YOUD.has(prev) || ((prev === 'would' || prev === 'have') && tokens.hasWordIn(YOU_ONE, k - 3, k))) &&
    refs.some((r) => r > k && r - k <= 6)) kinds.add('judged');
  // "Perhaps this year someone might actually grit Clough Road": mock hope that the duty will at last be done.
  if (word === 'actually' && tokens.hasWordIn(PERHAPS, Math.max(from, k - 6), k) && tokens.hasWordIn(HOPED_MODALS, Math.max(from, k - 3), k)) kinds.add('stance');
  // "I genuinely can't think of a single case she's seen through", "I've yet to see her get one right": not one success
  // of theirs the writer can name (a success word after them: "…a single time he's let us down" is praise).
  if (noneNamed(tokens, from, to, k, refs) === 'success') {
    kinds.add('judged');
    kinds.add('failed');
  }
  // "she seems to have given up on our end of Kirkby Moor": the work abandoned.
  if (word === 'up' && (prev === 'given' || prev === 'gave') && next === 'on' && refs.some((r) => r < k && k - r <= 6 && !tokens.hasWordIn(OTHER_SUBJECTS, r + 1, k))) kinds.add('judged');
  // "Last week he admitted to me it hadn't": their own admission of what was not done.
  if ((word === 'admitted' || word === 'admits' || word === 'conceded') && refs.some((r) => r < k && k - r <= 2) && tokens.hasWordIn(NOT_KEPT, k + 1, Math.min(to, k + 6))) kinds.add('failed');
  // "I've now heard much the same about his visits", "this isn't a one-off": it keeps happening.
  if ((word === 'same' && prev === 'much' && tokens.norm(k - 2) === 'heard') || (word === 'off' && prev === 'one' && tokens.hasWordIn(NOT_THEIR_FAULT, Math.max(from, k - 4), k - 1))) kinds.add('repeated');
  // "two similar accounts of her manner from other tenants": complaints about their manner are a verdict on it.
  if (MANNER.has(word) && (prev === 'his' || prev === 'her') && tokens.hasWordIn(ACCOUNTS, Math.max(from, k - 4), k - 1)) kinds.add('judged');
  // "Please go back and look at it properly": the work was not done properly.
  // ("Could you look at it properly when you have time?" asks nothing be redone: "back" or "again" says it must.)
  if (word === 'properly' && tokens.hasWordIn(LOOKED, Math.max(from, k - 4), k) && tokens.hasWordIn(REDONE, from, k) && !negatedBefore(tokens, k, from)) kinds.add('judged');
  // "Your surveyor Kieran Walsh spent less than ten minutes in the flat, didn't look at the ceiling…": a failing in a list
  // of what the subject did, after a comma.
  if (FAILED.has(word) && k > from + 1 && /^,\s*$/.test(text.slice(tokens.end(k - 1)!, tokens.start(k)!)) &&
    refs.some((r) => r >= from && r - from <= 4 && r < k && !tokens.hasWordIn(OTHER_SUBJECTS, r + 1, k))) kinds.add('failed');
  // "…enough of Kieran's inspection records… to doubt whether some of those inspections happen at all": the writer's doubt of their work.
  if (word === 'doubt' && (next === 'whether' || next === 'if' || next === 'that') && prev !== 'no' && prev !== 'without') kinds.add('doubted');
  // "I've now seen enough of Kieran's inspection records", "heard enough of his excuses": a verdict reached.
  if (word === 'enough' && (prev === 'seen' || prev === 'heard' || prev === 'had') && next === 'of' && refs.some((r) => r > k && r - k <= 3)) kinds.add('judged');
  // 'recording them as "running clear"', 'wrote it up as "no defects requiring action"': their record held up in quotation marks.
  if (word === 'as' && tokens.hasWordIn(RECORDED, Math.max(from, k - 3), k) && /^\s*["“]/.test(text.slice(tokens.end(k)!, tokens.start(k + 1) ?? text.length))) kinds.add('doubted');
  // "I've given her the benefit of the doubt for long enough": trust withdrawn.
  if (word === 'doubt' && prev === 'the' && tokens.norm(k - 2) === 'of' && tokens.norm(k - 3) === 'benefit' && tokens.hasWordIn(NO_LONGER, k + 1, Math.min(to, k + 5))) kinds.add('doubted');
  // "it's usually a copy-and-paste that doesn't answer the question": answers not written for the case.
  if (word === 'paste' && prev === 'and' && (tokens.norm(k - 2) === 'copy' || tokens.norm(k - 2) === 'cut')) kinds.add('judged');
  // "Don't send it to Megan, she'll lose it": the failing foretold.
  // ("she'll lose no time" is eagerness.)
  if (FORETOLD.has(word) && next !== 'no' && ((refs.includes(k - 1) && prev.endsWith('ll')) || (prev === 'will' && refs.includes(k - 2)))) kinds.add('judged');
  // "He has serious questions to answer", "chose to do nothing": a verdict on what they did.
  if (word === 'answer' && prev === 'to' && (tokens.norm(k - 2) === 'questions' || tokens.norm(k - 2) === 'explaining') && refs.some((r) => r < k && k - r <= 5)) kinds.add('judged');
  if ((word === 'chose' || word === 'decided') && next === 'to' && (tokens.norm(k + 2) === 'ignore' || (tokens.norm(k + 2) === 'do' && tokens.norm(k + 3) === 'nothing')) &&
    refs.some((r) => r < k && k - r <= FAILING_REACH + 4 && !tokens.hasWordIn(OTHER_SUBJECTS, r + 1, k))) {
    kinds.add('judged');
    kinds.add('failed');
  }
  // "leave it to someone who can": the work taken off them.
  if (word === 'who' && (prev === 'someone' || prev === 'somebody') && (next === 'can' || next === 'will') && tokens.norm(k - 2) === 'to' && tokens.hasWordIn(LEAVE_IT, Math.max(from, k - 5), k)) kinds.add('judged');
  // "three different opinions in a fortnight", "got three different ones": their word changes.
  if (word === 'different' && COUNTS.has(prev) && CHANGING.has(next)) kinds.add('repeated');
  // "For the second Licensing Committee running": it keeps happening.
  if (word === 'running' && k - from <= 6 && tokens.hasWordIn(ORDINALS, Math.max(from, k - 4), k)) kinds.add('repeated');
  // "I'm not prepared to carry the can for her mistakes": their failings, so called.
  if (MISTAKES.has(word) && (prev === 'her' || prev === 'his') && refs.includes(k - 1)) kinds.add('judged');
  // "recommended approval without once setting foot on Lon Las": a duty not done, with emphasis.
  if (word === 'without' && (next === 'once' || next === 'even' || next === 'ever') && refs.some((r) => r < k && k - r <= FAILING_REACH + 4 && !tokens.hasWordIn(OTHER_SUBJECTS, r + 1, k))) {
    kinds.add('failed');
    kinds.add('judged');
  }
  // "Third time she's done this to us": harm done to the writer or residents, pinned on them.
  if (word === 'done' && (next === 'this' || next === 'that' || next === 'it') && tokens.norm(k + 2) === 'to' && HARMED.has(tokens.norm(k + 3) ?? '') && refs.some((r) => r < k && k - r <= 2)) kinds.add('failed');
  // "…answers letters like this on purpose so nobody can pin her down": evasion imputed, with the writer's suspicion
  // ("I think she left the gate open on purpose so the crews could start early" imputes none).
  if (((word === 'purpose' && prev === 'on') || word === 'deliberately') && tokens.hasWordIn(SUSPECTING, from, k) && tokens.hasWordIn(EVADING, k + 1, Math.min(to, k + 8))) kinds.add('doubted');
}
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth']);
const MISTAKES = new Set(['mistakes', 'errors', 'blunders', 'failings', 'cock-ups']);
const LEAVE_IT = new Set(['leave', 'give', 'hand', 'pass']);
const CHANGING = new Set(['opinions', 'things', 'answers', 'dates', 'versions', 'stories', 'timetables', 'figures', 'ones', 'accounts', 'explanations', 'reasons']);
const RECORDED = new Set(['recording', 'recorded', 'records', 'marked', 'marking', 'logged', 'logging', 'up', 'closed', 'described', 'signed']);
const NO_LONGER = new Set(['enough', 'longer']);
const REDONE = new Set(['back', 'again']);
const FORETOLD = new Set(['lose', 'forget', 'mislay', 'ignore']);
const EMPHATIC_NOTHING = new Set(['precisely', 'absolutely', 'exactly', 'literally', 'virtually', 'practically']);
const MANNER = new Set(['manner', 'attitude', 'behaviour', 'behavior', 'conduct', 'rudeness', 'tone']);
const ACCOUNTS = new Set(['accounts', 'complaints', 'reports', 'stories', 'concerns']);
const LOOKED = new Set(['look', 'looked', 'read', 'check', 'checked', 'inspect', 'inspected', 'consider', 'considered', 'investigate', 'investigated']);
/** Is token k the "I" of a hedge ("as far as I can tell/see")? */
function hedgeAt(tokens: TokenList, k: number): boolean {
  return tokens.norm(k) === 'i' && tokens.norm(k - 1) === 'as' && tokens.norm(k - 2) === 'far';
}
/**
 * "I can't think of a single case she's seen through" (no success of theirs) or "…a single appeal he's lost" (no failure:
 * praise): what the writer cannot name after "can't think of a single / name one", with the officer just after.
 */
function noneNamed(tokens: TokenList, from: number, to: number, k: number, refs: readonly number[]): 'success' | 'failure' | undefined {
  const word = tokens.norm(k)!;
  const prev = tokens.norm(k - 1) ?? '';
  if (!((word === 'single' || word === 'one') && (prev === 'a' || (prev === 'of' && word === 'one')) && tokens.hasWordIn(NAME_ONE, Math.max(from, k - 4), k) && negatedBefore(tokens, k, from))) return undefined;
  const them = refs.find((r) => r > k && r - k <= 4);
  if (them === undefined) return undefined;
  if (tokens.hasWordIn(FAILED, them + 1, Math.min(to, them + 5)) || tokens.hasWordIn(LET_DOWN, them + 1, Math.min(to, them + 3))) return 'failure';
  return tokens.hasWordIn(SUCCEEDED, them + 1, Math.min(to, them + 5)) ? 'success' : undefined;
}
const LET_DOWN = new Set(['let', 'dropped', 'messed', 'botched']);
const NAME_ONE = new Set(['think', 'name', 'recall', 'remember', 'point']);
const SUCCEEDED = new Set(['seen', 'got', 'finished', 'completed', 'resolved', 'closed', 'sorted', 'delivered', 'answered', 'done', 'fixed', 'right', 'through']);
const HARMED = new Set(['us', 'me', 'them', 'residents', 'tenants', 'people', 'families']);
const POST_NOUNS = new Set(['officer', 'inspector', 'manager', 'warden', 'planner', 'engineer', 'worker', 'surveyor']);
const MOCK_WORKS = new Set(['masterpiece', 'gem', 'triumph', 'classic']);
const SUSPECTING = new Set(['think', 'wonder', 'suspect', 'feel', 'believe', 'suspicion']);
const SEE = new Set(['see', 'sees']);
/** What an imputed motive evades: "so nobody can pin her down", "to avoid answering", "to dodge the question". */
const EVADING = new Set(['nobody', 'noone', 'avoid', 'avoiding', 'dodge', 'dodging', 'hide', 'hiding', 'cover', 'confuse', 'evade', 'fob']);
const YOU_ONE = new Set(['youd', 'you', 'one', 'id', 'ye', 'yed']);
/** "You'd", Scots "Ye'd". */
const YOUD = new Set(['youd', 'yed']);
const PERHAPS = new Set(['perhaps', 'maybe']);
const HOPED_MODALS = new Set(['might', 'may', 'could', 'will', 'would']);
/** Praise words a mocking sentence turns round ("I'm genuinely impressed"; sincere thanks stay thanks). */
const LONG_SPANS = new Set(['weeks', 'months', 'years', 'fortnight', 'wythnos', 'mis', 'blynedd']);
const PRAISE_TURNED = new Set(['impressed', 'great', 'excellent', 'brilliant', 'fantastic', 'superb']);

/** A sentence that counts the time taken ("Six weeks to tell me…") or throws their own words back in quotation marks. */
function praiseMocked(tokens: TokenList, text: string, from: number, to: number, threadStems?: ReadonlySet<string>): boolean {
  const count = tokens.norm(from) ?? '';
  const sentence = text.slice(tokens.start(from)!, tokens.end(to - 1)! + 1);
  // (Weeks or more, with what they produced held up in quotation marks: "Six weeks to rehouse the whole block - I'm
  // impressed" is praise, and so is "Two days to clear the estate".)
  if ((SPAN_COUNTS.has(count) || /^\d+$/.test(count)) && LONG_SPANS.has(tokens.norm(from + 1) ?? '') && tokens.norm(from + 2) === 'to' && hasScareQuotes(sentence)) return true;
  return threadStems !== undefined && threadStems.size > 0 && echoesInQuotes(sentence, threadStems);
}
const TAKES = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const KNOWING = new Set(['know', 'wonder', 'understand', 'gwybod']);

/** After thanks, what turns them round: "– only five months after…", "for finally replying". */
const THANKS_REACH = 14;

/** "Thanks so much for this, Nadia – only five months after you told us…", "thank you for finally replying": sarcasm, not praise. */
function sarcasticThanks(tokens: TokenList, at: number, to: number): boolean {
  for (let k = at + 1; k < Math.min(to, at + THANKS_REACH); k++) {
    const word = tokens.norm(k)!;
    if (word === 'finally') return true;
    const count = tokens.norm(k + 1) ?? '';
    if (ONLY.has(word) && (SPAN_COUNTS.has(count) || /^\d+$/.test(count)) && SPANS.has(tokens.norm(k + 2) ?? '') && LATE.has(tokens.norm(k + 3) ?? '')) return true;
  }
  return false;
}
const LATE = new Set(['after', 'late', 'later', 'overdue', 'behind']);
/** "– only five months after…", "which arrived a mere three weeks after my first chase" (round 34), "just six weeks late". */
const ONLY = new Set(['only', 'mere', 'just']);
const WISH = new Set(['wish']);
const THAT_IS = new Set(['that', 'this']);
const IS = new Set(['is', 'was', 'counts']);
/** "If that is on top of it…", "If that's…" ("If that tank doesn't work" names a thing). */
function ifThatIs(tokens: TokenList, from: number): boolean {
  return tokens.norm(from) === 'if' && (tokens.norm(from + 1) === 'thats' || (THAT_IS.has(tokens.norm(from + 1) ?? '') && IS.has(tokens.norm(from + 2) ?? '')));
}
/** One word of praise said alone at the head of a reply, sarcastically ("Splendid.", "Marvellous."): not "Congratulations!" or "Great.". */
const MOCK_OPENERS = new Set(['splendid', 'marvellous', 'marvelous', 'bravo']);
const MOCK_OPENER_TOKENS = 2;
const WAS = new Set(['been', 'was', 'were', 'is', 'be']);
const SAY_OF = new Set(['say', 'tell', 'report', 'write']);
/** "I appreciate you have a lot on, but…": a subject and its verb after "appreciate", then "but" in the sentence. */
const GRANTED_SUBJECTS = new Set(['you', 'he', 'she', 'they', 'youre', 'hes', 'shes', 'theyre', 'youve', 'hes', 'theyve']);
const GRANTED_VERBS = new Set(['have', 'has', 'had', 'are', 'is', 'were', 'was', 'may', 'might']);
function grantedClause(tokens: TokenList, k: number, to: number): boolean {
  const subject = tokens.norm(k + 1) ?? '';
  if (!GRANTED_SUBJECTS.has(subject)) return false;
  const contracted = tokens.alt(k + 1) !== undefined;
  return (contracted || GRANTED_VERBS.has(tokens.norm(k + 2) ?? '')) && tokens.hasWordIn(BUT_WORDS, k + 3, to);
}
const BUT_WORDS = new Set(['but']);

/** "…eighteen months after everybody else", "three weeks late": a delay said after the words at `at`. */
function delayAfter(tokens: TokenList, at: number, to: number): boolean {
  for (let k = at + 1; k < Math.min(to, at + THANKS_REACH + 6); k++) {
    const count = tokens.norm(k) ?? '';
    if ((SPAN_COUNTS.has(count) || /^\d+$/.test(count)) && SPANS.has(tokens.norm(k + 1) ?? '') && LATE.has(tokens.norm(k + 2) ?? '')) return true;
  }
  return false;
}
const MOCK_FEELINGS = new Set(['excitement', 'comfort', 'anticipation', 'relief']);
/** "Thank you Wendy.", "Thanks Tom.": a courtesy line, this short. */
const COURTESY_TOKENS = 3;
const NOT_THEIR_FAULT = new Set(['not', 'isnt', 'wasnt', 'nid', 'no', 'nae']);
/** After "believe him", what may follow while the clause ends there ("…, and I believe him."). */
function clauseEndsAfter(text: string, tokens: TokenList, k: number, to: number): boolean {
  return k + 1 >= to || /[.,;!?–—]/.test(text.slice(tokens.end(k)!, tokens.start(k + 1)!));
}

/**
 * The writer clears the officer: "this is not Rhodri's fault", "no fault of Tom's", Welsh "nid bai Rhodri Beynon yw hyn",
 * "He told me himself…, and I believe him". Like praise, it stands the second reading down for that officer.
 */
function clearsThem(tokens: TokenList, text: string, k: number, from: number, to: number, refs: readonly number[]): boolean {
  const word = tokens.norm(k)!;
  const prev = tokens.norm(k - 1) ?? '';
  if (word === 'fault' && refs.includes(k - 1) && tokens.alt(k - 1) !== undefined && tokens.hasWordIn(NOT_THEIR_FAULT, Math.max(from, k - 4), k - 1)) return true;
  if (word === 'fault' && prev === 'no' && tokens.norm(k + 1) === 'of' && refs.includes(k + 2)) return true;
  if (word === 'bai' && NOT_THEIR_FAULT.has(prev) && refs.some((r) => r > k && r - k <= 2)) return true;
  return word === 'believe' && (prev === 'i' || prev === 'and') && refs.includes(k + 1) && !negatedBefore(tokens, k, from) && clauseEndsAfter(text, tokens, k + 1, to);
}

const WH = new Set(['which', 'what', 'how', 'why', 'where', 'when', 'who']);
const OCCASIONS = new Set(['occasions', 'times']);
const OCCASION_ADJECTIVES = new Set(['separate', 'different', 'more']);
const KEPT_SUBJECTS = new Set(['they', 'it', 'these', 'those']);

/**
 * Session 12 (round 27: Caerdegog, Dalbrack, Fosterley): more ways a writer holds an officer's word or work against them
 * with no stock insult — their word set against the facts ("the opposite of what you've told us", "the photo he says he
 * took"), their promise held up in quotation marks ("Lily Chen's 'two working days'"), their dates worthless ("not worth
 * the paper"), a count of occasions, trust withdrawn ("stop relying on"), a verdict on where their time goes ("less time on
 * the artwork and more on the round"), mock curiosity ("I'd love to know which streets…"), and their Welsh forms.
 */
function heldAgainstThem(tokens: TokenList, text: string, from: number, to: number, k: number, refs: readonly number[], kinds: Set<Evidence>): void {
  const word = tokens.norm(k)!;
  const prev = tokens.norm(k - 1) ?? '';
  const prev2 = tokens.norm(k - 2) ?? '';
  const next = tokens.norm(k + 1) ?? '';
  // Welsh "Peidiwch â dal eich anadl" (don't hold your breath); "Sa i'n credu gair" (I don't believe a word), "dw i ddim yn ei gredu";
  // "Sa i'n gallu rhoi unrhyw ffydd yn…" (I can't put any faith in…).
  if (word === 'anadl' && (prev === 'eich' || prev === 'dy' || prev === 'fy') && prev2 === 'dal') kinds.add('doubted');
  if ((word === 'credu' || word === 'gredu') && negatedBefore(tokens, k, from) && (next === 'gair' || prev === 'ei' || refs.includes(k + 1))) kinds.add('doubted');
  if (word === 'ffydd' && negatedBefore(tokens, k, from)) kinds.add('doubted');
  // Welsh "Nid dyma'r tro cynta chwaith" (not the first time either).
  if ((word === 'cynta' || word === 'cyntaf' || word === 'gynta') && prev === 'tro' && tokens.hasWordIn(NOT_THEIR_FAULT, Math.max(from, k - 4), k - 1)) kinds.add('repeated');
  // Welsh "Gyda phob parch" (with all respect), Scots "Wi respect,".
  // (Welsh "gyda phob parch", and unmutated "gyda pob parch" as it is often typed.)
  if ((word === 'parch' && (prev === 'phob' || (prev === 'pob' && prev2 === 'gyda'))) || (word === 'respect' && prev === 'wi' && k - 1 === from)) kinds.add('stance');
  if (!refs.some((r) => Math.abs(k - r) <= EVIDENCE_REACH)) return;
  // "your dates arenae worth the paper they're written on".
  if (word === 'paper' && prev === 'the' && prev2 === 'worth' && negatedBefore(tokens, k, from)) kinds.add('doubted');
  // "the photo he says he took": their claim held at arm's length (not "He says he will call", their word passed on).
  if ((word === 'says' || word === 'claims') && refs.includes(k - 1) && next === prev && k - 2 >= from && !OPENERS_BEFORE_CLAIM.has(prev2)) kinds.add('doubted');
  // Lily Chen's "two working days": their own promise held up in quotation marks.
  if (refs.includes(k) && tokens.alt(k) !== undefined && /^\s*["“]\s*[a-z]/.test(text.slice(tokens.end(k)!, (tokens.start(k + 1) ?? text.length) + 1))) kinds.add('doubted');
  // "on four separate occasions", "three more times".
  if (OCCASIONS.has(word) && ((COUNTS.has(prev2) && OCCASION_ADJECTIVES.has(prev)) || (word === 'occasions' && COUNTS.has(prev)))) kinds.add('repeated');
  // "they keep turning out to be wrong".
  if ((word === 'keep' || word === 'kept') && KEPT_SUBJECTS.has(prev) && next.length > 4 && next.endsWith('ing')) kinds.add('repeated');
  // "I have had to stop relying on what she tells me".
  if ((word === 'relying' || word === 'rely') && (prev === 'stop' || prev === 'stopped' || negatedBefore(tokens, k, from))) kinds.add('doubted');
  // "spend a little less time on the artwork and a little more on the round": a verdict on where their time goes.
  // (They must be the ones spending it: "Tom suggested we spend less time on the report" is advice.)
  if (word === 'less' && (next === 'time' || tokens.norm(k + 2) === 'time') && tokens.hasWordIn(MORE, k + 2, to) &&
    refs.some((r) => r < k && k - r <= 5 && !tokens.hasWordIn(OTHER_SUBJECTS, r + 1, k))) kinds.add('judged');
  // "none of that seems to happen", "none of them has been met": what was promised, not done.
  // ("…got three different ones, none of which he stuck to": the officer may stand inside the clause, round 31.)
  if (word === 'none' && next === 'of' && tokens.hasWordIn(NOT_HAPPENED, k + 2, Math.min(to, k + 8)) &&
    refs.some((r) => (r < k && k - r <= FAILING_REACH + 4) || (r > k + 2 && r - k <= 4 && WHICH.has(tokens.norm(k + 2) ?? '')))) kinds.add('failed');
  // "you neither objected nor asked": only just after them.
  if (word === 'neither' && refs.some((r) => r < k && k - r <= 2) && tokens.hasWordIn(NOR, k + 1, to)) kinds.add('failed');
  // "I'd genuinely love to know which streets you were keeping an eye on": mock curiosity.
  if (word === 'know' && prev === 'to' && prev2 === 'love' && WH.has(next)) kinds.add('stance');
  // "Quite an achievement.", "What an achievement."
  if (word === 'achievement' && prev === 'an' && (prev2 === 'quite' || prev2 === 'what' || prev2 === 'some')) kinds.add('stance');
  // "it can't be that hard": the task is simple, so the failing is theirs.
  if ((word === 'hard' || word === 'difficult') && prev === 'that' && prev2 === 'be' && NEGATIONS.has(tokens.norm(k - 3) ?? '')) kinds.add('judged');
  // "Good to know Andrew's grasp of what those words mean hasn't changed": news welcomed in mockery, beside a failing.
  // (The officer is the news: "Good to know the road hasn't flooded" is news of a road.)
  if (word === 'know' && prev === 'to' && prev2 === 'good' && (refs.includes(k + 1) || refs.includes(k + 2)) && tokens.hasWordIn(FAILED, k + 1, to)) kinds.add('stance');
  // "I've had more useful answers from the automated phone line": the officer set against a machine or anyone else.
  // (What they did not give: their own answers were no use.)
  if (word === 'more' && COMPARED_GOODS.has(next) && tokens.hasWordIn(FROM_OUT, k + 2, Math.min(to, k + 5))) {
    kinds.add('judged');
    kinds.add('failed');
  }
  // "Amy Crichton's been 'looking into it' for six weeks now".
  if (word === 'now' && SPANS.has(prev) && (SPAN_COUNTS.has(prev2) || /^\d+$/.test(prev2)) && tokens.norm(k - 3) === 'for') kinds.add('repeated');
  // "you're not the only tenant she's let down", Welsh "nid chi yw'r unig denant".
  if ((word === 'only' || word === 'unig') && (tokens.hasWordIn(NOT_THEIR_FAULT, Math.max(from, k - 5), k)) && NOT_THE_ONLY.has(tokens.alt(k + 1) ?? next)) kinds.add('repeated');
  // "I've had to rewrite most of Hannah's minutes": the writer redoing their work.
  // (Most or all of it, not one task: "I had to rewrite Tom's report to fit the new template".)
  if (REDO.has(word) && prev === 'to' && (prev2 === 'had' || prev2 === 'have') && WHOLESALE.has(next) && refs.some((r) => r > k && r - k <= 4 && (tokens.alt(r) !== undefined || DETERMINERS_HIS_HER.has(tokens.norm(r)!)))) kinds.add('judged');
  // "if someone other than the team who built this one could test it": the work taken off them.
  if (word === 'than' && prev === 'other' && (prev2 === 'someone' || prev2 === 'somebody' || prev2 === 'anyone')) kinds.add('judged');
  // "Took a fortnight and a burst tyre tae get somebody oot": the time taken, in a fragment about them.
  if (k === from && TAKES.has(word) && (next === 'a' || next === 'an' || SPAN_COUNTS.has(next)) && SPANS.has(tokens.norm(k + 2) ?? '')) kinds.add('judged');
}
const COMPARED_GOODS = new Set(['useful', 'helpful', 'sense', 'information', 'answers', 'help']);
const FROM_OUT = new Set(['from', 'out']);
/** "not the only tenant", Welsh "denant" after "unig" (mutated). */
const NOT_THE_ONLY = new Set(['tenant', 'denant', 'resident', 'family', 'one', 'person', 'customer', 'member', 'councillor', 'household']);
const DETERMINERS_HIS_HER = new Set(['his', 'her']);
const NOT_HAPPENED = new Set(['happen', 'happens', 'happened', 'met', 'kept', 'done', 'stuck', 'honoured', 'honored']);
const WHICH = new Set(['which', 'them', 'these', 'those']);
const NOR = new Set(['nor']);
const WHOLESALE = new Set(['most', 'all', 'half', 'every', 'each', 'much']);
const REDO = new Set(['rewrite', 'redo', 'correct', 'reconstruct']);
/** Words before "he says he…" that open a clause of its own: "and he says he will", not "the photo he says he took". */
const OPENERS_BEFORE_CLAIM = new Set(['and', 'but', 'so', 'now', 'then', 'that', 'because', 'as', 'if', 'when', 'although', 'though', 'while', 'yet', 'also']);

/** The author of a thing: "Donnelly produced…", "prepared by Lorna Haig", "angharad signed it off", "Jade closed it". */
const AUTHORED = new Set(['produced', 'prepared', 'wrote', 'written', 'drafted', 'signed', 'compiled', 'authored', 'closed', 'issued', 'paratodd', 'ysgrifennodd', 'llofnododd']);
const BY = new Set(['by', 'gan']);
const SUMS_UP = new Set(['thats', 'dyna', 'typical']);
const AUTHOR_REACH = 4;
/** A thing gone wrong, said with no one named: "is wrong again", "went out … without the reps in it". */
const WRONG = new Set(['wrong', 'error', 'errors', 'mistake', 'mistakes', 'missing', 'missed', 'without', 'understated', 'overstated', 'incorrect', 'inaccurate', 'anghywir', 'heb', 'camgymeriad', 'camgymeriadau']);
/** Who else a failing may be pinned on: a decision, a committee, a contractor, an applicant. */
const OTHER_CULPRITS = new Set(['decision', 'decisions', 'committee', 'committees', 'vote', 'voted', 'contractor', 'contractors', 'developer', 'developers', 'applicant',
  'applicants', 'consultant', 'consultants', 'government', 'minister', 'penderfyniad', 'pwyllgor', 'contractwr']);
/** How many sentences before the author's may hold the failing. */
const PINNED_BEFORE = 2;

/** Does the sentence name the officer at `refs` as the author of something, or sum the failing up as theirs ("That's Beddoe for you")? */
function blamedFor(tokens: TokenList, from: number, to: number, refs: readonly number[]): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens.norm(k)!;
    if (AUTHORED.has(word) && refs.some((r) => (r < k && k - r <= AUTHOR_REACH) || (r > k && r - k <= AUTHOR_REACH && tokens.hasWordIn(BY, k + 1, r)))) return true;
  }
  // (The name may be two words: "Dyna Tom Baines i chi".)
  return refs.some((r) => tokens.hasWordIn(SUMS_UP, Math.max(from, r - 3), r) &&
    ((tokens.norm(r + 1) === 'for' && tokens.norm(r + 2) === 'you') || (tokens.norm(r + 1) === 'i' && tokens.norm(r + 2) === 'chi') || tokens.norm(r - 1) === 'typical'));
}

/** The failing and the repeat said of a thing in sentence `s` and the few sentences (`run` of them, about no one) just before it. */
function failingsBefore(tokens: TokenList, sentences: readonly (readonly [number, number])[], run: number, s: number): Set<Evidence> | undefined {
  const kinds = new Set<Evidence>();
  for (let j = s; j >= Math.max(0, s - Math.min(run, PINNED_BEFORE)); j--) {
    const [from, to] = sentences[j]!;
    // "The Planning Committee's decision … was the wrong one. The officer's report, written by Natalie Greaves, …": a
    // failing pinned on a decision or another body is theirs, not the author's.
    if (tokens.hasWordIn(OTHER_CULPRITS, from, to)) return undefined;
    for (let k = from; k < to; k++) {
      const word = tokens.norm(k)!;
      if (WRONG.has(word)) kinds.add('failed');
      if ((REPEATED.has(word) && (word !== 'every' || EVERY_UNITS.has(tokens.norm(k + 1) ?? ''))) || (word === 'times' && COUNTS.has(tokens.norm(k - 1) ?? '')) ||
        ((word === 'second' || word === 'ail') && (tokens.norm(k + 1) === 'time' || tokens.norm(k + 1) === 'tro'))) kinds.add('repeated');
    }
  }
  return kinds.size > 0 ? kinds : undefined;
}

const SENT = new Set(['sent', 'issued', 'circulated', 'published']);
const SENT_LINE_TOKENS = 6;
/** "Nobody seems to have looked at it", "nobody checked": no one looked before it went out. */
const UNCHECKED = new Set(['looked', 'checked', 'read', 'proofread', 'noticed']);

/** A failing and a repeat said of what was sent in the next sentences, none naming a person or another culprit. */
function failingsAfter(tokens: TokenList, sentences: readonly (readonly [number, number])[], s: number): Set<Evidence> | undefined {
  const kinds = new Set<Evidence>();
  for (let j = s + 1; j < Math.min(sentences.length, s + 1 + PINNED_BEFORE + 1); j++) {
    const [from, to] = sentences[j]!;
    if (tokens.hasWordIn(OTHER_CULPRITS, from, to)) return undefined;
    for (let k = from; k < to; k++) {
      const word = tokens.norm(k)!;
      if (WRONG.has(word) || ((word === 'nobody' || word === 'noone') && tokens.hasWordIn(UNCHECKED, k + 1, Math.min(to, k + 6)))) kinds.add('failed');
      if (REPEATED.has(word) && (word !== 'every' || EVERY_UNITS.has(tokens.norm(k + 1) ?? ''))) kinds.add('repeated');
    }
  }
  return kinds.has('failed') && kinds.has('repeated') ? kinds : undefined;
}

const YOU = new Set(['you', 'chi', 'ti']);
const TURNED_TO = new Set(['to', 'with', 'at', 'atoch', 'atat']);
/** A short line after praise that takes it back: "Other people's deadlines, anyway.", "Shame about the rest." */
const TAKE_BACK = new Set(['anyway', 'shame', 'pity', 'though']);
const TAKE_BACK_TOKENS = 6;

function takenBack(tokens: TokenList, sentences: readonly (readonly [number, number])[], s: number): boolean {
  const next = sentences[s + 1];
  if (!next || next[1] - next[0] > TAKE_BACK_TOKENS) return false;
  const last = tokens.norm(next[1] - 1)!;
  return last === 'anyway' || (TAKE_BACK.has(tokens.norm(next[0])!) && last !== 'thanks');
}

/** Does the sentence ending before token `to` end on a question mark? */
function isQuestion(text: string, tokens: TokenList, to: number): boolean {
  return /\?/.test(text.slice(tokens.end(to - 1)!, tokens.start(to) ?? text.length));
}

/** Words of a promise: "promised me a decision", "assured us", Welsh "Addawodd hi ffonio". */
const WELSH_PROMISES = new Set(['addawodd', 'addo', 'addewid']);
const PROMISES = new Set(['promised', 'promise', 'assured', 'guaranteed', ...WELSH_PROMISES]);
/** "told me it would be reviewed", "You told me this had been put right": a promise in other words. */
const TOLD = new Set(['told', 'said']);
const WOULD = new Set(['would', 'will', 'had', 'was', 'byddai', 'bydd']);
const PROMISE_REACH = 8;
/** How many sentences after a promise may say it was not kept. */
const KEPT_REACH = 3;
/** What a promise not kept reads like after it: "It wasn't", "It hadn't", "nothing back", Welsh "dim byd". */
const NOT_KEPT = new Set([...FAILED, 'dim', 'hadnt', 'wasnt', 'nothing', 'no', 'none']);

/** A promise made by the officer referred to at `refs`: the promise word near them. */
function promisedAt(tokens: TokenList, text: string, from: number, to: number, refs: readonly number[]): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens.norm(k)!;
    // (Or a claim they made, "told by the case officer, Tomos Bennett, that a site notice went up", session 12.)
    // (Or their claim in their own words: 'said the roofing order "went in before Christmas"', round 31.)
    const promise = PROMISES.has(word) || (TOLD.has(word) && (tokens.hasWordIn(WOULD, k + 1, to) || tokens.hasWordIn(THAT, k + 1, Math.min(to, k + PROMISE_REACH)) || quotedWithin(text, tokens, k, to)));
    // The officer makes it: their name before the word with no other subject between ("Colin Rudd, who manages that
    // team, promised…"), after "by" ("were told in June – by you"), or after a Welsh verb ("Addawodd hi…"); not
    // "I … said I would pass it to you" about a resident named before.
    // ("She stood in front of forty residents and said…": a subject word after a preposition or a count is an object.)
    if (promise && refs.some((r) => (r < k && k - r <= PROMISE_REACH && !subjectBetween(tokens, r + 1, k)) ||
      (r > k && r - k <= PROMISE_REACH && (tokens.norm(r - 1) === 'by' || tokens.norm(k + 1) === 'by')) || (r > k && r - k <= 3 && WELSH_PROMISES.has(word)))) return true;
  }
  return false;
}
const THAT = new Set(['that']);

/**
 * Their word, kept coming back to or set against the facts in the same sentence (session 12): "the third time Gethin has
 * promised…", Welsh "Dyna'r trydydd addewid gan Sharon", "each time we've been told it was a one-off", "He told them twice
 * that the evidence had been passed to the panel when it hadn't", "Why did she tell me it was with the panel when the panel
 * doesn't sit until April?".
 */
function wordAgainstThem(tokens: TokenList, from: number, to: number, refs: readonly number[], repeated: boolean): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens.norm(k)!;
    if (!PROMISES.has(word) && !TOLD.has(word) && word !== 'tell' && word !== 'dweud') continue;
    // Said by them: their name or pronoun near the word, with no other subject between.
    const theirs = refs.some((r) => (r < k && k - r <= 4 && !tokens.hasWordIn(OTHER_SUBJECTS, r + 1, k)) || (r > k && r - k <= 3 && (tokens.hasWordIn(BY, k + 1, r) || WELSH_PROMISES.has(word))));
    if (repeated && (theirs || (word === 'told' && tokens.norm(k - 1) === 'been'))) return true;
    if (!theirs) continue;
    for (let j = k + 2; j < to - 1; j++) if (tokens.norm(j) === 'when' && tokens.hasWordIn(NOT_KEPT, j + 1, Math.min(to, j + 6))) return true;
  }
  return false;
}

/** "It's not the first time either", Welsh "Nid dyma'r tro cynta chwaith". */
function notFirstTime(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const word = tokens.norm(k)!;
    if (word === 'first' && tokens.norm(k - 1) === 'the' && tokens.hasWordIn(NOT_THEIR_FAULT, Math.max(from, k - 3), k - 1)) return true;
    if ((word === 'cynta' || word === 'cyntaf' || word === 'gynta') && tokens.norm(k - 1) === 'tro' && tokens.hasWordIn(NOT_THEIR_FAULT, Math.max(from, k - 4), k - 1)) return true;
  }
  return false;
}

/** "Quite an achievement.", "What a mess.", "Such a surprise.": an exclamation, not a thing named. */
const EXCLAIMS = new Set(['quite', 'what', 'such']);
function exclaims(tokens: TokenList, from: number): boolean {
  return EXCLAIMS.has(tokens.norm(from) ?? '') && (tokens.norm(from + 1) === 'a' || tokens.norm(from + 1) === 'an');
}

/** "don't hold your breath", Scots "dinnae haud yer breath", Welsh "peidiwch â dal eich anadl". */
function holdBreath(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from + 2; k < to; k++) {
    const word = tokens.norm(k)!;
    if ((word === 'breath' || word === 'anadl') && BREATH_OWNERS.has(tokens.norm(k - 1)!) && HOLD.has(tokens.norm(k - 2)!) && tokens.hasWordIn(DONT, Math.max(from, k - 5), k - 2)) return true;
  }
  return false;
}
const ANYONE = new Set(['anyone', 'anybody']);
const BREATH_OWNERS = new Set(['your', 'yer', 'my', 'ma', 'eich', 'dy']);
const HOLD = new Set(['hold', 'haud', 'dal']);
const DONT = new Set(['dont', 'dinnae', 'didnae', 'wouldnt', 'peidiwch', 'paid', 'not', 'never']);

/** How many sentences back the "when" half of a comparison may stand. */
const WHEN_SENTENCES = 2;
/** "Six weeks and not so much as an acknowledgement.", "Three months, and nothing": a line opening on the time gone by. */
function opensOnSpan(tokens: TokenList, from: number): boolean {
  const count = tokens.norm(from) ?? '';
  return (SPAN_COUNTS.has(count) || /^\d+$/.test(count)) && LONG_SPANS.has(tokens.norm(from + 1) ?? '') && (tokens.norm(from + 2) === 'and' || tokens.norm(from + 2) === 'later');
}
/** "These days, with Tom Baines in charge, nobody does", "Nowadays…": the second half of a comparison (round 34). */
function theseDays(tokens: TokenList, from: number, to: number): boolean {
  const first = tokens.norm(from);
  if (first === 'nowadays' || (first === 'these' && tokens.norm(from + 1) === 'days')) return true;
  for (let k = from; k < Math.min(to, from + WHEN_REACH + 4); k++) if (tokens.norm(k) === 'charge' && tokens.norm(k - 1) === 'in' && tokens.hasWordIn(WITH, Math.max(from, k - 5), k - 2)) return true;
  return false;
}
/** "Paul Donaldson's predecessor": someone before the officer named. */
function predecessorOf(tokens: TokenList, refs: ReadonlyMap<Officer, number[]>): boolean {
  return [...refs.values()].some((places) => places.some((r) => PREDECESSOR.has(tokens.norm(r + 1) ?? '')));
}
const WITH = new Set(['with']);
const PREDECESSOR = new Set(['predecessor', 'predecessors']);
/** "Under Paul the average is now well over a month": the second half of a comparison, opening on the officer's time in charge (round 34). */
function underThem(tokens: TokenList, from: number, refs: readonly number[]): boolean {
  return tokens.norm(from) === 'under' && refs.some((r) => r > from && r - from <= 2);
}
const HAD_THE_WORK = new Set(['had', 'ran', 'managed', 'covered', 'handled', 'led']);

/** A quotation mark within a few words after token k ('said the order "went in…"'). */
function quotedWithin(text: string, tokens: TokenList, k: number, to: number): boolean {
  const end = tokens.end(Math.min(to, k + QUOTE_REACH) - 1);
  return end !== undefined && /["“]/.test(text.slice(tokens.end(k)!, end));
}
const QUOTE_REACH = 5;

/** Another subject between tokens [from, to), passing over an object ("in front of forty residents", "to residents"). */
function subjectBetween(tokens: TokenList, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (OTHER_SUBJECTS.has(tokens.norm(j)!) && !OBJECT_BEFORE.has(tokens.norm(j - 1) ?? '') && !SPAN_COUNTS.has(tokens.norm(j - 1) ?? '')) return true;
  return false;
}
const OBJECT_BEFORE = new Set(['of', 'to', 'with', 'for', 'at', 'from', 'by', 'the', 'our', 'many', 'some', 'all', 'thirty', 'forty', 'fifty', 'hundred', 'dozen']);

/** A failing further from the officer than FAILING_REACH, with only a hedge ("as far as I can see") standing between. */
function hedgedFailing(tokens: TokenList, r: number, k: number): boolean {
  let hedge = -1;
  for (let j = r + 1; j < k; j++) {
    if (hedgeAt(tokens, j)) hedge = j;
    else if (OTHER_SUBJECTS.has(tokens.norm(j)!)) return false;
  }
  return hedge >= 0 && k - r <= FAILING_REACH + HEDGE_TOKENS;
}
const HEDGE_TOKENS = 6;

/** "Mr Coldwell has now had three goes at explaining this to scrutiny and has not managed it once": a failing in a verb joined by "and", sharing their subject (round 34). */
function joinedFailing(tokens: TokenList, r: number, k: number): boolean {
  const and = AUXILIARIES.has(tokens.norm(k - 1) ?? '') ? k - 2 : k - 1;
  // ("…can always find the time for a photo opportunity but never for a site visit": "but" joins the same subject's verbs.)
  if (!JOINS.has(tokens.norm(and) ?? '') || k - r > 2 * FAILING_REACH + 4) return false;
  for (let j = r + 1; j < and; j++) if (OTHER_SUBJECTS.has(tokens.norm(j)!) || JOINS.has(tokens.norm(j)!) || tokens.norm(j) === 'who' || tokens.norm(j) === 'which') return false;
  return true;
}
const AUXILIARIES = new Set(['has', 'had', 'did', 'does', 'have', 'is', 'was']);
const JOINS = new Set(['and', 'but']);

/** "when Eirlys Mathias ran development management": "when" then a person — one referred to, or a capitalised name the directory no longer lists. */
function whenNamed(text: string, tokens: TokenList, from: number, to: number, refs: ReadonlyMap<Officer, number[]>): boolean {
  for (let k = from; k < to - 1; k++) {
    // ("Under Rob Ellis's predecessor the depot answered the phone", round 34: "under" a person, not "under review".)
    if (!WHEN.has(tokens.norm(k)!) && tokens.norm(k) !== 'under') continue;
    if ([...refs.values()].some((places) => places.includes(k + 1) || places.includes(k + 2))) return true;
    if (tokens.norm(k) === 'under') continue;
    if (tokens.get(k + 1)!.capitalised && tokens.get(k + 2)?.capitalised === true && tokens.norm(k + 1) !== 'i') return true;
    // ("When Sue had the Netherton Flats patch": a first name alone, then the work they had, round 31.)
    if (tokens.get(k + 1)!.capitalised && tokens.norm(k + 1) !== 'i' && HAD_THE_WORK.has(tokens.norm(k + 2) ?? '') && (tokens.norm(k + 3) === 'the' || tokens.norm(k + 3) === 'it')) return true;
  }
  return false;
}

const REPLIES = new Set(['reply', 'response', 'answer', 'acknowledgement', 'word']);
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id']);
const REACTIONS = new Set(REACTIONS_LIST);

/** The writer's side of the story just told about an officer: no reply had ("I have not had a single reply"), or their reaction ("I'm embarrassed by it"). */
function writersSide(tokens: TokenList, from: number, to: number): boolean {
  if (!FIRST_PERSON.has(tokens.norm(from) ?? '') || tokens.hasWordIn(THIRD_PARTY_WORDS, from, to)) return false;
  for (let k = from + 1; k < to; k++) {
    const word = tokens.norm(k)!;
    if (REACTIONS.has(word)) return true;
    // "I'd feel more reassured if someone other than…", "I've had more useful answers from the phone line".
    if ((word === 'than' && tokens.norm(k - 1) === 'other') || (word === 'more' && COMPARED_GOODS.has(tokens.norm(k + 1) ?? ''))) return true;
    if (REPLIES.has(word) && tokens.hasWordIn(NO_REPLY, Math.max(from, k - NO_REPLY_REACH), k)) return true;
    // "I asked for the notes of that meeting a fortnight ago": the writer's own request, still open (round 34).
    if (word === 'ago' && tokens.hasWordIn(ASKED, from + 1, Math.min(to, from + 3))) return true;
    // "I'm still waiting" after what they were asked for.
    if (word === 'waiting' && tokens.norm(k - 1) === 'still') return true;
  }
  return lostCount(tokens, from, to);
}
const ASKED = new Set(['asked', 'requested', 'chased', 'wrote']);
/** "I'll believe it when I see the van" (round 31): the writer's disbelief of what the sentence before promised. */
function notBelieved(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) if (tokens.norm(k) === 'believe' && tokens.norm(k + 1) === 'it' && tokens.norm(k + 2) === 'when') return true;
  return false;
}
const NO_REPLY_REACH = 6;
const NO_REPLY = new Set(['not', 'no', 'never', 'havent', 'hasnt', 'nae']);
const THIRD_PARTY_WORDS = new Set(['contractor', 'contractors', 'company', 'firm', 'developer', 'agency', 'police', 'landlord', 'association', 'consultants', 'consultant']);

/** Does one of the next few sentences say it did not happen? */
function brokenAfter(tokens: TokenList, sentences: readonly (readonly [number, number])[], s: number): boolean {
  for (let j = s + 1; j < Math.min(sentences.length, s + 1 + KEPT_REACH); j++) {
    const [from, to] = sentences[j]!;
    if (tokens.hasWordIn(NOT_KEPT, from, to)) return true;
    // "Rhys promised the residents Friday. It's Wednesday.": the day named since, in a line of its own (round 31).
    if (to - from <= DAY_LINE_TOKENS && tokens.hasWordIn(WEEKDAYS, from, to) && tokens.hasWordIn(WEEKDAYS, sentences[s]![0], sentences[s]![1])) return true;
  }
  return false;
}
const DAY_LINE_TOKENS = 3;
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "the same person", "the same officer", "yr un person", "the person signing off…", "the officer responsible": the token, or -1. */
function samePersonAt(tokens: TokenList, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const word = tokens.norm(k)!;
    if (word !== 'person' && word !== 'officer' && word !== 'swyddog') continue;
    const prev = tokens.norm(k - 1)!;
    const next = tokens.norm(k + 1) ?? '';
    if ((prev === 'same' && tokens.norm(k - 2) === 'the') || (prev === 'un' && (tokens.norm(k - 2) === 'yr' || tokens.norm(k - 2) === 'yr'))) return k;
    if (prev === 'the' && (next === 'responsible' || next === 'signing' || next === 'who' && (tokens.norm(k + 2) === 'signed' || tokens.norm(k + 2) === 'wrote'))) return k;
  }
  return -1;
}

/**
 * The officer the sentences weigh against, when the evidence is heavy enough: three kinds of it,
 * or two kinds across two sentences. An officer writing about a colleague must go beyond a plain
 * account (what was not done, and when): a doubt, a pattern or a verdict.
 */
export function weighFailings(context: PatternContext): PatternFinding | undefined {
  const { tokens, sentences, mentions } = context;
  const weights = new Map<Officer, Weight>();
  const praised = new Set<Officer>();
  /** Officers thanked in a courtesy line ("Thank you Wendy."), and those the letter then mocks: the thanks shield only the first. */
  const courteous = new Set<Officer>();
  const mocked = new Set<Officer>();
  let carried: Officer | undefined;
  /** Sentences still to carry the officer of a short address before them ("Well done Liam. Eleven weeks to…"). */
  let addressed = 0;
  /** The officer a list is about ("Since September Zoe Fairweather has:" and the points under it). */
  let listOwner: Officer | undefined;
  /** The one officer of the sentence before, and whether it opened on "when" (the first half of a comparison). */
  let previous: { officer: Officer; when: boolean } | undefined;
  /** The last sentence that said how things were "when <someone>" had the work, and who that was if listed. */
  let lastWhen: { sentence: number; officer: Officer | undefined } | undefined;
  /** The one officer of the last sentence that named one, for "the same person" later on. */
  let lastNamed: Officer | undefined;
  /** How many sentences in a row, up to the one before, were about no one. */
  let reflessRun = 0;
  /** A line that says not to believe what comes next ("Dinnae haud yer breath, Jean."), for the officer the next sentence names. */
  let warned = false;
  /** The message opened on mock praise said alone ("Splendid."), for the officer of the next sentence. */
  let mockOpener = false;
  /** A line of the writer's that backs a complaint ("That doesn't surprise me."), for the officer of the next sentence. */
  let backed = false;
  let m = 0;
  for (let s = 0; s < sentences.length; s++) {
    const [from, to] = sentences[s]!;
    const refs = new Map<Officer, number[]>();
    const refer = (officer: Officer, at: number): void => {
      const places = refs.get(officer);
      if (places) places.push(at);
      else refs.set(officer, [at]);
    };
    while (m < mentions.length && mentions[m]!.first < from) m++;
    // ("…by the housing officer who took the call, Ryan Tosh": a post the directory does not list, beside a named
    // officer, is that officer.)
    let listedHere = false;
    for (let j = m; j < mentions.length && mentions[j]!.first < to; j++) if (mentions[j]!.officer && !mentions[j]!.unlisted) listedHere = true;
    for (let j = m; j < mentions.length && mentions[j]!.first < to; j++) {
      const mention = mentions[j]!;
      // ("This is the third report… from the same officer": the officer named last, not a post of its own, round 34.)
      if (mention.unlisted && lastNamed && tokens.norm(mention.first) === 'the' && tokens.norm(mention.first + 1) === 'same') refer(lastNamed, mention.last - 1);
      else if (mention.officer && !(listedHere && mention.unlisted)) refer(mention.officer, mention.last - 1);
    }
    // ("Gillian Hepburn has been the enforcement officer covering Lochanbeg… she's seen…": "she" after a post the directory
    // does not list, beside the one officer named in the sentence, is that officer, round 31.)
    const unlistedHere = new Set<Officer>();
    const listedOfficers = new Set<Officer>();
    for (let j = m; j < mentions.length && mentions[j]!.first < to; j++) {
      const mention = mentions[j]!;
      if (mention.officer) (mention.unlisted ? unlistedHere : listedOfficers).add(mention.officer);
    }
    for (let k = from; k < to; k++) {
      const officer = context.pronounOfficer(k, s);
      if (officer && unlistedHere.has(officer) && listedOfficers.size === 1) refer([...listedOfficers][0]!, k);
      else if (officer) refer(officer, k);
    }
    // "Martin, this is the third time Chloe Barnard has…": a name said to the reader at the head of the
    // sentence is not who the sentence is about.
    if (refs.size === 2) {
      // (Or a dash: "Emyr - Rhys promised the residents Friday", round 31.)
      for (const [other, places] of refs) if (places.length === 1 && places[0]! - from <= 1 && /^\s*(?:,|\s[-–—]\s)/.test(context.text.slice(tokens.end(places[0]!)!, tokens.start(places[0]! + 1) ?? context.text.length))) refs.delete(other);
    }
    // "he hasn't got anything like the grip on it that Bethany had", "not in the same league as Dawn": the
    // officer held up for comparison is not the one the sentence is about.
    if (refs.size === 2) {
      for (const [other, places] of refs) if (places.every((r) => comparedAt(tokens, r))) refs.delete(other);
    }
    // "I'm not going to spend another month waiting on her, so I'm coming to you": the officer written to, after a
    // preposition, is where the writer turns, not who the sentence is about.
    if (refs.size === 2) {
      for (const [other, places] of refs) if (places.every((r) => YOU.has(tokens.norm(r)!) && TURNED_TO.has(tokens.norm(r - 1) ?? ''))) refs.delete(other);
    }
    const namedHere = refs.size;
    // A point of a list under a line about one officer ending on a colon: "Since September Zoe has:
    // - not acknowledged my request - cancelled the site meeting twice".
    const bullet = isListItem(context.text, tokens, from);
    if (!bullet) listOwner = undefined;
    if (refs.size === 0 && bullet && listOwner) refs.set(listOwner, [from]);
    if (refs.size === 0 && carried) {
      // "That falls well short of what I expect": a sentence opening on "that"/"this"/"it" goes on about
      // the officer the sentence before was about; so does one that opens on the writer's stand ("To be
      // honest with you, I don't think the case was given the attention…"), a short line with no verb of
      // its own ("Four months of active reviewing - impressive stuff."), and the few sentences after a
      // short line said to the officer ("Well done Liam. Eleven weeks to…").
      // ("Or is 'made safe' just the quickest way to get a report off the list?": a question that opens on "or" goes on asking.)
      // (And the writer's side of the same story, session 12: "I have not had a single substantive reply", "I'm frankly embarrassed by it".)
      // ("Six weeks and not so much as an acknowledgement.": a line that opens on the time gone by, round 34.)
      // ("If that is on top of it, I would hate to see behind": their word taken up again, round 34.)
      const goesOn = CARRY_OPENERS.has(tokens.norm(from) ?? '') || opensOnSpan(tokens, from) || ifThatIs(tokens, from) || opensWithStance(tokens, from) || coincidenceAfterFailing(tokens, from, sentences[s - 1]) || addressed > 0 || (tokens.norm(from) === 'or' && isQuestion(context.text, tokens, to)) ||
        ((writersSide(tokens, from, to) || notBelieved(tokens, from, to)) && !tokens.hasWordIn(THIRD_PARTY_WORDS, sentences[s - 1]![0], sentences[s - 1]![1])) ||
        // ("Does anyone actually read these runs before they go out?" after the officer who signs them off, session 12.)
        (isQuestion(context.text, tokens, to) && RHETORICAL_OPENERS.has(tokens.norm(from) ?? '') && ANYONE.has(tokens.norm(from + 1) ?? '')) ||
        (to - from <= VERBLESS_TOKENS && !tokens.hasWordIn(VERBS, from, to) && !tokens.hasWordIn(CLOSING_WORDS, from, to) && (!tokens.hasWordIn(THING_DETERMINERS, from, to - 1) || exclaims(tokens, from)));
      // ("Zoe passed on the news. This is the third time the contractor has promised…": a sentence that names another body is about it, session 12.)
      const another = tokens.hasWordIn(THIRD_PARTY_WORDS, from, to);
      // "…the consequences of one officer's poor time-keeping": or names them again by their post.
      const byPost = goesOn ? -1 : officerNounAt(tokens, from, to);
      // ("I'm afraid the delay is down to Victoria, not the housing team": a sentence that names a member written to is about them, round 31.)
      if ((goesOn || byPost >= 0) && !another && context.namesOther?.(from, to) !== true) refs.set(carried, [goesOn ? from : byPost]);
    }
    // "Dyma'r trydydd tro … i fi orfod mynd ar ôl yr un person", "the person signing off these reports": the one
    // officer named last, pointed to again without a name.
    if (refs.size === 0 && lastNamed) {
      const pointer = samePersonAt(tokens, from, to);
      if (pointer >= 0) refs.set(lastNamed, [pointer]);
    }
    // "Wedodd e wrtha i… fod 'dim problem'. Ges i'r log… aeth neb mas 'na tan y 19eg. Nid dyma'r tro cynta chwaith.": "not the first time"
    // after one line of evidence about no one else goes on about the officer named last (session 12).
    if (refs.size === 0 && lastNamed && reflessRun === 1 && notFirstTime(tokens, from, to) && !tokens.hasWordIn(OTHER_CULPRITS, sentences[s - 1]![0], sentences[s - 1]![1]) &&
      !tokens.hasWordIn(THIRD_PARTY_WORDS, sentences[s - 1]![0], sentences[s - 1]![1])) refs.set(lastNamed, [from]);
    // ("Joanne, Victoria": a greeting to an officer and a member together is said to neither alone.)
    addressed = namedHere === 1 && to - from <= ADDRESS_TOKENS && context.namesOther?.(from, to) !== true ? ADDRESS_CARRY : Math.max(0, addressed - 1);
    // ("Could you let me know: 1. how many collections…": a request's points are questions, not their record, round 34.)
    if (namedHere === 1 && endsOnColon(context.text, tokens, to) && !REQUEST_OPENERS.has(tokens.norm(from) ?? '') && !tokens.hasWordIn(PLEASE, from, to)) listOwner = [...refs.keys()][0];
    carried = refs.size === 1 ? [...refs.keys()][0] : undefined;
    if (namedHere === 1) lastNamed = [...refs.keys()][0];
    const before = previous;
    // "…will recall that when Eirlys Mathias ran development management we never once had… Since Sioned Morris took over…": the
    // first half may name someone no longer listed, and a line may stand between the halves (session 12).
    const whenBefore = lastWhen !== undefined && s - lastWhen.sentence <= WHEN_SENTENCES ? lastWhen : undefined;
    // ("When Paul Donaldson's predecessor ran Adult Services…": the first half is about someone before them, round 34.)
    if (refs.size <= 1 && whenNamed(context.text, tokens, from, to, refs)) lastWhen = { sentence: s, officer: refs.size === 1 && !predecessorOf(tokens, refs) ? [...refs.keys()][0] : undefined };
    previous = refs.size === 1 ? { officer: [...refs.keys()][0]!, when: tokens.hasWordIn(WHEN, from, Math.min(to, from + WHEN_REACH)) } : undefined;
    const run = reflessRun;
    reflessRun = refs.size === 0 ? reflessRun + 1 : 0;
    // "Aye well dinnae haud yer breath Jean. Amy Crichton's been 'looking into it' for six weeks now": the warning is about
    // the officer of the next sentence (session 12).
    const warnedBefore = warned;
    warned = refs.size === 0 && holdBreath(tokens, from, to);
    // ("Splendid. Perhaps Mr Haslam could come along too - he might learn…": mock praise said alone, then the officer, round 34.)
    const mockOpenerBefore = mockOpener;
    // ("I'm afraid that doesn't surprise me at all. Tom Baines has been the same with me…": the complaint backed, then the officer.)
    const backedBefore = backed;
    backed = refs.size === 0 && backsComplaint(tokens, from, to);
    mockOpener = refs.size === 0 && s === 0 && to - from <= MOCK_OPENER_TOKENS && tokens.hasWordIn(MOCK_OPENERS, from, to);
    if (refs.size !== 1) continue;
    if (warnedBefore) {
      const weight = weights.get([...refs.keys()][0]!) ?? { kinds: new Set<Evidence>(), sentences: 0, best: { first: from, last: to, size: 0 } };
      weight.kinds.add('doubted');
      weight.sentences++;
      weights.set([...refs.keys()][0]!, weight);
    }
    const reflessBefore = run;
    const [officer, at] = [...refs][0]!;
    // "The modelling is wrong again. Donnelly produced the last two versions as well.": the failing said of a thing
    // in the sentences just before is pinned on the officer a sentence names as its author (or sums up: "Dyna Beddoe i chi").
    // (In a lower-case message the splitter may not see the full stop: "went out without the reps in it. thats the
    // second time since sept. angharad signed it off" is one sentence, and the failing stands in it.)
    // ("…this time appendix C was the wrong version. … it wasn't like this before you took over the team": the failings
    // before are pinned on the officer whose time in charge the writer blames, round 34.)
    const tenure = tenureBlamed(tokens, from, at);
    // ("Things ran perfectly well before you arrived. Now the rent statements are wrong every month": the failings after.)
    const pinned = blamedFor(tokens, from, to, at) || tenure ? failingsBefore(tokens, sentences, reflessBefore, s) : tenureFine(tokens, from, at) ? failingsAfter(tokens, sentences, s) :
      // "Shona Ridley sent it out. Appendix C is the December draft… Nobody seems to have looked at it… This is the
      // third set this year.": a short line naming who sent it, then what was wrong with it (session 11, round 26).
      to - from <= SENT_LINE_TOKENS && tokens.hasWordIn(SENT, from, to) ? failingsAfter(tokens, sentences, s) : undefined;
    if (pinned) {
      const weight = weights.get(officer) ?? { kinds: new Set<Evidence>(), sentences: 0, best: { first: from, last: to, size: 0 } };
      for (const kind of pinned) weight.kinds.add(kind);
      weight.sentences += 2;
      if (pinned.size > weight.best.size) weight.best = { first: from, last: to, size: pinned.size };
      weights.set(officer, weight);
    }
    if (context.reportedSentence(s, at)) continue;
    let weightSentences = 1;
    let kinds = evidenceIn(tokens, context.text, from, to, at, context.threadStems);
    if ((mockOpenerBefore || backedBefore) && kinds && kinds !== 'praised' && kinds !== 'courtesy') {
      kinds.add('stance');
      // (The line before is a sentence of its own.)
      if (backedBefore) weightSentences = 2;
    }
    // ("Make of it what you will - I'm told she's never set foot on…": the invitation is a sentence's worth of its own, round 35.)
    if (kinds && kinds !== 'praised' && kinds !== 'courtesy' && kinds.size >= 2 && leftToReader(tokens, from, to)) weightSentences = 2;
    // "Zara is very good at sending reminders. Other people's deadlines, anyway.": praise taken back in the line after is faint praise.
    if (kinds === 'praised' && takenBack(tokens, sentences, s)) kinds = new Set<Evidence>(['stance']);
    if (kinds === 'courtesy' && takenBack(tokens, sentences, s)) kinds = new Set<Evidence>(['stance']);
    if (kinds === 'courtesy') {
      courteous.add(officer);
      continue;
    }
    let compared = false;
    // A damning comparison: "When Ailsa Reid looked after it, I got an answer the same day. Since Tom Jardine took
    // it over I have had nothing back" — the officer after "since" is held against the one before.
    if (kinds !== 'praised' && kinds && ((before?.when && before.officer !== officer) || (whenBefore && whenBefore.sentence < s && whenBefore.officer !== officer)) &&
      (tokens.hasWordIn(SINCE, from, Math.min(to, from + WHEN_REACH)) || underThem(tokens, from, at) || theseDays(tokens, from, to))) {
      kinds.add('judged');
      // (Both halves are evidence about the second officer: the comparison weighs as two sentences, round 34.)
      compared = true;
    }
    if (kinds === 'praised') praised.add(officer);
    if (kinds && kinds !== 'praised' && mocks(tokens, context.text, from, to, context.threadStems)) mocked.add(officer);
    // "Colin Rudd promised me a decision within a fortnight. … I have had nothing back": their word, not kept.
    if (kinds && kinds !== 'praised' && promisedAt(tokens, context.text, from, to, at) && brokenAfter(tokens, sentences, s)) kinds.add('doubted');
    if (kinds && kinds !== 'praised' && wordAgainstThem(tokens, from, to, at, kinds.has('repeated'))) kinds.add('doubted');
    if (kinds && kinds !== 'praised' && tenure) kinds.add('judged');
    // Their explanation quoted and thrown back with irony in a sentence after it (round 34): doubted and mocked, two sentences' worth.
    const echoed = kinds !== undefined && kinds !== 'praised' && explanationMocked(context.text, tokens, sentences, s, at);
    if (echoed && kinds && kinds !== 'praised') {
      kinds.add('doubted');
      kinds.add('stance');
    }
    if (!kinds || kinds === 'praised' || kinds.size === 0) continue;
    const weight = weights.get(officer) ?? { kinds: new Set<Evidence>(), sentences: 0, best: { first: from, last: to, size: 0 } };
    for (const kind of kinds) weight.kinds.add(kind);
    // (A comparison beside a failing, a doubt or the writer's stand: "every month" alone is no failing, round 34.)
    weight.sentences += weightSentences === 2 || echoed || (compared && (kinds.has('failed') || kinds.has('doubted') || kinds.has('stance'))) ? 2 : 1;
    if (kinds.has('judged')) {
      weight.verdicts = (weight.verdicts ?? 0) + 1;
      if (tokens.hasWordIn(EMPHASIS, from, to)) weight.emphatic = true;
    }
    if (kinds.size > weight.best.size) weight.best = { first: from, last: to, size: kinds.size };
    weights.set(officer, weight);
  }
  for (const [officer, weight] of weights) {
    const heavy = weight.kinds.size >= 3 || (weight.kinds.size >= 2 && weight.sentences >= 2) || ((weight.verdicts ?? 0) >= VERDICT_SENTENCES && weight.emphatic === true);
    const judging = weight.kinds.has('doubted') || weight.kinds.has('judged') || weight.kinds.has('repeated');
    if (heavy && !praised.has(officer) && (!courteous.has(officer) || mocked.has(officer)) && (!context.officerSender || judging)) return { officer, first: weight.best.first, last: weight.best.last };
  }
  return undefined;
}
