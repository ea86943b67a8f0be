// Requests to act, however politely put ("Could you send someone out…", "would you mind calling
// in on her", "please bump them up the list"), told apart from requests for information ("could
// you tell me…", "would you mind letting me know…"). A request opens with a polite frame; the
// word it asks for decides: an information verb is a question, anything else is a request to act.
import { phraseWords, tokenize, type TokenList } from '../text/tokens';
import { PhraseIndex } from '../text/phrase-index';

/** Frames after which the asked-for verb follows ("could you ___", "would you mind ___ing"). */
const OPENERS = [
  // (Scots "ye": "Could ye get a crew oot tae fill it?")
  '{can|could|would|will|might} {you|u|ye}',
  // "can we move the item up to 4…": a member's "we" that asks the officer to do it.
  '{can|could} we',
  '{could|would} you {possibly|perhaps|please|kindly|just|also}',
  '{would|do} you mind',
  '{would|will} you be {able|willing|happy|prepared} to', 'are you able to', 'would you be so kind as to', 'would you be kind enough to',
  // "I wonder whether you might be able to hold the place open": the verb after "able to".
  '{if|whether} you {might|would|could|will} be {able|willing|prepared} to',
  '{if|way|chance|whether|hoping|wonder if|wondering if} you {could|can|would|might}', '{if|whether|hoping} youd',
  // "I only want you to check the Welsh", "I'd just like you to…".
  '{i|id|we|wed} {would|} {only|just|really|} {like|want|need|ask|expect} you to', 'i {would|} {ask|urge} that you',
  '{would|is} it {be|} possible to', 'is there any way to',
  '{can|could|would} {someone|somebody|anyone|one of your team|your team|the team|a colleague}',
  // The junior officer's own team asked by name: "can members' services run off 50 A3 posters…".
  '{can|could|would} {member services|members services|democratic services|the office|your office|your lot}',
  'anything you {can|could} do',
  '{please|pls}',
  // Welsh: "fyddech chi'n gallu…", "allet ti…", "a fyddai modd…", "wnewch chi…", "plîs".
  '{fyddech|allech|wnewch} {chin|chi} {gallu|}', '{fyddet|allet|wnei|alli} {tin|ti|di} {gallu|}', 'fyddai modd', '{plis|plîs}',
  // North Walian and spoken forms: "fedri di sbïo dros…", "fedrwch chi…", "fasech chi'n gallu…", "fysat ti'n medru…".
  '{fedri|fedrwch|fedrech|fedret|elli|ellwch|allwch} {di|ti|chi}',
  // South-west and spoken forms, unmutated at the start of a sentence: "Gallech chi hala'r daflen…", "Gallet ti fwcio'r neuadd…".
  '{gallech|gallwch|gallet|galli|gelli|gellwch} {chin|tin|chi|ti|di} {gallu|}', '{fasech|fasach|fysech|fysach|fasat|fysat|fasai|fysai} {chin|tin|chi|ti} {gallu|medru|}',
  // "dw i isio i ti jecio'r Gymraeg" (I want you to check the Welsh), "hoffwn i chi…", "fyswn i'n licio i ti…": "I'd like you to…".
  '{dw i|dwi|rydw i|rwyf i|dwin|rwyn|dw in|rydw in} {isio|eisiau|eisie|isie|moyn|angen} i {ti|chi}',
  '{hoffwn|hoffen|licwn|leiciwn|licen|leicen} i {ti|chi}',
  // South-west "moyn" (want): "Wi moyn i ti symud yr eitem", "Fi'n moyn i ti ffono'r contractwr", "Bydden i'n moyn i chi hala rhywun mas".
  // (Not "Sa i moyn cael dim byd yn anghywir": the writer's own wish, with no "i ti".)
  '{wi|win|fi|fin|odw in|wi in} {moyn|isie|eisie|eisiau|angen} i {ti|chi}', '{bydden|fydden|bydde|fydde} {in|i} {moyn|hoffi|lico|licio|leico|leicio} i {ti|chi}', '{fyswn|faswn|byswn|baswn|fyddwn} {in|i} {licio|leicio|hoffi|lico} i {ti|chi}',
];

