// Party names and the words that make a sentence party-political (political-content).
// Data, not code: each entry carries the sentences it must find and the look-alikes it must not.
import { Lexicon, type LexiconEntry } from './lexicon';

export interface Party {
  id: string;
  /** Names that always mean the party ("Tories", "Lib Dems", "Labour Party"). */
  strong: string[];
  /** Names that are also ordinary words: political only when capitalised and in a party context. */
  ambiguous: string[];
  /** Ambiguous names that need a party word after them ("Green Party", "Independent group"). */
  needsIndicator: boolean;
  /** Words that, following the name, show it is the ordinary word ("Labour costs"). */
  lookalikesNext: string[];
}

export const parties: Party[] = [
  { id: 'labour', strong: ['Labour Party', 'Labour and Co-operative', 'Labour Co-op', 'Welsh Labour', 'Scottish Labour', 'New Labour', 'Labourites'],
    ambiguous: ['Labour'], needsIndicator: false,
    lookalikesNext: ['costs', 'cost', 'market', 'markets', 'force', 'forces', 'shortage', 'shortages', 'rate', 'rates', 'supply', 'ward', 'wards',
      'pains', 'intensive', 'saving', 'savings', 'only', 'hours', 'relations', 'law', 'laws', 'agency', 'agencies', 'day', 'exchange', 'turnover',
      'productivity', 'demand', 'requirement', 'requirements', 'element', 'input', 'charge', 'charges', 'and materials', 'content', 'share'] },
  { id: 'conservative', strong: ['Conservative Party', 'Conservative and Unionist', 'Tory', 'Tories', 'Tory-led', 'Tory-run'],
    ambiguous: ['Conservative', 'Conservatives'], needsIndicator: false,
    lookalikesNext: ['estimate', 'estimates', 'approach', 'figure', 'figures', 'assumption', 'assumptions', 'view', 'views', 'forecast', 'forecasts',
      'projection', 'projections', 'side', 'measure', 'measures', 'treatment', 'management', 'scenario', 'basis', 'reading', 'guess', 'number',
      'amount', 'total', 'level', 'levels', 'option', 'options', 'choice', 'design', 'repair', 'repairs'] },
  { id: 'libdem', strong: ['Lib Dem', 'Lib Dems', 'LibDem', 'LibDems', 'Liberal Democrat', 'Liberal Democrats', 'Lib Democrats', 'Liberal Party'],
    ambiguous: ['Liberal', 'Liberals'], needsIndicator: true, lookalikesNext: [] },
  { id: 'green', strong: ['Green Party'], ambiguous: ['Green', 'Greens'], needsIndicator: true, lookalikesNext: [] },
  { id: 'reform', strong: ['Reform UK', 'Reform Party'], ambiguous: ['Reform'], needsIndicator: true, lookalikesNext: [] },
  { id: 'independent', strong: [], ambiguous: ['Independent', 'Independents'], needsIndicator: true, lookalikesNext: [] },
  { id: 'snp', strong: ['SNP', 'Scottish National Party', 'Nats'], ambiguous: [], needsIndicator: false, lookalikesNext: [] },
  { id: 'plaid', strong: ['Plaid Cymru'], ambiguous: ['Plaid'], needsIndicator: true, lookalikesNext: [] },
  { id: 'ukip', strong: ['UKIP', 'Brexit Party'], ambiguous: [], needsIndicator: false, lookalikesNext: [] },
];

/** Words after a party name that mark the party sense ("Green Party", "Labour-run", "Tory councillors"). */
export const PARTY_INDICATORS = ['party', 'group', 'groups', 'councillor', 'councillors', 'cllr', 'cllrs', 'candidate', 'candidates',
  'administration', 'government', 'run', 'led', 'controlled', 'dominated', 'mp', 'mps', 'voters', 'supporters', 'activists', 'branch',
  'association', 'campaign', 'campaigners', 'leader', 'leadership', 'whip', 'manifesto', 'council', 'seat', 'seats', 'member', 'members',
  'opposition', 'cabinet', 'gain', 'hold', 'majority', 'policy', 'policies', 'cuts'];

