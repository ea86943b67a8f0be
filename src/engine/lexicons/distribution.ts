// Wording that tells whether a message to every member concerns only the sender, one person or
// one ward (distribution-list), or says why every member needs it.
import { Lexicon } from './lexicon';
import { shipped, type Phrases } from './shipped';
import { cy } from './welsh';

/** A reply that is only the writer's own business: attending, apologies, thanks, their own form. */
export const personalReplyPhrases: Phrases<'personal'>[] = [
  {
    id: 'attending', category: 'personal',
    phrases: ['count me in', 'count us in', 'count me out', 'count me and', 'put me and', 'put me down {for|as}', 'put my name down', 'sign me up', '{book|reserve|save} me {a|in|onto|on}',
      '{ill|i will|i shall|we will|well} be there', '{ill|i will|i would like to|id like to|i wish to|id love to|i would love to|i can|i cant|i cannot|i wont|i will not} {attend|come|join|make it|make the}',
      '{i am|im} {attending|coming|available|not available|unavailable} {for|on|at|to}',
      '{i wont|i will not|i shant|i shall not|i may not|i might not} be able to {attend|come|make|join|be there}', 'running {about|a bit|a little|} {late|behind}', 'start without me', '{a|another} {clash|prior engagement|commitment that}', 'clashes with',
      '{i cant|cant|i cannot|cannot|i can not} do {either|both|the|that|this|any|tuesday|wednesday|thursday|monday|friday}',
      // "Sorry but I won't be at Council on the 23rd".
      '{i wont|i will not|i shant|i shall not|i cant|i cannot|i wont be able to} be at {council|full council|the meeting|cabinet|committee|the briefing|the training|scrutiny|the session}',
      // Choosing a session in a word or two: "Tuesday evening for me please!", "the online one works for me".
      '{monday|tuesday|wednesday|thursday|friday|saturday|sunday|evening|morning|afternoon|daytime|online|teams|zoom|earlier|later|first|second} {evening|morning|afternoon|session|one|option|slot|date|} for me',
      '{works|suits} {for|} me', '{monday|tuesday|wednesday|thursday|friday|evening|morning|afternoon|daytime|online|earlier|later|first|second} {evening|morning|afternoon|session|one|option|slot|date|} {is|would be|will be} {best|better|fine|good} for me',
      '{wont|cant|cannot|will not|can not|not going to} make {it|council|full council|the meeting|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|the briefing|the training}', '{i wont|wont|i will not|i shant} be {there|coming|attending|able}', 'see you {there|then|on}', 'a place for me', 'me too', 'me as well',
      // Welsh: "cyfrwch fi i mewn" (count me in), "bydda i yno" (I'll be there), "rhowch fy enw i lawr" (put my name down).
      'cyfrwch fi', '{bydda|byddaf} {i|} yno', 'rhowch fy enw', 'dw i eisiau dod', 'hoffwn i ddod', 'hoffwn ddod'],
  },
  {
    id: 'apologies', category: 'personal',
    phrases: ['{my|our|} apologies for {absence|the meeting|tonight|tomorrow|thursday|monday|tuesday|wednesday|friday|not|missing}', 'please {send|give|record|note|accept|pass on} my apologies',
      'apologies from me', '{unfortunately|sadly} i {cant|cannot|wont|will not|am not|m not}', '{i am|im|i will be|ill be} {away|on holiday|unable|not able}', 'send my regrets',
      // Welsh: "ymddiheuriadau" (apologies), "methu dod" (cannot come).
      'ymddiheuriadau', 'methu dod', 'methu bod yno'],
  },
  {
    id: 'unable-to-attend', category: 'personal',
    phrases: ['{unable|not able} to {attend|come|make}'],
    notPrecededBy: ['members', 'councillors', 'those', 'who', 'anyone', 'people', 'are', 'is', 'be', 'been', 'colleagues'],
  },
  {
    id: 'apologies-alone', category: 'personal',
    phrases: ['apologies'],
    notFollowedBy: ['{for|about} {the|any|my|this} {confusion|error|mistake|typo|wrong|date|change|late|short}', '{the|my} {date|time|room|venue|email|earlier}', 'all', 'everyone'],
    // A member correcting their own all-members message ("apologies for the confusion") writes to everyone again.
  },
  {
    id: 'thanks-and-congratulations', category: 'personal',
    phrases: ['congratulations', 'congrats', 'well done', 'well deserved', 'thank you {so much|very much|for|all the same}', '{thanks|many thanks} {for|so much|again|very much}',
      // The writer's own news and thanks for kindness: "a huge thank you to everyone for the flowers … after my op".
      '{thank you|thanks} to {everyone|you all|all of you|all|colleagues} for', 'after my {op|operation|surgery|illness|fall|accident|stay in hospital}',
      '{the|your|all the} {lovely|kind} {cards|messages|flowers|wishes}', 'get well {cards|wishes|messages}',
      // Welsh: "llongyfarchiadau" (congratulations), "da iawn" (well done), "diolch yn fawr" (thank you very much).
      // "diolch o galon" (heartfelt thanks), "diolch i ti / i chi am" (thank you for).
      'llongyfarchiadau', 'da iawn', 'diolch yn fawr', 'diolch am', 'diolch o galon', 'diolch {i ti|i chi|iti} am', '{very|really|most|extremely|so} helpful', 'much appreciated',
      // Praise for one piece of work: "good work from you and the committee", Scots "guid work fae ye".
      '{good|great|guid|grand|excellent|fine} {work|job} {from|fae|frae|by|on}'],
  },
  {
    // "Thanks Sandra - a really moving service": thanks to one person by name.
    id: 'thanks-name', category: 'personal', nextCapitalised: true,
    // ("Cheers Gordon, guid work", "Ta Sandra".)
    phrases: ['thanks', 'thank you', 'many thanks', 'diolch', 'cheers', 'ta', '{thank you|thanks|cheers} to', '{a|} {huge|big|massive|special} {thank you|thanks} to'],
  },
  {
    id: 'lost-property', category: 'personal',
    phrases: ['{did|has} {anyone|anybody} {pick up|picked up|find|found|handed in} {a|my}', '{i|ive|i have} {lost|mislaid|left|dropped} my', 'lost without', 'if found',
      // "I seem to have left my reading glasses…", "has anyone seen my keys?".
      '{seem to|must|may|might} have {lost|mislaid|left|dropped} my', '{has|have} {anyone|anybody} seen my',
      // Welsh: "wedi colli fy" (have lost my), "oes rhywun wedi gweld fy…?" (has anyone seen my…?), "dw i wedi gadael fy" (I've left my).
      'wedi colli fy', '{oes|ydy|ydi} {rhywun|unrhyw un} wedi {gweld|ffeindio|codi|cael hyd i|dod o hyd i} fy', '{dw i|dwi|rwy|rwyf|rydw i} wedi gadael fy'],
    // "Has anyone seen my email about the budget?" asks about the matter, not lost property.
    notFollowedBy: ['{email|e-mail|message|motion|question|questions|report|letter|amendment|comments|post|note|reply|ebost|e-bost|neges|cwestiwn}'],
  },
  {
    id: 'own-form', category: 'personal',
    phrases: ['my {form|forms|declaration|register entry|entry in the register|return|claim|expenses|expenses claim|allowance|allowances|mileage|payslip|tablet|laptop|ipad|phone|password|login|log in|account|pass|badge|parking permit|photo|details|dbs|training record}',
      "{i|ive|i have|i} {sent|returned|submitted|posted|signed|completed|filled in} {mine|the form|it back}",
      // "New mobile is 07700 900614, old one is dead": the writer's own new number.
      '{my|} new {mobile|phone|number|mobile number|phone number|email address} {is|number|no}',
      // "my old iPad still won't connect": the writer's own kit.
      'my {old|new|council|work} {ipad|tablet|laptop|phone|mobile|printer|computer|pc}', 'my {register|declaration|record} of interests', 'my {dpi|interests|gifts and hospitality} form',
      '{send|resend|re-send|forward|email|e-mail} me {the|a|another|that}', '{could|can|may} i {have|get|borrow} {a|the|another}',
      // "Mine is about £40 less … Who do I speak to?": the writer's own affairs.
      'who do i {speak|talk|write|go|send it} to', 'mine {is|was|has|came}',
      // "does anyone know who I speak to about a broken streetlight? The one outside my house…".
      'who {i|i should|should i} {speak|talk|write|report it|report this|go} to', '{outside|opposite|behind} my {house|home|flat|door|front door}'],
  },
];