/**
 * A reminder is a request too when it opens a clause: "Remember to put the total in the newsletter", "Don't forget to book the
 * room", "…hyd yn hyn – cofia roi'r ffigwr yn y cylchlythyr" (remember to put the figure in the newsletter), "Paid ag anghofio
 * bwcio'r ystafell". The verb after it decides, as after any frame ("remember to let me know" asks for information). Not "I must
 * remember to…" (the writer's own), "Remember that…", "Cofia fi at bawb" (remember me to everyone).
 */
const REMINDERS = ['{remember|do remember} to', '{dont|do not|never} forget to', '{cofia|cofiwch}', '{paid|peidiwch} {ag|â|a|} {anghofio|anghofio i}'];

/** Frames that are requests to act whatever follows ("anything you can do", "do me a favour"). */
const COMPLETE_REQUESTS = ['anything you {can|could} do', 'any chance of',
  '{can|could} {it|this|they|these|that} go {on|onto|in|into}'];
/** A favour asked after any frame: "could you do us a wee favour and run off…", "if you could do me a quick favor". */
const FAVOUR = '{do|doing} {me|us} a {wee|quick|small|little|big|huge|massive|} {favour|favor}';
/** The same, only when they open a sentence ("Make sure the bins…", not "I want to make sure I've…"). */
const IMPERATIVES = ['{make sure|ensure|see to it}'];

/** Verbs that ask only for information, whatever follows them. */
const INFORMATION_VERBS = new Set([
  'confirm', 'clarify', 'explain', 'remind', 'know', 'believe', 'imagine', 'recall', 'remember', 'think', 'say',
  'answer', 'reply', 'respond', 'estimate', 'share', 'provide', 'list', 'describe', 'summarise', 'summarize', 'outline', 'attach', 'recap',
  'forgive', 'excuse', 'bear', 'like', 'prefer', 'rather', 'agree', 'mind', 'be', 'please',
  // Welsh: tell, confirm, explain, let know.
  'dweud', 'ddweud', 'cadarnhau', 'gadarnhau', 'esbonio', 'egluro', 'gwybod', 'wybod', 'bod', 'fod',
]);

/** Verbs that ask for information when the next word is one of these ("tell me", "check whether"). */
const INFORMATION_WHEN_FOLLOWED: Record<string, string[]> = {
  tell: ['me', 'us', 'whether', 'if', 'when', 'how', 'what', 'why', 'who', 'where', 'which'],
  let: ['me', 'us'],
  give: ['me', 'us'],
  get: ['me', 'us', 'back'],
  come: ['back'],
  send: ['me', 'us', 'over', 'through', 'across', 'back', 'a copy', 'copies'],
  forward: ['me', 'us'],
  email: ['me', 'us'],
  call: ['me', 'us'], ring: ['me', 'us'], phone: ['me', 'us'], text: ['me', 'us'],
  update: ['me', 'us'],
  keep: ['me', 'us'],
  copy: ['me', 'us'], cc: ['me', 'us'],
  point: ['me', 'us'], direct: ['me', 'us'], put: ['me', 'us'],
  advise: ['me', 'us', 'whether', 'if', 'on', 'what', 'how', 'when'],
  check: ['whether', 'if', 'when', 'what', 'how', 'why', 'who', 'that', 'for me'],
  find: ['out'], look: ['up'], dig: ['out'],
  see: ['if', 'whether', 'the', 'my', 'attached', 'below', 'above', 'from', 'what', 'why', 'how'],
  have: ['the', 'any', 'a breakdown', 'figures', 'details', 'an update', 'a note'],
  help: ['me understand', 'us understand', 'me with a question', 'with a question'],
  // "book me on the training" puts the writer on a list; "book us Committee Room 2" is a task.
  contact: ['me', 'us'], count: ['me in', 'us in'], book: ['me on', 'me onto', 'me in', 'me into', 'us on', 'us onto', 'us in', 'us into'],
  pass: ['on my thanks', 'my thanks', 'on our thanks', 'our thanks'],
  rhoi: ['gwybod'], roi: ['gwybod'],
  // Welsh "check whether / if / when": "wirio a yw…", "jecio os…", "tsiecio pryd…".
  ...Object.fromEntries(['gwirio', 'wirio', 'checio', 'jecio', 'tsiecio', 'tshecio'].map((verb) => [verb, ['a', 'os', 'pryd', 'faint', 'beth', 'sut', 'pam', 'pwy', 'bod', 'fod']])),
};

