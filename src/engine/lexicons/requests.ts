// Wording that says a message answers the member's own request (executive-briefing-copies: such a
// message is not information sent on the officer's own initiative).
import { Lexicon, type LexiconEntry } from './lexicon';

export const answeredRequestEntries: LexiconEntry<'answer'>[] = [
  {
    id: 'answers-your-request', category: 'answer',
    phrases: ['as you {asked|requested|wanted|suggested}', 'as requested', 'as promised', 'you asked {me|us|about|for|whether|if|at|on|last}',
      '{further to|following|following up|in answer to|in response to|in reply to|in reply|in answer|with reference to|re} your {question|questions|request|enquiry|query|email|e-mail|message|call|note|letter}',
      '{thank you|thanks|many thanks} for your {question|questions|request|enquiry|query|email|e-mail|message|call|note|letter}',
      'you wanted to know', 'to answer your {question|questions}', 'your question about', 'your request for',
      // "On your question about the allocation scheme: …", "Regarding your query on Monday", "the point you raised at Cabinet".
      '{on|regarding|about|concerning|as to} your {question|questions|query|queries|enquiry|request}', 'you were asking {about|whether|if|for|me}',
      'the {point|points|question|questions|issue|query|concern|concerns} you raised'],
    examples: {
      match: ['As you asked at Monday\'s briefing, here is the position.', 'Further to your question on Monday about the building:', 'Thanks for your email about the budget.',
        'On your question about the allocation scheme: the new policy starts in April.', 'Regarding your query at the briefing, the figures are below.', 'Here is an update on the point you raised at Cabinet.'],
      noMatch: ['I wanted to let you know before it becomes public.', 'I have asked the team to prepare a note.', 'Residents have raised questions about the scheme.', 'You may get questions about the closure.'],
    },
  },
  {
    id: 'answers-your-request-cy', category: 'answer',
    phrases: ['fel y {gofynnoch|gofynnaist|gofynnwyd}', 'yn dilyn eich {cais|cwestiwn|ymholiad|neges|e-bost}', 'diolch am eich {cais|cwestiwn|ymholiad|neges|e-bost|ebost}',
      // "Ar eich cwestiwn am y cynllun…" (on your question about the scheme), "ynglŷn â'ch ymholiad", "i ateb eich cwestiwn", informal "dy gwestiwn".
      '{ar|ynghylch|i ateb|yn dilyn} {eich|dy} {cais|gais|cwestiwn|gwestiwn|cwestiynau|gwestiynau|ymholiad|neges|e-bost}',
      '{ynglŷn|ynglyn} {âch|ach|âth|ath} {cais|cwestiwn|cwestiynau|ymholiad|neges|e-bost}',
      '{mewn ymateb|mewn ateb|yn ateb} {ich|ith} {cais|cwestiwn|ymholiad|neges|e-bost}',
      '{fe|mi|} {ofynnoch|ofynnaist} {am|a|i|ynghylch|ynglŷn|pryd|faint|sut|pam|beth|ddoe|yn}', '{roeddech chin|oeddech chin|roeddet tin|oeddet tin|roeddet ti|oeddet ti} {holi|gofyn}'],
    examples: { match: ['Fel y gofynnoch ddydd Llun, dyma’r ffigurau.', 'Diolch am eich neges.', "Ar eich cwestiwn am y cynllun dyrannu tai: mae'r polisi newydd yn dechrau ym mis Ebrill.",
      "Ynglŷn â'ch ymholiad ddoe, mae'r ffigurau isod.", "Roeddech chi'n holi am y llyfrgell: bydd yn agor ym mis Mai.", 'Mi ofynnoch am y ffigurau yn y briffio.'],
    noMatch: ['Gair sydyn i roi gwybod i chi.', "Mae trigolion wedi gofyn cwestiynau am y cynllun.", 'Efallai y cewch chi gwestiynau am y cau.'] },
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