export const personalReplies = new Lexicon(shipped(personalReplyPhrases));

/** Words that say the message is for every member: these stop the rule. */
export const everyMemberPhrases: Phrases<'every-member' | 'all-of-you'>[] = [
  {
    id: 'stated-reason', category: 'every-member',
    phrases: ['for all members', 'for the information of all', 'all members information', 'all members attention', 'for {every|each} member',
      '{writing|write|emailing|e-mailing|sending this} to {all|every|each} {members|member|councillors|councillor|colleagues|of you}',
      '{affects|affect|concerns|concern|matters to|applies to|relevant to|relevant for} {all|every|each|everyone|all of} {of us|members|member|councillors|councillor|one of us|ward|wards|us|you}',
      '{every|each} {councillor|member|ward|one of us} {is|are|will|should|must|needs|need|has|have|can|may}', 'every councillors', 'every members',
      'all {members|councillors} {are|will|should|must|need|have|may|can}', 'all {members|councillors} {to|of the council}', '{every|all} {ward|wards} in the',
      'across the {borough|district|county|city|whole}', '{borough|district|county|council}{-|} wide', 'the whole council', 'join me in {thanking|welcoming|marking|remembering|recognising|commemorating}', 'for your diaries', 'reminder to all', 'a reminder for all',
      // Welsh: "pob aelod" (every member), "pob cynghorydd" (every councillor), "er gwybodaeth i'r holl aelodau";
      // mutated as Welsh writes them ("effeithio ar bob aelod", "ym mhob ward", "a phob cynghorydd").
      ...cy('pob aelod', 'pob cynghorydd', 'pob ward'), 'holl aelodau', 'yr holl gynghorwyr'],
  },
  {
    id: 'all-of-you', category: 'all-of-you',
    phrases: ['all of you', 'all of us', 'us all', 'we all', 'you all', 'many of us', 'most of us', 'some of us', 'each of us', 'every one of us', 'each of you', 'from you all', 'to you all', 'any of you', 'those of you', 'anyone', 'everyone', 'everybody', 'any member', 'any councillor', 'colleagues who', 'members who', 'councillors who',
      'unrhyw un', ...cy('pawb')],
    // "Apologies to everyone else for using the all-members list" owns up to the list; it addresses nobody.
    notPrecededBy: ['to', 'i'],
    notFollowedBy: ['else'],
    // A general address; it does not outweigh a plainly personal reply ("count me in, see you all there").
  },
];

