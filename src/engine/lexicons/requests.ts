// Wording of requests that ask an officer to act or to reach a view (junior-officer-request), and
// of information an officer volunteers (executive-briefing-copies).
import { Lexicon, type LexiconEntry } from './lexicon';

export const requestEntries: LexiconEntry<'request'>[] = [
  {
    id: 'asks-to-act', category: 'request',
    phrases: ['{please|pls} {make sure|ensure|arrange|sort out|change|amend|withdraw|expedite|prioritise|prioritize|chase|stop|remove|recommend|reconsider|overturn}',
      '{can|could|would} you {please|} {make sure|ensure|arrange|change|amend|recommend|reconsider|prioritise|prioritize|withdraw|overturn|get this|sort this}',
      '{i want|i need|i would like|id like|i expect} you to', 'make sure {your|the} {report|recommendation|decision}', 'recommend {refusal|approval|that it is refused|that it is approved}'],
    examples: {
      match: ['Please can you make sure your report recommends refusal on parking grounds?', 'Could you arrange for it to go to Planning Committee?', 'I want you to prioritise this case.'],
      noMatch: ['Could you let me know when the bins will be emptied?', 'Can you tell me how many households are waiting?'],
    },
  },
];

export const requests = new Lexicon(requestEntries);

export const briefingEntries: LexiconEntry<'briefing'>[] = [
  {
    id: 'volunteered-information', category: 'briefing',
    phrases: ['early sight', 'advance notice', 'advance warning', 'heads up', 'for your information',
      '{i wanted|just wanted|i want} to {let you know|give you|update you|brief you|make you aware|flag|alert you}', 'to make you aware', 'an update on', 'brief you on'],
    examples: { match: ['I wanted to give you early sight of a change that will affect the waste budget.', 'Just a heads up that the consultation closes on Friday.'], noMatch: ['Thank you for your question about the budget.'] },
  },
];

export const briefings = new Lexicon(briefingEntries);
