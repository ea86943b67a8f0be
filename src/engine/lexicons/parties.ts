// The parties of UK local government, as councils and councillors actually write them: full
// names, short forms, nicknames, Welsh forms with their mutations, and the ordinary words that
// share a name ("labour costs", "Green Lane", "Reform Street"). Data, not code.
import { cy } from './welsh';

export interface PartyDef {
  id: string;
  /** Always the party, in any case: "Tories", "Lib Dems", "SNP", "Plaid Cymru". */
  strong: string[];
  /**
   * Also ordinary words ("Labour", "Green", "Reform", "Independent"): the party when capitalised
   * in the party sense, or when a party word follows ("labour administration", "Green-led").
   */
  ambiguous: string[];
  /**
   * How an ambiguous name shows the party sense without a party word after it:
   * 'capital' — any capitalised use outside a name or look-alike ("what Labour did");
   * 'plural-the' — only "the Greens", "the Independents";
   * 'present' — as 'capital', but only in a council whose directory has this party (Reform, Alba);
   * 'indicator' — only with a party word after it.
   */
  bare: 'capital' | 'plural-the' | 'present' | 'indicator';
  /** Ambiguous names may be lower case when a party word follows ("the labour administration"). */
  lowerWithIndicator: boolean;
  /** Words that, following the name, show it is the ordinary word ("Labour costs"). */
  lookalikesNext: string[];
  /** Words that, in a party name of a council's directory, point to this party. */
  recognise: string[];
}

// Next words that make a capitalised name a place or a thing: "Green Lane", "Reform Street".
const PLACE_NOUNS = ['lane', 'street', 'road', 'st', 'rd', 'avenue', 'ave', 'close', 'way', 'drive', 'park', 'square', 'place', 'terrace', 'crescent',
  'gardens', 'court', 'hill', 'end', 'farm', 'estate', 'house', 'hall', 'centre', 'center', 'club', 'depot', 'building', 'buildings', 'school',
  'primary', 'church', 'chapel', 'surgery', 'library', 'bridge', 'walk', 'row', 'mews', 'yard', 'field', 'fields', 'lodge', 'flats', 'tower', 'towers'];

