// Round 34 (Millhaven, Hollinwood): officers run down politely or by implication, with no stock insult. Each kind
// here is one more piece of evidence for the second reading (officer-criticism-pattern.ts), which still needs its
// usual weight (three kinds, or two across two sentences) about one named officer:
// - insinuation: "it's curious how Mr X's department always…", "you'd never guess she had been anywhere near the site";
// - a faint concession: "I'm sure she did her very best, but…";
// - a lesson for them: "he might learn that a site visit involves actually visiting the site", "from behind his desk";
// - the writer backing a complaint: "I've had exactly the same runaround from Mr X";
// - a count of tries: "three goes at explaining this", "the four emails I've sent him", "He has answered none of them";
// - "I've stopped counting", "get someone else on the patch", "I've kept a note of mine since October";
// - a comparison with a predecessor: "When Paul's predecessor ran Adult Services… Under Paul the average is…" (in the pattern file);
// - the writer's wait and stand: "lucky to get one in a month", "nine weeks since I first asked", "with the greatest respect",
//   "you can probably guess", "I won't say what I think of…", "something less demanding";
// - in a reply-all to every member: "he might find out what…", "the last three reports he wrote", "for Tom Baines's benefit",
//   "I've sent him five since August and had one reply" (and a mock "Splendid." opener, in the pattern file);
// - rhetoric and mock titles: "Apparently so.", "How hard can it be for…", "Three weeks and counting.", "our so-called
//   expert", "at her finest", "I would hate to see…".
import type { TokenList } from '../text/tokens';
import type { Evidence } from './officer-criticism-pattern';

const REACH = 20;
const INSINUATING = new Set(['curious', 'funny', 'strange', 'odd', 'convenient', 'telling']);
const IT_IS = new Set(['its', 'is', 'too', 'rather', 'very']);
const WOULD = new Set(['would', 'youd', 'wouldve']);
const OWNERS = new Set(['her', 'his', 'their', 'your']);
const BEEN = new Set(['been', 'gone', 'went', 'go', 'got', 'get', 'come', 'came']);
const NEGATIONS = new Set(['not', 'never', 'no', 'hasnt', 'hadnt', 'havent', 'didnt', 'wasnt', 'isnt', 'wouldnt', 'doesnt', 'dont', 'cant', 'couldnt']);
const LESSON_SUBJECTS = new Set(['he', 'she', 'they', 'you']);
const LESSON_MODALS = new Set(['might', 'could', 'may']);
const SPELT_OUT = new Set(['involves', 'involve', 'means', 'mean', 'requires', 'require']);
const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'numerous', 'countless', 'multiple']);
const TRIES = new Set(['goes', 'attempts', 'tries', 'stabs', 'bites']);
const CHASERS = new Set(['emails', 'e-mails', 'letters', 'messages', 'calls', 'reminders', 'chasers', 'voicemails']);
const SENT = new Set(['sent', 'written', 'left', 'made', 'forwarded']);
const FIRST_PERSON = new Set(['i', 'ive', 'weve', 'we']);
const OTHER_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'residents', 'nobody', 'everyone', 'it', 'im', 'ive', 'weve', 'youve', 'theyve', 'the', 'a']);
const TAKE_OVER = new Set(['get', 'put', 'have', 'find', 'give', 'move']);
const SOMEONE = new Set(['someone', 'somebody']);
const PLACED = new Set(['on', 'onto', 'to', 'in', 'covering']);
const FAILED_REACH = 8;
/** "I'm sure", "I know", "I appreciate": the load granted (round 35). */
const GRANTING = new Set(['sure', 'know', 'appreciate', 'realise', 'realize', 'understand', 'doubt']);
const GRANT_REACH = 10;
const DISREGARDS = new Set(['ignores', 'ignored', 'ignore', 'overlooks', 'overlooked', 'overlook', 'disregards', 'disregarded', 'disregard']);
const FLATLY = new Set(['simply', 'just', 'completely', 'entirely', 'conveniently', 'blithely', 'wholly']);
const BASIC_WORK = new Set(['read', 'visit', 'visited', 'check', 'checked', 'look', 'looked', 'open', 'opened', 'consider', 'considered', 'go', 'went', 'been']);
const DENIALS = new Set(['not', 'dont', 'doubt', 'hardly', 'isnt', 'wasnt', 'never']);
/** "you would never guess from his report that he had been anywhere near": the denial may stand a clause before. */
const NEAR_NEGATION = 12;