export const everyMember = new Lexicon(shipped(everyMemberPhrases));

/** A message chasing one person's answer ("I asked you on 3 February… still waiting"). */
export const chasingPhrases: Phrases<'chasing' | 'role-question' | 'role-named'>[] = [
  {
    id: 'chasing', category: 'chasing',
    phrases: ['still {waiting|not had|had no|no|have not had|havent had|not received|havent received|awaiting|no sign}', '{i|ive|i have|i had} {asked|wrote to|written to|emailed|e-mailed|chased|raised this with|raised it with} you',
      '{asked|chased} {twice|three times|four times|again|repeatedly}', 'three times since', 'no {reply|answer|response} {yet|from you|to my}', '{had|received|got} no {reply|answer|response}',
      'third time of asking', 'when {can|will} i {expect|get|have} {an answer|a reply|a response|a date}', 'can i please have {a date|an answer|a reply}'],
  },
  {
    id: 'role-question', category: 'role-question',
    phrases: ['{can|could|will|would|may} the {cabinet member|portfolio holder|lead member|executive member|leader|convener|convenor|chair|deputy leader}',
      '{question|questions} for the {cabinet member|portfolio holder|lead member|executive member|leader|convener|convenor}',
      'the {cabinet member|portfolio holder|lead member|executive member|leader|convener|convenor} {could|can|would|will|might} {please|} {tell|let|confirm|explain|update|advise|respond|reply|answer|say|give}',
      '{ask|asking|asked} the {cabinet member|portfolio holder|lead member|executive member|convener|convenor} {for|to|when|why|whether|if}'],
  },
  {
    id: 'role-named', category: 'role-named',
    phrases: ['the {cabinet member|portfolio holder|lead member|executive member|convener|convenor} for', 'the leader of the council'],
    // Names who a chase is for; on its own it is not a sign that a message concerns one person.
  },
];

export const chasing = new Lexicon(shipped(chasingPhrases));

/** A local matter: the closure or repair of one street or place. */
export const localIssuePhrases: Phrases<'local'>[] = [
  {
    id: 'street-matter', category: 'local',
    phrases: ['closure', 'closures', 'closed', '{road|street|lane} works', 'roadworks', 'resurfacing', 'resurfaced', 'pothole', 'potholes', 'street light', 'street lights', 'streetlights',
      'lighting', 'flooding', 'flooded', 'fly-tipping', 'flytipping', 'fly tipping', 'diversion', 'sea wall', 'bus stop', 'crossing', 'speeding', 'drains', 'gully', 'gullies', 'repairs',
      'missed {bins|collections}', 'traffic calming', 'parking problems', 'subsidence', 'collapsed', 'blocked', 'overgrown', 'graffiti', 'shut', 'barriers',
      'grit bin', 'grit bins', 'gritting',
      // A street shut without notice: "Harbour Brae has been coned off since Monday".
      'coned off', 'taped off', 'fenced off', 'dug up',
      // An island's lifeline service ("three weeks without a reliable ferry"); not "Ferry Lane".
      'without a {reliable|regular|proper|} ferry', 'no ferry', 'ferry {service|services|crossing|crossings|sailings|timetable|cancellations}',
      // The writer places the matter in their own ward: "what happened with the Mill Hey application in my ward".
      'in my ward', 'yn fy ward',
      // Street furniture broken or damaged: "the bus shelter … smashed for the third time", "the railings … are loose again".
      'bus shelter', 'bus shelters', 'railings', 'smashed', 'vandalised', 'vandalized', 'vandalism', 'storm damage', 'storm damaged',
      // A session or service in one place: "no drop in at Stainton again".
      'drop in', 'drop ins', 'drop in session', 'surgery', 'consultation event', 'gas main', 'water main',
      // One house's planning matter: "when he approved No. 14's extension" (round 34).
      'extension', 'extensions', 'planning application'],
  },
];

export const localIssues = new Lexicon(shipped(localIssuePhrases));