export const PARTIES: PartyDef[] = [
  { id: 'labour', bare: 'capital', lowerWithIndicator: true,
    strong: ['Labour Party', 'red rosette', 'red rosettes', 'red team', 'Red Tories', 'Red Tory', 'Lab run', 'Lab led', 'Lab controlled', 'Labour and Co-operative', 'Labour Co-op', 'Labour and Co-op', 'Welsh Labour', 'Scottish Labour', 'New Labour', 'Labourites',
      ...cy('Plaid Lafur', 'Llafur Cymru')],
    ambiguous: ['Labour', 'Llafur', 'Lafur'],
    lookalikesNext: [...PLACE_NOUNS, 'costs', 'cost', 'market', 'markets', 'force', 'forces', 'shortage', 'shortages', 'rate', 'rates', 'supply', 'ward', 'wards',
      'pains', 'intensive', 'saving', 'savings', 'only', 'hours', 'relations', 'law', 'laws', 'agency', 'agencies', 'day', 'exchange', 'turnover', 'cariad',
      'productivity', 'demand', 'requirement', 'requirements', 'element', 'input', 'charge', 'charges', 'and materials', 'content', 'share', 'rights',
      'and parts', 'time', 'inclusive', 'of love', 'camp', 'camps', 'wise', 'in vain',
      // The workforce on a job: "Labour on site should not start before the warrant is granted".
      'on site', 'on the site', 'onsite', 'and plant', 'and equipment', 'hire', 'gang', 'gangs', 'resource', 'resources', 'component',
      // The biggest part of a cost: "Labour is the largest element", "Llafur yw'r rhan fwyaf o'r cynnydd".
      'is the biggest', 'is the largest', 'is the main', 'is the bulk', 'is most of', 'accounts for', 'makes up', 'ywr rhan', 'ywr pwysau', 'ywr prif', 'ywr gost', 'ywr elfen'],
    recognise: ['labour', 'llafur'] },
  { id: 'conservative', bare: 'capital', lowerWithIndicator: true,
    strong: ['Conservative Party', 'blue rosette', 'blue rosettes', 'blue team', 'Con run', 'Con led', 'Con controlled', 'Conservative and Unionist', 'Tory', 'Tories', 'Toryism', 'Welsh Conservatives', 'Scottish Conservatives', 'Scottish Tories',
      'Welsh Tories', ...cy('Torïaid', 'Toriaid', 'Toris', 'Ceidwadwyr Cymreig', 'Plaid Geidwadol')],
    // "the Cons on the committee", "y Cons yn San Steffan" (not "the pros and cons": party-mentions.ts).
    ambiguous: ['Conservative', 'Conservatives', 'Cons', 'Ceidwadwyr', 'Geidwadwyr', 'Cheidwadwyr', 'Ngheidwadwyr'],
    lookalikesNext: [...PLACE_NOUNS, 'estimate', 'estimates', 'approach', 'figure', 'figures', 'assumption', 'assumptions', 'view', 'views', 'forecast', 'forecasts',
      'projection', 'projections', 'side', 'measure', 'measures', 'treatment', 'management', 'scenario', 'basis', 'reading', 'guess', 'number',
      'amount', 'total', 'level', 'levels', 'option', 'options', 'choice', 'design', 'repair', 'repairs', 'area', 'areas', 'value', 'values', 'colour', 'colours'],
    recognise: ['conservative', 'unionist', 'tory', 'ceidwadwyr'] },
  { id: 'libdem', bare: 'plural-the', lowerWithIndicator: true,
    strong: ['Lib Dem', 'Lib Dems', 'Limp Dems', 'Fib Dems', 'Lib Dumbs', 'Lib Dums', 'LD run', 'LD led', 'LD controlled', 'LD group', 'LD councillors', 'Lib Lab', 'Lab Lib', 'Yellow Team', 'yellow rosette', 'yellow rosettes', 'the yellows', 'LibDem', 'LibDems', 'Liberal Democrat', 'Liberal Democrats', 'Lib Democrats', 'Liberal Party', 'Welsh Liberal Democrats',
      'Scottish Liberal Democrats', 'Democratiaid Rhyddfrydol', 'Ddemocratiaid Rhyddfrydol', 'Rhyddfrydwyr'],
    // "Fingers crossed for you and the Libs on the 6th" ("the Libs": plural after "the", as "the Greens").
    ambiguous: ['Liberal', 'Liberals', 'Libs'],
    lookalikesNext: [...PLACE_NOUNS, 'use', 'interpretation', 'approach', 'amount', 'amounts', 'arts', 'education', 'reading'],
    recognise: ['liberal', 'lib dem', 'rhyddfrydol'] },
  { id: 'green', bare: 'plural-the', lowerWithIndicator: false,
    strong: ['Green Party', 'Watermelons', 'Scottish Greens', 'Scottish Green Party', 'Wales Green Party', 'Green Party of England and Wales', 'Plaid Werdd', 'Blaid Werdd', 'Gwyrddion', 'Wyrddion'],
    ambiguous: ['Green', 'Greens'],
    lookalikesNext: [...PLACE_NOUNS, 'waste', 'bin', 'bins', 'space', 'spaces', 'belt', 'flag', 'infrastructure', 'energy', 'homes', 'deal'],
    recognise: ['green', 'gwyrdd'] },
  { id: 'reform', bare: 'present', lowerWithIndicator: false,
    strong: ['Reform UK', 'Reform Party', 'Brexit Party'],
    // "Deform": its opponents' nickname for it.
    ambiguous: ['Reform', 'Reformers', 'Deform'],
    lookalikesNext: [...PLACE_NOUNS, 'act', 'acts', 'bill', 'bills', 'programme', 'programmes', 'agenda', 'plan', 'plans', 'board', 'order', 'regulations', 'of', 'package', 'proposals', 'project', 'team', 'work', 'white paper'],
    recognise: ['reform', 'brexit'] },
  { id: 'independent', bare: 'plural-the', lowerWithIndicator: false,
    strong: ['Independent Group', 'Independents Group', 'Grŵp Annibynnol', 'Annibynwyr'],
    // "this Indie-Green shambles": the Independents by their short name.
    ambiguous: ['Independent', 'Independents', 'Annibynnol', 'Indie', 'Indies'],
    lookalikesNext: [...PLACE_NOUNS, 'review', 'reviews', 'panel', 'remuneration', 'person', 'persons', 'chair', 'investigator', 'investigation', 'audit', 'auditor',
      'advice', 'adviser', 'advisor', 'living', 'assessment', 'assessor', 'examiner', 'inspector', 'inquiry', 'report', 'expert', 'experts', 'evaluation',
      'schools', 'school', 'sector', 'provider', 'providers', 'advocate', 'advocacy', 'member of the standards', 'members of the standards'],
    recognise: ['independent', 'annibynnol'] },
  { id: 'snp', bare: 'capital', lowerWithIndicator: false,
    // "a Nat budget", "the Nat-led council" ("Nat" alone is also a first name).
    strong: ['SNP', 'Scottish National Party', 'Nats', 'Britnats', 'Yoons', 'Nat budget', 'Nat administration', 'Nat council', 'Nat group', 'Nat councillors', 'Nat councillor', 'Nat government', 'Nat led', 'Nat run', 'Nat controlled', 'Nat amendment', 'Nat cuts'],
    ambiguous: [], lookalikesNext: [], recognise: ['scottish national', 'snp'] },
  { id: 'alba', bare: 'present', lowerWithIndicator: false,
    strong: ['Alba Party'], ambiguous: ['Alba'],
    lookalikesNext: [...PLACE_NOUNS, 'gu bràth', 'gu brath'], recognise: ['alba'] },
  { id: 'plaid', bare: 'capital', lowerWithIndicator: true,
    strong: cy('Plaid Cymru', 'Pleidwyr', 'Cenedlaetholwyr'),
    ambiguous: ['Plaid', 'Blaid'],
    lookalikesNext: ['shirt', 'shirts', 'skirt', 'skirts', 'blanket', 'blankets', 'scarf', 'fabric', 'pattern', 'wleidyddol', 'arall'],
    recognise: ['plaid cymru', 'plaid'] },
  { id: 'ukip', bare: 'capital', lowerWithIndicator: false,
    strong: ['UKIP'], ambiguous: [], lookalikesNext: [], recognise: ['ukip', 'uk independence'] },
];