/** Words that may sit between the frame and the verb ("could you possibly just…"). */
const FILLERS = new Set(['please', 'pls', 'possibly', 'kindly', 'just', 'also', 'perhaps', 'maybe', 'still', 'then', 'quickly', 'urgently',
  'plis', 'plîs', 'hefyd', 'efallai', 'eu', 'ei', 'ein', 'ych', 'fy', 'dy', 'i', 'ir', 'iw', 'tim', 'tîm', 'rhywun']);

/** Not a verb: the frame was not a request ("could you, when…", "please find attached" is caught below). */
const NOT_VERBS = new Set(['when', 'if', 'as', 'the', 'a', 'an', 'at', 'in', 'on', 'not', 'no', 'than', 'that', 'so', 'and', 'or', 'but',
  'thank', 'thanks', 'find', 'note', 'see', 'do', 'dont', 'feel', 'accept', 'can', 'could', 'would', 'will', 'you', 'me', 'us', 'it', 'this',
  'there', 'yes',
  // Welsh words that follow "cofia" but are no verb: "cofia fi at bawb", "cofiwch fod…", "cofia mai…", "cofiwch y cyfarfod".
  'y', 'yr', 'r', 'at', 'am', 'fi', 'ni', 'mai', 'taw', 'nad', 'na', 'hyn', 'hynny', 'mod']);

/** Words before the frame that make it rhetorical or a complaint ("how could you let…"). */
const RHETORICAL = new Set(['how', 'why']);

type Frame = 'needs-verb' | 'complete' | 'imperative' | 'reminder';
const openers = new PhraseIndex<Frame>();
for (const pattern of OPENERS) openers.add(pattern, 'needs-verb');
for (const pattern of REMINDERS) openers.add(pattern, 'reminder');
for (const pattern of COMPLETE_REQUESTS) openers.add(pattern, 'complete');
for (const pattern of IMPERATIVES) openers.add(pattern, 'imperative');
const favours = new PhraseIndex<true>();
favours.add(FAVOUR, true);
/** A pet name before the verb asked for: "would you be a star and run your eye over…", "could you be an angel and…". */
const PET_NAME = '{be|being} {a|an} {star|love|dear|darling|angel|gem|sweetheart|treasure|pal|hero|legend|doll|lamb|good egg} and';
const petNames = new PhraseIndex<true>();
petNames.add(PET_NAME, true);
const followers = new Map(Object.entries(INFORMATION_WHEN_FOLLOWED).map(([verb, next]) => [verb, next.map(phraseWords)]));

function startsWith(tokens: TokenList, at: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens.norm(at + k) === word);
}

/** "calling" → call, "letting" → let, "making" → make: the base forms a gerund may come from. */
function baseForms(word: string): string[] {
  if (!word.endsWith('ing') || word.length < 5) return [word];
  const stem = word.slice(0, -3);
  const forms = [word, stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) forms.push(stem.slice(0, -1));
  return forms;
}

/** "…the figures to me", "…'r ffigurau ata i": whatever the verb, it is sent back to the writer. */
const TO_THE_WRITER = ['to me', 'to us', 'ata i', 'ata fi', 'ato fi', 'aton ni'].map(phraseWords);
/**
 * Welsh "i mi" / "i ni" is "to me" after a verb that hands something over ("anfon y ffigurau i mi"), but "for me" after
 * any other ("sbïo dros y daflen i mi", look over the leaflet for me): a favour, not a question.
 */
const TO_OR_FOR_THE_WRITER = ['i mi', 'i fi', 'i ni'].map(phraseWords);
const WELSH_HANDING_OVER = new Set(['anfon', 'hanfon', 'danfon', 'ddanfon', 'gyrru', 'yrru', 'rhoi', 'roi', 'ebostio', 'e-bostio', 'pasio', 'basio',
  'rhannu', 'rannu', 'dangos', 'ddangos', 'cael', 'gael', 'estyn', 'ffeindio', 'dod', 'ddod',
  // South-west "hala" (send): "allet ti hala'r ffigurau i fi?" asks for information.
  'hala', 'halar', 'hela', 'helar']);

