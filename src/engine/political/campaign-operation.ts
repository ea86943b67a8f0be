// A campaign run from Council e-mail, read from the message as a whole. The logistics of an
// election campaign (a rota for the doors, the leaflets to get out, who is undecided, who needs a
// lift on polling day) come in endless words of their own, rarely with a party's name or a stock
// phrase in any one sentence; but they always draw on several of a small set of concerns at once.
// A councillor's message that touches three of them — the voters or the poll among them — is a
// campaign, whatever its words. One concern alone is everyday work: a councillor's "door" is a
// resident's, a "leaflet" may be the Council's, a "rota" the surgery's, "polling day" a date. (A declared
// result's words — the turnout, first preferences — are the result's, not a campaign's.)
import { WordSequences, byFirstWord } from '../text/word-sequences';
import { phraseWords, wordsAt, type TokenList } from '../text/tokens';
import type { Span } from '../types';
import type { FlaggedSentence, Passage } from './judge';

type Concern = 'doors' | 'literature' | 'organising' | 'voters' | 'poll';

const sequences = (...phrases: string[]): WordSequences => new WordSequences(phrases.map(phraseWords));

/** Each concern's words: what any campaign in any party calls these things (not one council's idiom). */
const CONCERNS: Record<Concern, string[]> = {
  doors: ['doors', 'every door', 'door to door', 'on the door', 'doorstep', 'doorsteps', 'doorknock', 'doorknocking', 'door knocking', 'knocking on', 'knock on',
    'canvass', 'canvassing', 'canvassed', 'canvassers', 'drysau', 'bob drws', 'stepen y drws', 'canfasio', 'ganfasio', 'nghanfasio'],
  literature: ['leaflet', 'leaflets', 'leafleting', 'leafletting', 'leafletted', 'flyer', 'flyers', 'literature', 'deliveries', 'deliverers', 'delivery round',
    'bundles', 'letterbox', 'letterboxes', 'through doors', 'doing a round', 'do a round', 'take a round', 'leaflet round', 'delivering leaflets', 'garden boards', 'posters', 'stakeboards', 'taflen', 'daflen', 'taflenni', 'daflenni', 'thaflenni', 'taflennu', 'daflennu', 'posteri', 'bocsys o daflenni'],
  organising: ['rota', 'rotas', 'volunteers', 'helpers', 'sign up', 'slots', 'shifts', 'clipboard', 'clipboards', 'walk sheets', 'walksheets', 'canvass sheets',
    'calling list', 'short of hands', 'short of helpers', 'extra hands', 'spare hands', 'phone bank', 'phonebank', 'phone banking', 'meet at', 'meeting point', 'gwirfoddolwyr', 'wirfoddolwyr', 'gwirfoddolwr', 'wirfoddolwr', 'rhestrau strydoedd'],
  voters: ['undecided', 'undecideds', 'waverers', 'wavering', 'wobbling', 'wobblers', 'switchers', 'dont knows', 'supporters', 'known supporters',
    'promises', 'pledges', 'postal voters', 'postal vote', 'postal votes', 'second preferences', 'marked register',
    'squeeze', 'tactical', 'target ward', 'marginal', 'swing voters', 'pleidleiswyr', 'cefnogwyr', 'pleidlais bost'],
  poll: ['polling day', 'election day', 'eve of poll', 'poll cards', 'polling cards', 'the count', 'tellers', 'telling', 'knock up', 'knocking up', 'get out the vote', 'gotv',
    'by election', 'the election', 'the elections', 'rosettes', 'election agent', 'her agent', 'his agent', 'our agent', 'their agent', 'your agent', 'in may', 'before may', 'ahead of may', 'for may', 'come may', 'now and may', 'until may', 'till may', 'up to may', 'up until may', 'the poll', 'diwrnod pleidleisio', 'yr etholiad', 'isetholiad', 'fis mai', 'mis mai', 'cyn mai', 'iw chipio', 'iw hennill'],
};

// Guidance names a campaign's concerns to forbid them ("don't use council e-mail for canvassing arrangements, leaflet
// drafts, requests for votes…"): a message that says what must not be done is not doing it.
const GUIDANCE = sequences('must not', 'mustnt', 'should not', 'shouldnt', 'do not use', 'dont use', 'not permitted', 'not allowed', 'protocol', 'code of conduct',
  'guidance', 'pre election period', 'purdah', 'ni ddylech', 'peidiwch a defnyddio', 'canllawiau', 'protocol aelodau');

// The Council's own work on the doors: its surveys, consultations and ballots (not any service named in a signature:
// "Waste Services Manager" under an officer's canvassing invitation makes it no council campaign).
const COUNCIL_DOORS = sequences('the councils', 'council campaign', 'survey', 'surveys', 'consultation', 'engagement team', 'community engagement', 'landlord ballot',
  'tenants ballot', 'residents ballot', 'estate ballot', 'census', 'ymgynghoriad', 'arolwg', 'ymgyrch y cyngor');