/**
 * Words after a party name that show the party sense ("Green Party", "labour administration",
 * "Tory councillors", "Lib Dem-run", "Llafur" + "Cymru").
 */
export const PARTY_INDICATORS = ['party', 'parties', 'group', 'groups', 'councillor', 'councillors', 'councilor', 'councilors', 'cllr', 'cllrs', 'candidate', 'candidates',
  'administration', 'government', 'run', 'led', 'controlled', 'dominated', 'mp', 'mps', 'ms', 'mss', 'msp', 'msps', 'voters', 'supporters', 'activists',
  'branch', 'association', 'campaign', 'campaigners', 'leader', 'leadership', 'whip', 'whips', 'manifesto', 'council', 'seat', 'seats', 'member', 'members',
  'opposition', 'cabinet', 'gain', 'hold', 'majority', 'minority', 'policy', 'policies', 'cuts', 'lot', 'coalition', 'benches', 'bench', 'spokesperson',
  'spokesman', 'spokeswoman', 'colleagues', 'team', 'vote', 'running', 'ran', 'mayor', 'newsletter', 'newsletters', 'leaflet', 'leaflets', 'grŵp', 'grwp', 'gynghorwyr', 'cynghorwyr', 'cynghorydd', 'gynghorydd', 'weinyddiaeth'];

/** Words after a party name that are a political framing in themselves ("this Labour-run council"). */
export const CONTROL_WORDS = ['run', 'led', 'controlled', 'dominated', 'running', 'ran'];

/** Parts of a local party's name that say nothing on their own ("Fenmere Independents" → also "the Independents"). */
export const GENERIC_PARTY_WORDS = ['the', 'party', 'group', 'and', 'of', 'for', 'first', 'alliance', 'association', 'independents', 'independent', 'residents', 'people', 'peoples'];

/** The built-in parties a directory's party name belongs to ("Welsh Labour" → labour), none for a local party. */
export function recogniseParty(name: string): PartyDef | undefined {
  const lower = ` ${name.toLowerCase().replace(/[^a-z0-9\u00c0-\u017f]+/g, ' ')} `;
  return PARTIES.find((p) => p.recognise.some((word) => lower.includes(` ${word} `)));
}