/** Verbs that hand something over: sent to the writer, they ask for information, unless it is people's contact details. */
const HANDING_OVER = new Set(['send', 'forward', 'give', 'email', 'pass', 'let', 'get', 'dig', 'share', 'provide', 'list']);
/**
 * "send me the names and phone numbers of the committee", "the contact details of the residents on the list":
 * compiling people's details for the writer is a task, not a factual question.
 */
const PEOPLES_DETAILS = /^[^.?!\n]{0,40}?\b(?:names?\s+(?:and|&)\s+(?:(?:phone|mobile|telephone|contact|home)\s+)?(?:numbers|addresses|emails|e-?mail addresses|details)|(?:contact details|phone numbers|mobile numbers|home addresses|e-?mail addresses)\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,4}?(?:residents|tenants|committee|members|people|households|families|volunteers|association|group)\b)/i;

/**
 * "send me the electoral register for Morfa as a spreadsheet", "an extract of the register of electors", Welsh "y gofrestr etholwyr":
 * the voters themselves, handed over as the object, are people's details too. Not "the date the electoral register is published"
 * nor "the number of electors" (a figure): the register must be what is sent.
 */
const VOTERS_LIST = /^\s*(?:me\s+|us\s+|i\s+fi\s+|i\s+mi\s+)?(?:(?:the|a|an|our|your|this|that|latest|current|full|whole|updated|new|copy|extract|printout|print-out|download|spreadsheet|ward|street|polling district|y|yr|r|copi|darn)\s+(?:of\s+|from\s+|o\s+|o[\x27\u2019]r\s+|o[\x27\u2019]\s*)?){0,4}(?:electoral\s+(?:register|roll)|register\s+of\s+electors|(?:electors|voters)[\x27\u2019]?\s+(?:list|register)|list\s+of\s+(?:voters|electors)|marked\s+register|(?:c|g|ch)ofrestr\s+(?:etholwyr|etholiadol|pleidleiswyr)|rhestr\s+(?:o\s+)?(?:etholwyr|bleidleiswyr))\b/i;

/** Whether the words from tokens.get(at) ask for information rather than action. */
function asksForInformation(tokens: TokenList, at: number, text: string): boolean {
  if (baseForms(tokens.norm(at)!).some((form) => HANDING_OVER.has(form) || WELSH_HANDING_OVER.has(form))) {
    const after = text.slice(tokens.end(at)!, tokens.end(at)! + 160);
    if (PEOPLES_DETAILS.test(after) || VOTERS_LIST.test(after)) return false;
  }
  const handsOver = WELSH_HANDING_OVER.has(tokens.norm(at)!);
  for (let k = at + 1; k <= at + 5 && k < tokens.length; k++) {
    if (TO_THE_WRITER.some((words) => startsWith(tokens, k, words)) || (handsOver && TO_OR_FOR_THE_WRITER.some((words) => startsWith(tokens, k, words)))) return true;
  }
  for (const form of baseForms(tokens.norm(at)!)) {
    if (INFORMATION_VERBS.has(form)) return true;
    const next = followers.get(form);
    if (next && next.some((words) => startsWith(tokens, at + 1, words))) return true;
  }
  return false;
}

export interface ActionRequest {
  start: number;
  end: number;
}

/** Where the sentence holding `offset` ends (before its full stop or question mark), for the span a finding shows. */
function sentenceEnd(text: string, offset: number, limit: number): number {
  const rest = /[.?!\n]/g;
  rest.lastIndex = offset;
  const m = rest.exec(text);
  return Math.min(m ? m.index : text.length, limit);
}