/** Evidence at token k of the sentence [from, to) about the officer referred to at `refs`. */
export function veiledCriticism(tokens: TokenList, text: string, from: number, to: number, k: number, refs: readonly number[], kinds: Set<Evidence>): void {
  if (!refs.some((r) => Math.abs(k - r) <= REACH)) return;
  const word = tokens.norm(k)!;
  const prev = tokens.norm(k - 1) ?? '';
  const prev2 = tokens.norm(k - 2) ?? '';
  const next = tokens.norm(k + 1) ?? '';
  // "it's curious how Mr Sheard's department always…", "curious too that he was so keen…", "funny how she's never in":
  // an insinuation left for the reader to finish ("It's interesting that…" may be news, and is not read).
  if (INSINUATING.has(word) && (next === 'how' || (next === 'that' && IT_IS.has(prev)) || (next === 'too' && tokens.norm(k + 2) === 'that'))) kinds.add('stance');
  // "I'll let people draw their own conclusions": the insinuation said to be one.
  if (word === 'conclusions' && prev === 'own' && tokens.norm(k - 3) === 'draw') kinds.add('stance');
  // "you would never guess she had been anywhere near the site", "you'd never know he'd visited".
  if ((word === 'guess' || word === 'know') && prev === 'never' && (WOULD.has(prev2) || (prev2 === 'would' && tokens.norm(k - 3) === 'you'))) kinds.add('stance');
  // "I'm sure Chloe did her very best, but…": a concession made to be taken back.
  if (word === 'best' && (OWNERS.has(prev) || (prev === 'very' && OWNERS.has(prev2))) && tokens.hasWordIn(BUT, k + 1, Math.min(to, k + 4))) kinds.add('stance');
  // "I'm sure she has a great deal on her plate, but…", "I know he's very busy, but…": their load granted, to be taken back (round 35).
  if (((word === 'plate' && OWNERS.has(prev) && prev2 === 'on') || (word === 'busy' && (prev === 'very' || prev === 'extremely' || prev === 'terribly'))) &&
    tokens.hasWordIn(GRANTING, Math.max(from, k - GRANT_REACH), k) && tokens.hasWordIn(BUT, k + 1, Math.min(to, k + 3))) kinds.add('stance');
  // "I don't think that's a coincidence", "hardly a coincidence", "no coincidence": the failing laid at their door by hint (round 35).
  if ((word === 'coincidence' || word === 'accident') && (prev === 'a' || prev === 'no') && (prev === 'no' || tokens.hasWordIn(DENIALS, Math.max(from, k - 5), k - 1))) kinds.add('stance');
  // "…if Gareth's report then simply ignores them", "she conveniently overlooked the objections": a failing put flatly (round 35).
  if (DISREGARDS.has(word) && FLATLY.has(prev)) kinds.add('failed');
  // "Were the objections actually read by Mr Lumb before he wrote that report?", "Did she actually visit the site?": a question
  // that doubts the basic work was done at all (round 35; a question without "actually" may be only a question).
  if (word === 'actually' && tokens.hasWordIn(BASIC_WORK, k + 1, Math.min(to, k + 3)) && /\?/.test(text.slice(tokens.end(to - 1)!, tokens.start(to) ?? text.length))) kinds.add('doubted');
  // "I'm told she's never set foot on Narrowboat Way", "he hasn't set foot in the flat": the visit not made (round 35).
  if (word === 'foot' && prev === 'set' && tokens.hasWordIn(NEGATIONS, Math.max(from, k - 4), k - 1)) kinds.add('failed');
  // "Make of it what you will": the writer leaves the verdict to the reader (round 35).
  if (makeOfItAt(tokens, k)) kinds.add('stance');
  // "she had been anywhere near the site" denied: the visit not made (not "the estimate isn't anywhere near the quote").
  if (word === 'near' && prev === 'anywhere' && BEEN.has(prev2) && tokens.hasWordIn(NEGATIONS, Math.max(from, k - NEAR_NEGATION), k - 2)) kinds.add('failed');
  // "he might learn that a site visit involves…": a lesson the writer sets them.
  // ("He might find out what a material consideration is", "she might discover…".)
  const lesson = word === 'learn' || word === 'discover' || (word === 'find' && next === 'out');
  if (lesson && LESSON_MODALS.has(prev) && (LESSON_SUBJECTS.has(prev2) || refs.includes(k - 2))) kinds.add('judged');
  // "approved it from behind his desk": decided without going to see.
  if (word === 'desk' && OWNERS.has(prev) && prev2 === 'behind') kinds.add('failed');
  // "a site visit involves actually visiting the site": a duty spelt out as if to a beginner.
  if (word === 'actually' && SPELT_OUT.has(prev)) kinds.add('stance');
  // "the same runaround from Mr Pickles", "given the runaround": evasion.
  if (word === 'runaround') kinds.add('judged');
  // "I've had exactly the same runaround / answer from Mr Pickles": the writer backs the complaint from their own dealings.
  // ("…the same trouble with Mr Pickles": with them, as from them.)
  if (word === 'same' && prev === 'the' && refs.some((r) => r > k && r - k <= 5 && tokens.hasWordIn(FROM, k + 1, r))) kinds.add('repeated');
  // "I'll say no more than this": the insinuation announced.
  if (word === 'more' && prev === 'no' && prev2 === 'say') kinds.add('stance');
  // "three goes at explaining this", "two attempts at a reply": tries counted.
  if (TRIES.has(word) && COUNTS.has(prev)) kinds.add('repeated');
  // "the four emails I've sent him since July": the writer's chasers, counted.
  if (CHASERS.has(word) && COUNTS.has(prev) && tokens.hasWordIn(FIRST_PERSON, k + 1, Math.min(to, k + 3)) && tokens.hasWordIn(SENT, k + 1, Math.min(to, k + 4)) &&
    refs.some((r) => r > k && r - k <= 5)) kinds.add('repeated');
  // "He has answered none of them": nothing done, after a verb of theirs ("Tom told me none of the residents objected" is news).
  if (word === 'none' && prev.length > 3 && prev.endsWith('ed') && refs.some((r) => r < k && k - r <= FAILED_REACH && !tokens.hasWordIn(OTHER_SUBJECTS, r + 1, k))) kinds.add('failed');
  // "I've stopped counting", "I've lost count": it keeps happening.
  if ((word === 'counting' && (prev === 'stopped' || prev === 'stop')) || (word === 'count' && prev === 'lost')) kinds.add('repeated');
  // "I'm lucky to get one in a month", "lucky if I hear back by Easter": the reply so rare it is mocked.
  // (A reply is what is lucky to come: "lucky to get a seat" is not mockery.)
  if (word === 'lucky' && (next === 'to' || next === 'if') && tokens.hasWordIn(RECEIVED, k + 2, Math.min(to, k + 5)) && tokens.hasWordIn(REPLIES, k + 3, Math.min(to, k + 7))) kinds.add('stance');
  // "you can probably guess", "I'll let you guess": the insinuation left to the reader; "I won't say what I think of…".
  if (word === 'guess' && tokens.hasWordIn(YOU, Math.max(from, k - 3), k) && tokens.hasWordIn(GUESSING, Math.max(from, k - 2), k)) kinds.add('stance');
  if (word === 'think' && prev === 'i' && prev2 === 'what' && SAY.has(tokens.norm(k - 3) ?? '') && tokens.hasWordIn(NEGATIONS_SAID, Math.max(from, k - 5), k - 3)) kinds.add('stance');
  // "With the greatest respect to Tom Baines,", "with all due respect": the writer's stand before the blow.
  if (word === 'respect' && RESPECT_DEGREES.has(prev) && tokens.hasWordIn(WITH, Math.max(from, k - 4), k - 1)) kinds.add('stance');
  // "it has now been nine weeks since I first asked": the writer's wait for them.
  if (word === 'since' && SPANS.has(prev) && (COUNTS.has(prev2) || /^\d+$/.test(prev2)) && FIRST_PERSON.has(next) && tokens.hasWordIn(ASKED, k + 2, Math.min(to, k + 5))) kinds.add('failed');
  // "Perhaps it would be kinder to move Ravi Patel to something less demanding": the job beyond them.
  if ((word === 'demanding' || word === 'challenging') && prev === 'less') kinds.add('judged');
  // "I'm still waiting, and I suspect I'll be waiting a while yet": what they were asked for not come, and the writer's suspicion.
  if (word === 'waiting' && prev === 'still' && FIRST_PERSON_NOW.has(prev2)) kinds.add('failed');
  if (word === 'suspect' && prev === 'i') kinds.add('stance');
  // "Six weeks and not so much as an acknowledgement", "not even a reply".
  if (REPLIES.has(word) && (((prev === 'an' || prev === 'a') && tokens.norm(k - 2) === 'as' && tokens.norm(k - 3) === 'much') || (prev === 'even' && tokens.norm(k - 2) === 'not'))) kinds.add('failed');
  // "…another excuse from Zoe Marsh. This time it's the weather.": one more of a series.
  if (word === 'time' && prev === 'this' && k - 1 === from) kinds.add('repeated');
  // "Another month, another excuse from Zoe Marsh": it keeps coming round.
  if (word === 'another' && k === from && tokens.hasWordIn(ANOTHER, k + 2, Math.min(to, k + 5))) kinds.add('repeated');
  // "the last three reports he wrote for my ward": their work counted.
  if (word === 'last' && prev === 'the' && COUNTS.has(next) && refs.some((r) => r > k && r - k <= 5)) kinds.add('repeated');
  // "for Tom Baines's benefit": a lesson meant for them, said to everyone.
  if (word === 'benefit' && refs.includes(k - 1) && tokens.alt(k - 1) !== undefined && tokens.hasWordIn(FOR, Math.max(from, k - 4), k - 1)) kinds.add('stance');
  // "I've sent him five since August and had one reply": the writer's chasers, counted, and the answer that came.
  if (word === 'sent' && refs.includes(k + 1) && (COUNTS.has(tokens.norm(k + 2) ?? '') || /^\d+$/.test(tokens.norm(k + 2) ?? ''))) kinds.add('repeated');
  if (ANSWERS.has(word) && (prev === 'one' || prev === 'single') && tokens.hasWordIn(HAD, Math.max(from, k - 3), k - 1)) kinds.add('failed');
  // "Tom Baines has been the same with me", "treated me in exactly the same way": the complaint backed from the writer's own dealings.
  if (word === 'same' && prev === 'the' && ((next === 'with' && ME.has(tokens.norm(k + 2) ?? '')) || next === 'way') && refs.some((r) => r < k && k - r <= FAILED_REACH)) kinds.add('repeated');
  // "Is it too much to expect… to visit a site…? Apparently so.": the writer's own answer to their question.
  if ((word === 'so' || word === 'not') && prev === 'apparently' && k - 1 === from && to - from <= 2) kinds.add('stance');
  // "How hard can it be for Zoe Marsh to return a phone call?": the task is simple, so the failing is theirs.
  if ((word === 'hard' || word === 'difficult') && prev === 'how' && (next === 'can' || next === 'is' || next === 'could')) kinds.add('judged');
  // "Three weeks and counting.": the wait goes on.
  if (word === 'counting' && prev === 'and' && k + 1 === to) kinds.add('repeated');
  // "our so-called tree expert", "who I'm reliably told is an expert": a title given in mockery.
  if ((word === 'called' && prev === 'so') || word === 'socalled' || (word === 'told' && prev === 'reliably')) kinds.add('stance');
  // "Zoe Marsh at her finest, again": their best, mocked (with a repeat or failing it still needs).
  if ((word === 'finest' || word === 'best') && OWNERS.has(prev) && prev2 === 'at' && refs.includes(k - 1)) kinds.add('stance');
  // "If that is on top of it, I would hate to see behind": what they call good enough, mocked.
  if (word === 'hate' && (prev === 'would' || prev === 'id') && next === 'to' && tokens.norm(k + 2) === 'see') kinds.add('stance');
  // "Apparently Tom Baines is "on top of it"": their own word, held up with a shrug.
  if (word === 'apparently' && k === from && refs.some((r) => r > k && r - k <= 3) && /["\u201c]/.test(text.slice(tokens.end(k)!, tokens.end(to - 1)!))) kinds.add('doubted');
  // "I've kept a note of mine since October", "I have been keeping a log": the writer keeping a record of their failings.
  if (KEPT_RECORDS.has(word) && prev === 'a' && KEEPING.has(prev2)) kinds.add('stance');
  // "Is there any chance we can get someone else on the Lowfield patch?": the work taken off them.
  if (word === 'else' && SOMEONE.has(prev) && PLACED.has(next) && tokens.hasWordIn(TAKE_OVER, Math.max(from, k - 3), k - 1)) kinds.add('judged');
}
const BUT = new Set(['but', 'though', 'however']);
const RESPECT_DEGREES = new Set(['greatest', 'all', 'due', 'every', 'utmost', 'respect']);
const WITH = new Set(['with']);
const SPANS = new Set(['days', 'weeks', 'months', 'years', 'fortnight']);
const ASKED = new Set(['asked', 'wrote', 'reported', 'chased', 'raised', 'emailed', 'rang', 'called', 'complained']);
const RECEIVED = new Set(['get', 'hear', 'see', 'receive', 'got', 'heard']);
const FIRST_PERSON_NOW = new Set(['im', 'am', 'were', 'are', 'i']);
const ANOTHER = new Set(['another']);
const ME = new Set(['me', 'us']);
const FOR = new Set(['for']);
const ANSWERS = new Set(['reply', 'answer', 'response', 'acknowledgement']);
const HAD = new Set(['had', 'got', 'received', 'only']);
const REPLIES = new Set(['one', 'reply', 'answer', 'response', 'call', 'callback', 'back', 'anything', 'word', 'acknowledgement']);
const YOU = new Set(['you']);
const GUESSING = new Set(['can', 'could', 'probably', 'let', 'well']);
const SAY = new Set(['say', 'tell', 'write', 'put']);
const NEGATIONS_SAID = new Set(['wont', 'not', 'shant', 'wouldnt', 'cant', 'never']);
const KEPT_RECORDS = new Set(['note', 'record', 'log', 'tally', 'diary']);
const KEEPING = new Set(['kept', 'keeping', 'keep']);
const FROM = new Set(['from', 'with']);

/** "I've stopped counting", "I've lost count": a line of the writer's own that goes on about the officer of the sentence before. */
const MADE_OF = new Set(['it', 'that', 'this']);
/** "make of it / that what you will", ending at token k ("will"). */
function makeOfItAt(tokens: TokenList, k: number): boolean {
  return tokens.norm(k) === 'will' && tokens.norm(k - 1) === 'you' && tokens.norm(k - 2) === 'what' && MADE_OF.has(tokens.norm(k - 3) ?? '') && tokens.norm(k - 4) === 'of' &&
    tokens.norm(k - 5) === 'make';
}

/**
 * "Make of it what you will - I'm told she's never set foot on the street": the writer's invitation to judge is a sentence
 * of its own, and makes what they pass on in it theirs (round 35).
 */
export function leftToReader(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from + 5; k < to; k++) if (makeOfItAt(tokens, k)) return true;
  return false;
}

export function lostCount(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const word = tokens.norm(k)!;
    if ((word === 'counting' && tokens.norm(k - 1) === 'stopped') || (word === 'count' && tokens.norm(k - 1) === 'lost')) return true;
  }
  return false;
}

