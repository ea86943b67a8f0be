// Sentences in which a member says in what capacity they write (capacity-stated, 001 §12.5).
import { Lexicon, type LexiconEntry } from './lexicon';

const ROLE = '{councillor|councillors|cllr|cllrs|member|members|representative|representatives|mayor|deputy mayor|lord mayor|leader|deputy leader|' +
  'cabinet member|portfolio holder|executive member|executive councillor|lead member|chair|chairman|chairwoman|chairperson|vice chair|' +
  'opposition spokesperson|group leader|spokesperson}';

export const capacityEntries: LexiconEntry<'capacity'>[] = [
  {
    id: 'as-role', category: 'capacity',
    phrases: [
      `as {your|a|the|one of your|one of the|one of|an|} {local|elected|} {ward|county|borough|district|city|town|parish|} ${ROLE}`,
      `{i am|im|i m|i write as|writing as} {your|a|the|one of your|one of the|one of} {local|elected|} {ward|county|borough|district|city|town|} ${ROLE}`,
    ],
    examples: {
      match: ['As your ward councillor I have looked into this with officers.', 'As Mayor of Northbridge, I would be delighted to accept.',
        'As Cabinet Member for Housing, I am writing to thank you.', 'I am one of your local councillors.', 'As a ward member I have asked officers.', "as one of your ward cllrs i've passed this on"],
      noMatch: ['As you know, the councillor will attend.', 'The chair of the club wrote to us.'],
    },
  },
  {
    id: 'in-my-capacity', category: 'capacity',
    phrases: ['in my capacity as', 'in my role as', 'wearing my {ward|councillor|council} hat', 'writing as'],
    examples: { match: ["I'm writing in my capacity as one of the ward councillors for St Helen's.", 'In my role as scrutiny chair, I have asked for a report.'], noMatch: ['The hall has a capacity of 200.'] },
  },
  {
    // Scottish Gaelic: "Mar aon de na trì comhairlichean agaibh airson nan Eilean" (as one of your three councillors for the Isles).
    id: 'gaelic', category: 'capacity',
    phrases: ['comhairlichean agaibh', 'comhairliche agaibh', 'mar {ur|do|} chomhairliche', 'mar chomhairliche', 'mar aon de na {tri|trì|dha|dhà|ceithir|} comhairlichean', 'mar bhall comhairle'],
    examples: { match: ['Mar aon de na trì comhairlichean agaibh airson nan Eilean, tha mi air bruidhinn ris an sgioba.'], noMatch: ['Tha an comhairle a’ coinneachadh Diciadain.'] },
  },
  {
    // Writing privately says its capacity too: "purely me as your neighbour, nothing to do with the Council".
    id: 'personal-capacity', category: 'capacity',
    // "As a parent myself, I understand…" is an aside, not the capacity of the letter; "purely me as your neighbour" is.
    phrases: ['in a {personal|private} capacity', '{purely|just|simply|only} {me|} as {your|a} {neighbour|friend|parent|resident|local resident|member of the public}',
      'nothing to do with {the|my} {council|county council|borough council|district council|city council|council work|role as a councillor|councillor role}',
      'not {as|in my capacity as} {a|your} {councillor|ward councillor}', 'purely personal', 'wearing my {resident|neighbour|parent|personal} hat'],
    examples: { match: ['This is purely me as your neighbour, nothing to do with the County Council.', 'I am writing in a personal capacity.'],
      noMatch: ['Your neighbour has complained about the hedge.'] },
  },
  {
    // Saying whom one represents says the capacity: "I've always been proud to represent the ward I was born in", "I represent
    // Kingsmead on the council". (Not a disclaimer's "does not necessarily represent the views of the Council".)
    id: 'represent', category: 'capacity',
    phrases: ['i represent', 'i have represented', 'ive represented', 'we represent', '{proud|privileged|honoured|elected|privilege|honour} to represent',
      '{represent|represents|representing} {the|this|my|our|your} {ward|division|area|community|residents}'],
    examples: { match: ["I've always been very proud to represent the ward I was born in.", 'I represent Kingsmead on the county council.',
      'As someone elected to represent you, I have asked for a site visit.'],
      noMatch: ['The views expressed do not necessarily represent those of the Council.', 'Please send someone to represent the club at the meeting.'] },
  },
  {
    id: 'on-behalf-of-council', category: 'capacity',
    phrases: ['on behalf of the council', 'on behalf of the authority'],
    examples: { match: ['I am writing on behalf of the Council.'], noMatch: ['On behalf of the residents, thank you.'] },
    note: 'Writing for the Council states a capacity; member-signature judges whether the member may.',
  },
];

