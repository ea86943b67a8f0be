// Words that state a copy, that refer to copied members collectively, and that record a reason
// not to copy (ward-member-copy, copy-made-explicit, no-blind-copy).
import { Lexicon, type LexiconEntry } from './lexicon';

export const copyStatementEntries: LexiconEntry<'copy'>[] = [
  {
    id: 'cc', category: 'copy',
    phrases: ['cc', 'ccd', 'cced', 'ccing', 'cc ed', 'cc d', 'cc ing', 'carbon copied'],
    examples: { match: ["I've cc'd Cllr Lloyd, who coaches at the club.", 'cc: Cllr Pike', "I'm cc'ing Fiona."], noMatch: ['See you at the CCTV review.'] },
  },
  {
    id: 'copied', category: 'copy',
    phrases: ['copied', 'copying', 'copy {in|to|this to|this email to|this reply to}', '{a|on|in} copy', 'sent a copy', 'sending a copy'],
    examples: {
      match: ['I am copying this reply to Cllr Siddiqui as well as Cllr Grant.', 'Copying Rachel and Sophie as the other Millbrook members.',
        'Cllr Hale is on copy.', 'I have sent a copy to the other ward councillors.'],
      noMatch: ['Your printed copy is in your pigeonhole.'],
    },
    note: '"copy" alone is usually a document ("your printed copy"), so it needs "to", "in" or "on copy".',
  },
  {
    id: 'looped', category: 'copy',
    phrases: ['{looping|looped|loop} in', '{also sent|also sending|also forwarded|also forwarding|have forwarded|am forwarding} this to',
      '{sharing|shared} this with', "{i have|ive|i am|im} {included|including|adding|added}"],
    examples: { match: ['Looping in Cllr Grant.', 'I have also sent this to Cllr Hale.', "I've added Cllr Pike so he is aware."], noMatch: ['The loop road is closed.'] },
  },
];

export const collectiveMemberEntries: LexiconEntry<'members'>[] = [
  {
    id: 'ward-members', category: 'members',
    phrases: ['{ward|local|fellow|other} {councillors|members|colleagues|councillor|member}', 'councillors', 'colleagues',
      '{all|both} {three|two|four|of you|of them}', 'the other members'],
    examples: { match: ['so that all three Thornfield ward councillors have it', 'I have copied my ward colleagues.', 'Copying the other members.'], noMatch: ['The club members met on Sunday.'] },
  },
];

export type NoCopyReason = 'asked-not-to-copy' | 'casework';

export const noCopyEntries: LexiconEntry<NoCopyReason>[] = [
  {
    id: 'asked-not-to-copy', category: 'asked-not-to-copy',
    phrases: ['{please|pls|} {dont|do not} copy', '{dont|do not} {cc|copy in|share this with}', 'not to copy', 'asked me not to',
      '{have|has|had|ive|havent|hasnt|i} not copied', 'havent copied', 'not {copied|copying} {this|it|you|them|in}', 'without copying',
      'not for circulation', 'not to be circulated', 'not for wider circulation', 'in {strict|} confidence', 'keep this between us',
      'just between us', 'not {share|sharing} this with'],
    examples: {
      match: ["Please don't copy this to the other ward members yet.", 'As you asked, I have not copied this to Cllr Grant.',
        'This is not for circulation.', 'I am telling you this in confidence.'],
      noMatch: ['I have copied this to Cllr Grant.', 'We have every confidence in the contractor.'],
    },
  },
  {
    id: 'confidential-casework', category: 'casework',
    phrases: ['{individual|personal|confidential|private|constituent|constituents} casework', 'casework {is|was} confidential',
      'treated {it|this} as confidential', '{her|his|their} {personal|private|confidential} {circumstances|details|information|health}',
      '{individual|personal} case {and|is|which}'],
    examples: {
      match: ["As this is Mrs Dawson's individual casework and involves her health, I have treated it as confidential.", 'I have kept this as confidential casework.'],
      noMatch: ['The casework team will be in touch about the road closures.'],
    },
  },
];

export const copyStatements = new Lexicon(copyStatementEntries);
export const collectiveMembers = new Lexicon(collectiveMemberEntries);
export const noCopyReasons = new Lexicon(noCopyEntries);
