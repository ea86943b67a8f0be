// Wording that says a message answers the member's own request (executive-briefing-copies: such a
// message is not information sent on the officer's own initiative).
import { Lexicon, type LexiconEntry } from './lexicon';

export const answeredRequestEntries: LexiconEntry<'answer'>[] = [
  {
    id: 'answers-your-request', category: 'answer',
    phrases: ['as you {asked|requested|wanted|suggested}', 'as requested', 'as promised', 'you asked {me|us|about|for|whether|if|at|on|last}',
      '{further to|following|following up|in answer to|in response to|in reply to|in reply|in answer|with reference to|re} your {question|questions|request|enquiry|query|email|e-mail|message|call|note|letter}',
      '{thank you|thanks|many thanks} for your {question|questions|request|enquiry|query|email|e-mail|message|call|note|letter}',
      'you wanted to know', 'to answer your {question|questions}', 'your question about', 'your request for'],
    examples: {
      match: ['As you asked at Monday\'s briefing, here is the position.', 'Further to your question on Monday about the building:', 'Thanks for your email about the budget.'],
      noMatch: ['I wanted to let you know before it becomes public.', 'I have asked the team to prepare a note.'],
    },
  },
  {
    id: 'answers-your-request-cy', category: 'answer',
    phrases: ['fel y {gofynnoch|gofynnaist|gofynnwyd}', 'yn dilyn eich {cais|cwestiwn|ymholiad|neges|e-bost}', 'diolch am eich {cais|cwestiwn|ymholiad|neges|e-bost|ebost}'],
    examples: { match: ['Fel y gofynnoch ddydd Llun, dyma’r ffigurau.', 'Diolch am eich neges.'], noMatch: ['Gair sydyn i roi gwybod i chi.'] },
  },
];

export const answeredRequests = new Lexicon(answeredRequestEntries);

/** Diary and meeting business: a message made only of this (or of questions) informs no one of anything. */
export const administrationEntries: LexiconEntry<'administration'>[] = [
  {
    id: 'diary', category: 'administration',
    phrases: ['meeting', 'one-to-one', '1-2-1', '121', 'catch-up', 'catch up', 'diary', 'calendar', 'invite', 'invitation', 'rescheduled', 'moved to',
      'teams link', 'zoom link', 'room', 'availability', 'are you free', 'agenda', 'papers for', 'cyfarfod', 'dyddiadur'],
    examples: { match: ['Our one-to-one has moved to Thursday at 2pm.', 'The agenda for Thursday is attached for information.'], noMatch: ['The grant will not be renewed in September.'] },
  },
];

export const administration = new Lexicon(administrationEntries);