/** What the officer offered by way of explanation: "Mr Kittow's explanation was that "…"", "her reply to me was that "…"". */
const EXPLANATIONS = new Set(['explanation', 'excuse', 'reply', 'response', 'answer', 'reason', 'line']);
/** The sentences after it that may throw it back. */
const ECHO_SENTENCES = 2;
/** Irony said of their explanation: "…apparently isn't urgent", "…conveniently", "…only glitches when the residents disagree". */
const IRONY = new Set(['apparently', 'evidently', 'presumably', 'conveniently', 'miraculously', 'magically', 'mysteriously', 'somehow']);
const ONLY_WHEN = new Set(['when', 'whenever', 'if']);
const CLAIMS = new Set(['assures', 'assured', 'insists', 'insisted', 'claims', 'claimed', 'maintains', 'maintained']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'spring', 'summer']);
const OTHER_BODIES = new Set(['contractor', 'contractors', 'company', 'firm', 'developer', 'agency', 'police', 'landlord', 'consultants', 'consultant']);
const QUOTE_OPEN = /["\u201c]([^"\u201d\n]{3,120})/;
const STEM = 5;
const stems = (text: string): string[] => (text.toLowerCase().match(/[a-z]{5,}/g) ?? []).map((w) => w.slice(0, STEM));