const FIRST_PERSON = sequences('we', 'were', 'weve', 'us', 'our', 'i', 'im', 'ive', 'ill', 'id', 'me', 'my', 'lets', 'ni', 'ein', 'fy');

interface Cue {
  concern: Concern;
  words: readonly string[];
}

/** Every concern's phrases in one index by first word: a sentence is walked once for all five. */
const CUES = byFirstWord((Object.keys(CONCERNS) as Concern[]).flatMap((concern) => CONCERNS[concern].map((phrase): Cue => ({ concern, words: phraseWords(phrase) }))),
  (cue) => cue.words);

/** The cues that start at token k (its apostrophe-less and its possessive's bare form alike, as WordSequences reads them). */
function cuesAt(tokens: TokenList, k: number): Cue[] {
  const found: Cue[] = [];
  for (const first of [tokens.norm(k), tokens.alt(k)]) {
    if (first === undefined) continue;
    for (const cue of CUES.get(first) ?? []) if (wordsAt(tokens, k, cue.words)) found.push(cue);
  }
  return found;
}

export interface CampaignOptions {
  memberSender: boolean;
  partyAudience: boolean;
  /** A party is named in the message: an officer's campaign logistics are then a party's (a group's political assistant's rota). */
  partyNamed: boolean;
  /** The registration canvass is named in the message: its doors and canvassers are the Electoral Registration Officer's. */
  registration: boolean;
}

/** The sentence that best shows a campaign, when the message as a whole is one; otherwise undefined. */
export function campaignOperation(passage: Passage, options: CampaignOptions): FlaggedSentence | undefined {
  // (To a party's own address "the canvass sheets" are the party's, not the register's; and a councillor's "we're doing
  // those streets on the canvass this Sunday" is their own, whatever register they ask for.)
  if (options.registration && !options.partyAudience && !(options.memberSender && ownDoorwork(passage))) return undefined;
  if (passage.ranges.some(([from, to]) => GUIDANCE.anyStartsIn(passage.tokens, from, to) || COUNCIL_DOORS.anyStartsIn(passage.tokens, from, to))) return undefined;
  const { tokens, ranges } = passage;
  const found = new Set<Concern>();
  let best = -1;
  let bestCount = 0;
  let firstPerson = false;
  ranges.forEach((range, i) => {
    const here = concernsIn(tokens, range);
    for (const c of here) found.add(c);
    if (!firstPerson && FIRST_PERSON.anyStartsIn(tokens, range[0], range[1])) firstPerson = true;
    // The sentence to show: the most concerns, the voters or the poll among them.
    const count = here.size + (here.has('voters') || here.has('poll') ? 1 : 0);
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  const groundwork = found.has('doors') || found.has('literature') || found.has('organising');
  // An officer's polling-day rota is Electoral Services' unless a party is in it, or the whole of a campaign is (all four
  // of doors, literature, organising and the poll: "the Ferrybank doors with me… I'll bring the leaflets and rosettes").
  if (!(options.memberSender || options.partyAudience || options.partyNamed) && found.size < 4) return undefined;
  // To a party's own address the party is given: its doors and leaflets are a campaign's without the poll named.
  if (options.partyAudience && found.size >= 2 && groundwork) return flag(passage, best);
  if (!firstPerson || found.size < 3 || !(found.has('voters') || found.has('poll')) || !groundwork) return undefined;
  return flag(passage, best);
}

function flag(passage: Passage, best: number): FlaggedSentence {
  return { sentence: passage.sentences[best]!, kinds: new Set(['electioneering']), words: cueWords(passage, passage.ranges[best]!), mentions: [], partiesNamed: 0 };
}

/** The campaign's words in the sentence shown, in text order. */
function cueWords({ text, tokens }: Passage, [from, to]: readonly [number, number]): Span[] {
  const spans: Span[] = [];
  for (let k = from; k < to; k++) {
    const match = cuesAt(tokens, k).sort((a, b) => b.words.length - a.words.length)[0];
    if (!match) continue;
    const start = tokens.start(k)!;
    const end = tokens.end(k + match.words.length - 1)!;
    spans.push({ start, end, text: text.slice(start, end) });
    k += match.words.length - 1;
  }
  return spans;
}

const DOING = sequences('were doing', 'we are doing', 'were out', 'we are out', 'im doing', 'ill be doing', 'were knocking', 'we are knocking', 'save us knocking');

/** A councillor's own door-work: a sentence with the doors and the writer doing them. */
function ownDoorwork({ tokens, ranges }: Passage): boolean {
  return ranges.some((range) => DOING.anyStartsIn(tokens, range[0], range[1]) && concernsIn(tokens, range).has('doors'));
}

function concernsIn(tokens: TokenList, [from, to]: readonly [number, number]): Set<Concern> {
  const here = new Set<Concern>();
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) for (const cue of cuesAt(tokens, k)) here.add(cue.concern);
  return here;
}
