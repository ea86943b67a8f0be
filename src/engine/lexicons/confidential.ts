// Markings of confidential, exempt and legally privileged council information, and the wording
// around them that decides whether a message discloses it (confidential-information).
import { Lexicon, type LexiconEntry } from './lexicon';

export const confidentialEntries: LexiconEntry<'marking'>[] = [
  {
    id: 'part-2', category: 'marking',
    phrases: ['part 2', 'part ii', 'part two', 'part b'], followedBy: ['{report|reports|item|items|paper|papers|appendix|session|agenda|minutes|decision|exempt|confidential|not}'],
    examples: { match: ['The Part 2 report for next week\'s Cabinet proposes selling the land.'], noMatch: ['Part 2 of the form asks for your address.'] },
  },
  {
    id: 'not-for-publication', category: 'marking',
    phrases: ['not for publication', 'not for public disclosure', 'not for disclosure', 'exempt information', 'exempt report', 'exempt item', 'exempt appendix',
      'exempt from publication', 'exempt under {paragraph|paragraphs|schedule|part}', 'schedule 12a', 'schedule 7a', 'exempt part 2',
      'strictly confidential', 'commercially confidential', 'commercially sensitive', 'private and confidential'],
    examples: {
      match: ['The report, which is marked "not for publication", values the land at £850,000.', 'The figures are commercially sensitive.'],
      noMatch: ['Please put it in the confidential waste bin.', 'The report will be published next week.'],
    },
  },
  {
    id: 'confidential-document', category: 'marking',
    phrases: ['{confidential|restricted} {report|paper|papers|item|appendix|briefing|annex}'],
    examples: { match: ['This is a confidential report to Cabinet.'], noMatch: ['The report is on the agenda.'] },
  },
  {
    // A marking reported: "the report was circulated to members marked CONFIDENTIAL". (An envelope or sack so marked is not.)
    id: 'marked', category: 'marking',
    phrases: ['{marked|labelled|labeled|stamped|classified|classed|headed|designated} {as|} {confidential|restricted|exempt}',
      '{circulated|shared|issued|sent|given} to {members|councillors|cabinet|us|the committee} in confidence', '{nodin|nodi yn|farcion|marcion|marcio yn} gyfrinachol'],
    notPrecededBy: ['envelope', 'envelopes', 'sack', 'sacks', 'bag', 'bags', 'bin', 'bins', 'box', 'boxes', 'tray'],
    examples: { match: ['The officer report was circulated to members marked CONFIDENTIAL on Friday.', 'The briefing was shared to members in confidence.', "Mae'r adroddiad wedi'i nodi'n gyfrinachol."],
      noMatch: ['Please return the form in a sealed envelope marked confidential.', 'Your complaint will be treated as confidential.', 'The bins were marked for collection.'] },
  },
  {
    id: 'legally-privileged', category: 'marking',
    phrases: ['legally privileged', 'privileged and confidential', 'confidential and privileged', 'subject to legal {professional|advice|} privilege',
      'legal professional privilege', 'legal advice privilege', 'litigation privilege',
      // "PRIVILEGED & CONFIDENTIAL - LEGAL ADVICE" (the ampersand is no word), "prepared in contemplation of litigation".
      'privileged confidential', 'confidential privileged', 'contemplation of litigation'],
    examples: { match: ['LEGALLY PRIVILEGED AND CONFIDENTIAL - PREPARED FOR THE COUNCIL', 'This advice is subject to legal professional privilege.', 'PRIVILEGED & CONFIDENTIAL - LEGAL ADVICE'],
      noMatch: ['It was a privilege to meet you.', 'We were privileged to host the confidential reporting line launch.'] },
  },
  {
    id: 'part-2-cy', category: 'marking',
    phrases: ['{adroddiad|eitem|atodiad|papurau} rhan 2', 'nid iw gyhoeddi', '{adroddiad|eitem|atodiad|gwybodaeth} eithriedig', '{nodin|nodi yn} eithriedig',
      '{adroddiad|eitem|atodiad} cyfrinachol'],
    examples: { match: ["Mae adroddiad Rhan 2 i'r Cabinet yn argymell gwerthu'r tir.", "Mae wedi'i nodi'n eithriedig ac 'nid i'w gyhoeddi'."], noMatch: ['Rhan 2 o’r ffurflen.'] },
  },
];

