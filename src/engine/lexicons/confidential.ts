// Markings of confidential and exempt council information (confidential-information).
import { Lexicon, type LexiconEntry } from './lexicon';

export const confidentialEntries: LexiconEntry<'marking'>[] = [
  {
    id: 'part-2', category: 'marking',
    phrases: ['part 2', 'part ii', 'part two', 'part b'], followedBy: ['{report|reports|item|items|paper|papers|appendix|session|agenda|minutes|decision|exempt|confidential}'],
    examples: { match: ['The Part 2 report for next week\'s Cabinet proposes selling the land.'], noMatch: ['Part 2 of the form asks for your address.'] },
  },
  {
    id: 'not-for-publication', category: 'marking',
    phrases: ['not for publication', 'not for public disclosure', 'exempt information', 'exempt report', 'exempt item', 'exempt appendix', 'exempt from publication',
      'strictly confidential', 'commercially confidential', 'commercially sensitive', '{confidential|restricted} {report|paper|item|appendix|briefing|annex}', 'private and confidential'],
    examples: {
      match: ['The report, which is marked "not for publication", values the land at £850,000.', 'This is a confidential report to Cabinet.', 'The figures are commercially sensitive.'],
      noMatch: ['Please put it in the confidential waste bin.', 'The report will be published next week.'],
    },
  },
];

export const confidentialMarkers = new Lexicon(confidentialEntries);