/** Requests to act in tokens[from, to) of `text`: each from its frame to the end of its sentence. */
export function findActionRequests(text: string, tokens: TokenList, from = 0, to = tokens.length): ActionRequest[] {
  const found: ActionRequest[] = [];
  let reach = -1;
  let judged = -1;
  // Only the longest frame at each word is judged: "fyddech chi'n gallu", not "fyddech chi'n" too.
  for (const match of openers.matchAll(tokens, from, to).sort((a, b) => a.first - b.first || b.last - a.last)) {
    if (match.first < reach || match.first === judged) continue;
    judged = match.first;
    if (match.first > 0 && RHETORICAL.has(tokens.norm(match.first - 1)!)) continue;
    if (match.value === 'imperative' && match.first > from && !/[.?!\n]/.test(text.slice(tokens.end(match.first - 1)!, match.start))) continue;
    if (match.value === 'reminder' && !opensClause(text, tokens, from, match.first)) continue;
    if (match.value === 'complete' || match.value === 'imperative') {
      found.push({ start: match.start, end: sentenceEnd(text, match.end, tokens.end(to - 1)!) });
      reach = match.last;
      continue;
    }
    let at = match.last;
    while (at < to && FILLERS.has(tokens.norm(at)!) && at - match.last < 4) at++;
    // "would you be a star and run…": the verb after the pet name is the one asked for.
    const pet = at < to ? petNames.matchAll(tokens, at, Math.min(to, at + 5)).find((m) => m.first === at) : undefined;
    if (pet) at = pet.last;
    // The verb must be in the same sentence as its frame; a closing "please" asks for what opened its clause.
    const favour = at < to && favours.matchAll(tokens, at, Math.min(to, at + 6)).some((m) => m.first === at);
    if (favour && !/[.?!\n]/.test(text.slice(match.end, tokens.start(at)!))) {
      found.push({ start: match.start, end: sentenceEnd(text, tokens.end(at)!, tokens.end(to - 1)!) });
      reach = at + 1;
      continue;
    }
    if (at >= to || /[.?!\n]/.test(text.slice(match.end, tokens.start(at)!)) || NOT_VERBS.has(tokens.norm(at)!)) {
      const opening = PLEASE.has(tokens.norm(match.first)!) ? clauseOpening(text, tokens, from, match.first) : -1;
      if (opening >= 0 && isActionVerb(tokens, opening, text)) found.push({ start: tokens.start(opening)!, end: match.end });
      continue;
    }
    if (!isActionVerb(tokens, at, text)) continue;
    if (tokens.norm(match.last - 1) === 'we' && OWN_PART.has(tokens.norm(at)!)) continue;
    const end = sentenceEnd(text, tokens.end(at)!, tokens.end(to - 1)!);
    found.push({ start: match.start, end });
    reach = at + 1;
  }
  return found;
}

const PLEASE = new Set(['please', 'pls', 'plis', 'plîs']);
/** Words that join a clause to what came before ("…, so bump it up the list please"). */
const CLAUSE_JOINERS = new Set(['so', 'and', 'then', 'just', 'also', 'but', 'or']);

/** The frame opens its sentence or clause (after a stop, line break, comma or dash, or "so", "and", "a", "ond"…). */
function opensClause(text: string, tokens: TokenList, from: number, at: number): boolean {
  let k = at;
  while (k > from && k > at - 3 && OPENING_WORDS.has(tokens.norm(k - 1)!) && !/[.?!\n,;:–]|\s-\s/.test(text.slice(tokens.end(k - 1)!, tokens.start(k)!))) k--;
  return k === from || /[.?!\n,;:–]|\s-\s/.test(text.slice(tokens.end(k - 1)!, tokens.start(k)!));
}
const OPENING_WORDS = new Set([...CLAUSE_JOINERS, 'please', 'pls', 'and', 'oh', 'a', 'ac', 'ond', 'felly', 'plis', 'plîs', 'hefyd', 'jyst', 'ond']);

function isActionVerb(tokens: TokenList, at: number, text: string): boolean {
  const word = tokens.norm(at)!;
  return !NOT_VERBS.has(word) && !/^\d/.test(word) && !asksForInformation(tokens, at, text);
}

/**
 * After "can we", the member's own part ("can we attend online?", "could we bring a guest?", "can we expect a
 * decision?") is a question about themselves, not a task for the officer.
 */
const OWN_PART = new Set(['attend', 'come', 'join', 'bring', 'park', 'expect', 'assume', 'go', 'use', 'submit', 'sit', 'vote', 'ask', 'raise',
  'discuss', 'talk', 'speak', 'chat', 'catch', 'agree', 'look', 'sign', 'stay', 'leave', 'dial', 'watch', 'claim', 'register', 'still', 'just',
  'all', 'both', 'not', 'have', 'see', 'hear', 'start', 'finish', 'meet', 'do']);