export const confidentialMarkers = new Lexicon(confidentialEntries);

/** An e-mail footer's stock confidentiality notice: not a marking of what the message says. */
export const disclaimerEntries: LexiconEntry<'disclaimer'>[] = [
  {
    id: 'footer', category: 'disclaimer',
    phrases: ['intended {solely|only} for', 'if you have received {this|it|this e-mail|this email|this message} in error', 'this {e-mail|email|message} and any {attachments|files}',
      'may contain information which is', 'views expressed', 'os cawsoch hi', 'wediu bwriadu ar gyfer'],
    examples: { match: ['This e-mail and any attachments are confidential and intended solely for the addressee.'], noMatch: ['The Part 2 report is confidential.'] },
  },
];

export const disclaimers = new Lexicon(disclaimerEntries);

/** A confidential-waste or shredding service: "sacks for confidential papers" are for disposal, not a marking. */
export const disposalEntries: LexiconEntry<'disposal'>[] = [
  {
    id: 'disposal', category: 'disposal',
    phrases: ['confidential waste', '{shred|shredded|shredding|shredder}', '{lockable|locked|secure} {sack|sacks|bag|bags|bin|bins|console|consoles}',
      '{secure|confidential} {disposal|destruction}', 'certificate of destruction', 'gwastraff cyfrinachol'],
    examples: { match: ['The crew will leave lockable sacks for confidential papers.', 'Everything is shredded on site.'], noMatch: ['The confidential report was circulated on Friday.'] },
  },
];

export const disposals = new Lexicon(disposalEntries);

/** The writer says they will not pass the information on ("I'm afraid I can't share it"). */
export const declineEntries: LexiconEntry<'decline'>[] = [
  {
    id: 'cannot-share', category: 'decline',
    phrases: ['{i|we} {cant|cannot|can not|am unable to|are unable to|wont|will not|am not able to|are not able to|am not allowed to|am not permitted to|am not in a position to} {share|disclose|release|pass on|send|show|publish|circulate|give|tell}',
      '{im|i am|were|we are} {not able|unable|not allowed|not permitted|not in a position} to {share|disclose|release|pass on|send|show|publish|circulate|give|tell}',
      '{im|i am} afraid {i|we} {cant|cannot}', 'would not be appropriate for me to {share|disclose}', 'not something {i|we} can {share|disclose}',
      // The exempt part named only as kept back: "so Cabinet will consider it in private session".
      '{in|into} {private|closed} session', '{consider it|take it|discuss it|hear it} in private', 'exclude the press and public',
      'the press and public {will be|are|were} excluded', '{is|are|will} not {be|} published', 'not {be|} made public'],
    examples: { match: ["I'm afraid I'm not able to share it.", 'so I am not able to share it', "I can't share it or the figures in it.", 'The appendix contains exempt information, so Cabinet will consider it in private session.'], noMatch: ['Please share it with your committee.', 'This can\'t go any further.'] },
  },
];

export const declines = new Lexicon(declineEntries);

/** The writer passes it on anyway ("strictly between ourselves", "keep this to yourself"). */
export const leakEntries: LexiconEntry<'leak'>[] = [
  {
    id: 'between-us', category: 'leak',
    phrases: ['between {ourselves|us|you and me}', 'keep {this|that|it|these|them} to {yourself|yourselves}', 'off the record',
      // "I can't send you the report as it's Part 2, but … this is the relevant extract:" — then pasted.
      '{this is|here is|heres|below is} the relevant {extract|paragraph|section|passage|part}', '{cant|cannot|must not|mustnt|shouldnt} go any further', 'you didnt hear {it|this} from me',
      'please share {it|this}', 'peidiwch â rhannu', 'peidiwch a rhannu', 'rhyngom ni'],
    examples: { match: ['I\'m writing as one of your ward councillors, and strictly between ourselves.', 'Please keep this to yourself for now.', 'Obviously keep that to yourselves.',
      "I can't send you the report as it's Part 2, but this is the relevant extract:"], noMatch: ['I cannot share it.'] },
  },
];

export const leaks = new Lexicon(leakEntries);