export const capacityStatements = new Lexicon(capacityEntries);

// A member writing to their own party — its agent, branch secretary or organiser — writes as a party member, not as
// ward councillor to a resident (rules.md: "writes to an external recipient (a resident) as ward member"). The recipient
// is known by the party's domain, a party named in the address, or a party role said of them; these are the roles.
const PARTY_OFFICE = '{secretary|chair|chairman|chairwoman|chairperson|treasurer|organiser|organizer|agent}';
export const partyRoleEntries: LexiconEntry<'party-role' | 'branch-role'>[] = [
  {
    id: 'party-office', category: 'party-role',
    phrases: ['election agent', "{candidate's|candidates} agent", 'agent etholiad', 'asiant etholiad', 'trefnydd etholiad',
      `{clp|constituency|constituency party|local party|ward party|conservative association|labour party|snp branch|plaid branch|lib dem|liberal democrat|green party|reform uk} ${PARTY_OFFICE}`,
      `${PARTY_OFFICE} {of|for|to} {the|} {clp|constituency party|conservative association|labour party|local party|snp|plaid|plaid cymru|lib dems|liberal democrats|green party|reform uk}`,
      '{party|constituency} organiser'],
    examples: {
      match: ['Carol Mellor, Election Agent', 'Secretary of the CLP', 'Rhodri ap Dafydd, Asiant Etholiad', 'Constituency Organiser, Northwold Lib Dems'],
      noMatch: ['The secretary of the residents association', 'Agent for the applicant', 'Branch library opening hours', 'Morag Adie, Branch Secretary'],
    },
  },
  {
    // "Branch Secretary" could be a trade union's, "Agent" a letting agent: the party's only when the thread is party business.
    id: 'branch-office', category: 'branch-role',
    phrases: [`{branch|association|ward} ${PARTY_OFFICE}`, 'agent', 'asiant', 'organiser', 'organizer', 'trefnydd', 'secretary', 'ysgrifennydd'],
    examples: { match: ['Morag Adie, Branch Secretary', 'Glyn Harris, Agent'], noMatch: ['Branch library opening hours'] },
  },
];
export const partyRoles = new Lexicon(partyRoleEntries);

/** A party's own business: its selections and nominations, its canvassing and leaflet rounds, its funds. (Not "hustings":
 * a residents' association holds them; not "the annual canvass": that is the Council's.) */
export const partyBusinessEntries: LexiconEntry<'party-business'>[] = [
  {
    id: 'party-business', category: 'party-business',
    phrases: ['selection meeting', 'candidate selection', 'selection of candidates', 'nomination papers', 'consent to nomination', 'nominations for the selection',
      'selection panel', 'selection ballot', 'shortlisting panel', '{nomination|nominations} {form|forms}', 'canvass {sheets|sheet|cards}', 'canvassing {sheets|cards}',
      'branch meeting', 'branch members', 'canvass session', 'canvassing session', 'canvass returns', 'leaflet round', 'leaflet rounds',
      'knocking up', 'fighting fund', 'canfasio', 'cyfarfod dewis', 'dewis ymgeisydd'],
    examples: {
      match: ['Put my name down for the selection meeting on the 14th.', 'Can you take leaflet round 4 on Saturday?', 'Canfasio Blaen-rhedyn wythnos nesa',
        'Happy to go before the selection panel in the evening.', 'Will you need a fresh nomination form?', 'I still have the canvass sheets from last time.'],
      noMatch: ['The annual canvass form is genuine.', 'The leaflet about bin collections is ready.', 'The residents association is holding hustings.'],
    },
  },
];
export const partyBusiness = new Lexicon(partyBusinessEntries);