/**
 * "When I raised it Mr Kittow's explanation was that "it wasn't flagged as urgent". Four months of lorries on a single-track
 * lane apparently isn't urgent.": the officer's explanation quoted, then thrown back with irony in one of the next two
 * sentences (a word of it said again beside "apparently", "conveniently", "only… when"). Their word doubted and mocked.
 */
export function explanationMocked(text: string, tokens: TokenList, sentences: readonly (readonly [number, number])[], s: number, refs: readonly number[]): boolean {
  const [from, to] = sentences[s]!;
  // (Their own: "Mr Kittow's explanation", "her own excuse"; "Tom passed on the contractor's explanation" is someone else's.)
  // ("Ravi Patel assures me the application is "progressing well"": their claim, said to be ongoing.)
  const at = refs.find((r) => EXPLANATIONS.has(tokens.norm(r + 1) ?? '') || CLAIMS.has(tokens.norm(r + 1) ?? '') || (tokens.norm(r + 1) === 'own' && EXPLANATIONS.has(tokens.norm(r + 2) ?? '')));
  if (at === undefined || at >= to || tokens.hasWordIn(OTHER_BODIES, from, to)) return false;
  const end = sentences[s + 1] ? tokens.start(sentences[s + 1]![0])! : text.length;
  const quoted = QUOTE_OPEN.exec(text.slice(tokens.end(at)!, end));
  if (!quoted) return false;
  const said = new Set(stems(quoted[1]!).filter((w) => !ECHO_STOP.has(w)));
  if (said.size === 0) return false;
  for (let j = s + 1; j < Math.min(sentences.length, s + 1 + ECHO_SENTENCES); j++) {
    const [first, last] = sentences[j]!;
    if (tokens.hasWordIn(OTHER_BODIES, first, last)) return false;
    let echoed = false;
    let ironic = false;
    for (let k = first; k < last; k++) {
      const word = tokens.norm(k)!;
      if (word.length >= STEM && said.has(word.slice(0, STEM))) echoed = true;
      if (IRONY.has(word) || (word === 'only' && tokens.hasWordIn(ONLY_WHEN, k + 1, Math.min(last, k + 4)))) ironic = true;
      // ("It has been progressing well since March": the claim said again, with how long it has been made.)
      if ((word === 'since' && MONTHS.has(tokens.norm(k + 1) ?? '')) || (word === 'for' && (COUNTS.has(tokens.norm(k + 1) ?? '') || /^\d+$/.test(tokens.norm(k + 1) ?? '')) && SPANS.has(tokens.norm(k + 2) ?? ''))) ironic = true;
    }
    if (echoed && ironic) return true;
  }
  return false;
}
/** Stems too common to make an echo ("would", "there", "which"). */
const ECHO_STOP = new Set(['would', 'there', 'which', 'their', 'about', 'could', 'shoul', 'wasnt', 'isnt', 'hasnt', 'didnt', 'being', 'where', 'these', 'those', 'other']);