/** Words after a party name that are themselves a political framing ("this Labour-run council"). */
export const CONTROL_WORDS = ['run', 'led', 'controlled', 'dominated'];

/**
 * Words that, in a sentence with a party (in the party sense), make it praise, attack or
 * electioneering rather than a neutral mention ("the Labour Group asked for a briefing").
 */
export const PARTY_CUES = ['failure', 'failures', 'failed', 'failing', 'fails', 'cuts', 'cut', 'slashed', 'mess', 'mismanagement', 'chaos',
  'chaotic', 'incompetence', 'incompetent', 'disgrace', 'disgraceful', 'shambles', 'shambolic', 'betrayal', 'betrayed', 'broken promise',
  'broken promises', 'scandal', 'scandalous', 'neglect', 'neglected', 'afterthought', 'contempt', 'hypocrisy', 'hypocritical', 'u turn',
  'lies', 'lied', 'blame', 'fault', 'let down', 'useless', 'arrogant', 'out of touch', 'thanks to', 'proud', 'delivered', 'delivering',
  'investment', 'invested', 'record', 'achievement', 'hope', 'good luck', 'win', 'wins', 'winning', 'lose', 'losing', 'hold on', 'hold onto',
  'seat', 'seats', 'election', 'elections', 'campaign', 'campaigning', 'vote for', 'voting for', 'back', 'treats', 'ignored', 'ignores',
  'wasted', 'squandered', 'fiasco', 'reckless', 'stronger', 'better off', 'only party', 'real change', 'deserve better',
  'leaflet', 'leaflets', 'canvassing', 'candidate', 'candidates', 'manifesto', 'voters', 'by election', 'fantastic', 'brilliant',
  'great job', 'well done', 'excellent', 'shameful', 'pathetic', 'terrible', 'awful', 'appalling', 'rubbish', 'hopeless', 'dreadful',
  'typical', 'useless', 'failed', 'broken', 'shamefully', 'disgracefully', 'woeful', 'woefully', 'pathetically', 'hopelessly', 'shame'];

export type PoliticalCategory = 'electioneering' | 'party-business';

const PARTY_WORDS = '{me|us|you|labour|conservative|conservatives|tory|tories|green|greens|lib dem|lib dems|liberal democrat|liberal democrats|reform|independent|plaid|snp|ukip|our candidate|our candidates|the party}';