/** The first word of the clause holding tokens.get(at) (after a sentence break, comma or dash, and "so"/"and"). */
function clauseOpening(text: string, tokens: TokenList, from: number, at: number): number {
  let k = at;
  while (k > from && !/[.?!\n,;:–]|\s-\s/.test(text.slice(tokens.end(k - 1)!, tokens.start(k)!))) k--;
  while (k < at && CLAUSE_JOINERS.has(tokens.norm(k)!)) k++;
  return k < at ? k : -1;
}

/** Sentences the matcher must find, and look-alikes it must not (run by the rule's tests). */
export const actionRequestExamples = {
  match: [
    'Could you send someone out to Drove Lane to pick up the mattresses?',
    'Would you mind calling in on her after work?',
    'Can you put the renewal on hold until I have met the landlord?',
    'There are three job numbers already, so please bump them up the list.',
    'Is there any way you could move the Kellys up the list?',
    "I'd be grateful if you could get a crew out before the weekend.",
    'Could ye get a crew oot tae fill it afore the weekend?',
    'Could someone have a look at the drain this week?',
    'Would you be able to arrange a visit on Friday?',
    'Please make sure the bins are emptied.',
    "Fyddech chi'n gallu eu rhoi nhw'n uwch ar y rhestr?",
    "Tybed fyddet ti'n gallu bwrw golwg dros y daflen?",
    'I wonder whether you might be able to hold the place open for them until the panel has sat?',
    "Hannah – for Thursday's Cabinet can we move the transport item up to item 4?",
    'Could you send me the names and phone numbers of the committee for the tenants association?',
    'Could you do us a wee favour and run off 300 copies of the attached?',
    "If you could do me a quick favour and book the Blue Room for Tuesday, that'd be grand.",
    'Would ye do me a big favour and pop these leaflets in the post?',
    'Would you be a love and print off the minutes for Thursday?',
    'Could you book us the small meeting room for Tuesday evening?',
    "Fedri di sbïo dros y daflen 'ma i mi cyn iddi fynd i'r argraffwyr?",
    "Dim ond y crynodeb dw i isio i ti ei ddarllen cyn y pwyllgor.",
    "Fasech chi'n gallu trefnu i rywun alw heibio'r tŷ?",
    "Hoffwn i chi roi'r mater ar agenda'r cyfarfod nesaf.",
    "Can members' services run off 50 A3 posters for Saturday?",
  ],
  noMatch: [
    "Can member services tell me when the Planning papers go out?",
    'Could you tell me how many flats are being charged the premium?',
    'Would you mind letting me know when the consultation ends?',
    'Can you confirm whether the locks have been ordered?',
    'Could you send me the breakdown of the reserves figure?',
    'Please let me know if you need anything else.',
    'Would you be able to tell me what time the committee starts?',
    'I wonder whether you might be able to let me know when the panel sits.',
    'Could you check whether the crew went out on Tuesday?',
    'How could you let this happen again?',
    'Would you like to come to the residents meeting?',
    'Could you give me a ring when you have a moment?',
    "Fyddech chi'n gallu dweud wrtha i faint o dai sydd ar gael?",
    'Can we attend the briefing online?',
    'Could you send me the phone numbers of the two car parks?',
    'Could you tell me whether the favour of a reply is expected?',
    'Thanks for doing us a favour on Friday.',
    'You did me a huge favour last week - thank you.',
    'Would you be a star and let me know when the papers are out?',
    'Could you book me on the licensing training next month?',
    "Fedri di anfon y ffigurau i mi erbyn dydd Gwener?",
    "Fedrwch chi gadarnhau pryd mae'r pwyllgor yn cyfarfod?",
    "Dw i isio i chi wybod bod y trigolion yn ddiolchgar.",
    "Fedri di jecio os ydi'r criw wedi bod allan?",
  ],
};

/** Convenience for tests: requests in a standalone text. */
export function findActionRequestsIn(text: string): ActionRequest[] {
  return findActionRequests(text, tokenize(text));
}