/** "since", "before", "until" a new officer took the work over. */
const TENURE_LEADS = new Set(['since', 'before', 'until', 'till']);
const TOOK = new Set(['took', 'started', 'arrived', 'joined', 'came', 'moved']);
const TOOK_WHAT = new Set(['over', 'on', 'charge']);
const DENIED = new Set(['not', 'never', 'nothing', 'wasnt', 'werent', 'isnt', 'hasnt', 'havent', 'hadnt', 'didnt', 'no']);

/**
 * "it wasn't like this before you took over the team", "Nothing has gone right since she took over": the writer sets the
 * way things were against the officer's time in charge, with a denial before it (round 34; "Since Tom took over we meet
 * fortnightly" denies nothing).
 */
export function tenureBlamed(tokens: TokenList, from: number, refs: readonly number[]): boolean {
  return refs.some((r) => r - 1 > from && TENURE_LEADS.has(tokens.norm(r - 1) ?? '') && TOOK.has(tokens.norm(r + 1) ?? '') &&
    (tokens.norm(r + 1) !== 'took' || TOOK_WHAT.has(tokens.norm(r + 2) ?? '')) && tokens.hasWordIn(DENIED, from, r - 1));
}

/** Words for how things went before them: "ran perfectly well", "was fine", "worked better". */
const FINE = new Set(['well', 'fine', 'better', 'smoothly', 'okay', 'ok', 'properly']);

