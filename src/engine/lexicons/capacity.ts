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
    id: 'on-behalf-of-council', category: 'capacity',
    phrases: ['on behalf of the council', 'on behalf of the authority'],
    examples: { match: ['I am writing on behalf of the Council.'], noMatch: ['On behalf of the residents, thank you.'] },
    note: 'Writing for the Council states a capacity; member-signature judges whether the member may.',
  },
];

export const capacityStatements = new Lexicon(capacityEntries);