export const politicalEntries: LexiconEntry<PoliticalCategory>[] = [
  {
    id: 'canvassing', category: 'electioneering',
    phrases: ['canvassing', 'canvass', 'canvassed', 'canvasser', 'canvassers', 'door knocking', 'doorknocking', 'knocking on doors'],
    notFollowedBy: ['views', 'opinion', 'opinions', 'the views', 'the opinion', 'residents views', 'their views', 'feedback', 'of members', 'of councillors',
      'will disqualify', 'directly', 'in any', 'of any'],
    examples: {
      match: ['Good luck with the canvassing at the weekend!', "I'm also putting together the canvassing rota for March.", 'We canvassed Kiln Lane on Saturday.'],
      noMatch: ['We will canvass views from residents before the scheme is designed.', 'Canvassing of members will disqualify an applicant.'],
    },
  },
  {
    id: 'vote-for', category: 'electioneering',
    phrases: ['vote', 'vote for', 'voting for', 'votes for'], followedBy: [PARTY_WORDS],
    examples: { match: ['Please vote Labour on Thursday.', 'Remember to vote for me on 6 May.', 'Tell your neighbours to vote for our candidate.'],
      noMatch: ['Members will vote for the recommendation at committee.', 'The vote was unanimous.'] },
  },
  {
    id: 'vote-hashtag', category: 'electioneering',
    phrases: ['votelabour', 'voteconservative', 'votetory', 'votelibdem', 'votegreen', 'votereform', 'voteindependent', 'votesnp', 'voteplaid'],
    examples: { match: ['See you on the doorstep! #VoteLabour'], noMatch: ['#VoteForYourPark in the parks awards'] },
  },
  {
    id: 're-elect', category: 'electioneering',
    phrases: ['re elect', 'reelect'], notFollowedBy: ['its', 'a', 'the chair', 'as chair', 'chair', 'chairman', 'vice chair', 'a chair'],
    examples: { match: ['Re-elect Jane Smith for Abbey!', 'Help us re-elect our councillors.'], noMatch: ['The committee will re-elect its chair in May.'] },
  },
  {
    id: 'our-candidates', category: 'electioneering',
    phrases: ['our candidate', 'our candidates', 'our {labour|conservative|green|lib dem|liberal democrat|independent|reform} candidate{s|}'],
    examples: { match: ['The branch will choose our candidates for May.'], noMatch: ['The interview panel shortlisted three candidates.'] },
  },
  {
    id: 'leafleting', category: 'electioneering',
    phrases: ['leaflet drop', 'leaflet drops', 'leafleting', 'leafletting', 'leaflet round', 'leaflet rounds', '{delivering|deliver|deliver the} {leaflets|focus}',
      '{campaign|election|party|focus} {leaflet|leaflets}', 'election address', 'get out the vote'],
    examples: { match: ['Could the print room run off 400 copies for a leaflet drop on Kiln Lane?', 'I will be leafleting Abbey Fields on Sunday.'],
      noMatch: ['The leaflet about bin collections will be delivered in May.'] },
  },
  {
    id: 'win-seat', category: 'electioneering',
    phrases: ['{hold|win|keep|lose|gain} {on to|onto|} the seat', '{hold|win|keep|lose|gain} {this|that} {ward|seat}', '{hold|win|keep|lose|take|gain} the ward',
      'target seat', 'target ward', 'marginal seat'],
    examples: { match: ['I hope Labour hold on to the seat!', 'This is our target seat.', 'We can win this ward.'], noMatch: ['Please take a seat in reception.', 'Take the seat by the window.'] },
  },
  {
    id: 'win-back-place', category: 'electioneering',
    phrases: ['win back', 'take back', 'hold on to', 'gain'], nextCapitalised: true, needsContext: true,
    examples: { match: ['Could everyone send me the Saturdays they are free for canvassing? We need to win back Thornfield.'],
      noMatch: ['We need to win back residents\' trust.', 'We hope to gain Green Flag status.'] },
    note: 'Only with other political words in the draft: "win back Thornfield" after a canvassing rota.',
  },
  {
    id: 'selection', category: 'party-business',
    phrases: ['re selection', 'reselection', 'de selection', 'deselection', 'deselected', 'de selected', 'seek re selection', 'selection {meeting|meetings}',
      'branch {meeting|meetings|selection|selections|agm}', 'hustings'],
    needsContext: true,
    examples: {
      match: ["The Millbrook and Abbey branch selection meetings for May's elections will be held next Thursday.",
        'The St Helen\'s Conservative branch will be holding its selection meeting to choose our candidates for May.'],
      noMatch: ['The selection meeting for the new Head of Planning is on Friday.', 'The library branch meeting has moved to Tuesday.'],
    },
    note: 'Councils hold selection meetings for jobs and libraries have branches: needs party or election words nearby.',
  },
  {
    id: 'party-organisation', category: 'party-business',
    phrases: ['party conference', 'party fundraiser', 'party fundraising', 'fundraising dinner', 'party membership', 'membership subs',
      'constituency {labour|conservative|} party', 'clp', 'ward party', 'local party', 'association agm', 'party whip', 'whipped vote',
      'campaign fund', 'fighting fund'],
    needsContext: true,
    examples: { match: ['Tickets for the Labour fundraising dinner are £25.', 'The CLP meets on Monday to agree the campaign plan.'],
      noMatch: ['The party wall notice was served on Monday.'] },
  },
];

export const politicalPhrases = new Lexicon(politicalEntries);

/** Words that give a "needs context" entry its political reading. */
export const CONTEXT_WORDS = new Lexicon<'context'>([{
  id: 'context', category: 'context',
  phrases: ['candidate', 'candidates', 'election', 'elections', 'by election', 'canvassing', 'canvass', 'manifesto', 'campaign', 'campaigning',
    'selection', 'reselection', 'leaflet', 'leaflets', 'polling day', 'ward party', 'party branch'],
  examples: { match: ['the selection meeting for May\'s elections'] },
}]);