/** "Things ran perfectly well before you arrived": the way things went before the officer took over, praised (the failings follow). */
export function tenureFine(tokens: TokenList, from: number, refs: readonly number[]): boolean {
  return refs.some((r) => r - 1 > from && tokens.norm(r - 1) === 'before' && TOOK.has(tokens.norm(r + 1) ?? '') &&
    (tokens.norm(r + 1) !== 'took' || TOOK_WHAT.has(tokens.norm(r + 2) ?? '')) && tokens.hasWordIn(FINE, from, r - 1));
}

const SURPRISE = new Set(['surprise', 'surprised', 'surprising']);
const NOT_SURPRISED = new Set(['not', 'doesnt', 'didnt', 'no', 'hardly', 'isnt', 'wasnt', 'dont', 'nae']);

/**
 * "I'm afraid that doesn't surprise me at all.", "I couldn't agree more.": a line of the writer's own, in answer to a complaint,
 * that backs it before the officer is named (round 34). Like a warning not to believe what follows, it is evidence about
 * the officer the next sentence names.
 */
export function backsComplaint(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens.norm(k)!;
    if (SURPRISE.has(word) && tokens.norm(k - 1) !== 'surprise' && tokens.norm(k + 1) !== 'surprise' && tokens.hasWordIn(NOT_SURPRISED, Math.max(from, k - 3), k)) return true;
    if (word === 'more' && tokens.norm(k - 1) === 'agree' && (tokens.norm(k - 2) === 'couldnt' || (tokens.norm(k - 2) === 'not' && tokens.norm(k - 3) === 'could'))) return true;
  }
  return false;
}
