// Words that state a copy, that refer to copied members collectively, and that record a reason
// not to copy (ward-member-copy, copy-made-explicit, no-blind-copy).
import { Lexicon, type LexiconEntry } from './lexicon';
import type { MemberRole } from '../config/directory-schema';

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
      '{sharing|shared} this with', "{i have|ive|i am|im} {included|including|adding|added}",
      // A reply-all cut down to the people it concerns names who is still on it.
      '{trimmed|trimming|cut|narrowed|kept} {this|it|the list|the recipients|my reply|this reply} {down |}to',
      // A reply-all that says so: "I've replied to all three ward councillors so you have the same account".
      '{replied|replying|responded|responding} to {all|both}', '{replied|replying} all'],
    examples: { match: ['Looping in Cllr Grant.', "I've trimmed this to you and my ward colleagues, Cllr Pike and Cllr Grant.", 'I have also sent this to Cllr Hale.', "I've added Cllr Pike so he is aware.", "I've included the Leader.",
      'I am replying to both ward members.'], noMatch: ['The loop road is closed.', 'Please reply to all the questions in the form.'] },
  },
  // Welsh "copi" alone is usually a document ("copi o'r adroddiad": a copy of the report), so it
  // needs "anfon", "cael" or "at". (Notes as comments: they would ship in the on-send bundle.)
  {
    id: 'welsh', category: 'copy',
    phrases: ['{anfon|anfonais|anfonwyd|wedi anfon} copi', '{cael|gael|chael} copi', 'copi at', 'ar gopi', 'yn cael ei gopio', 'wedi copio', 'copïo', 'wedi copior', 'wedi copïor', 'copïor'],
    examples: {
      match: ["Rwyf wedi anfon copi o'r e-bost hwn at y Cynghorydd Pike.", "Rwy'n anfon copi at y Cynghorydd Grant.", 'Mae aelodau eraill y ward wedi cael copi.',
        'Rwyf wedi copio cynghorwyr y ward.'],
      noMatch: ["Mae copi o'r adroddiad ynghlwm.", 'Cewch gopi o’r cofnodion yfory.'],
    },
  },
  // The label "copi:" in front of a name, as "cc:" is in English.
  {
    id: 'welsh-label', category: 'copy',
    phrases: ['copi'], nextCapitalised: true,
    examples: { match: ['cc / copi: Cllr Pike', 'Copi: Y Cynghorydd Grant'], noMatch: ["copi o'r adroddiad"] },
  },
];

/**
 * A reply-all that says who it kept: "I've kept all four Central ward councillors on this reply", "we have left the ward members
 * on the thread". The people stand between the verb and the thread, so it is a pattern, not a phrase; first person only
 * ("Please leave your comments on this thread" keeps no one).
 */
export const KEPT_ON_THREAD = /\b(?:i(?:\x27|\u2019)?ve|i have|i(?:\x27|\u2019)?m|i am|we(?:\x27|\u2019)?ve|we have|we(?:\x27|\u2019)?re|we are)\s+(?:also\s+|deliberately\s+)?(?:kept|keeping|left|leaving)\s[^.?!\n]{1,80}?\bon (?:this|the|my|our) (?:reply|email|e-mail|message|response|thread|chain|email chain|e-mail chain)\b/i;

export const collectiveMemberEntries: LexiconEntry<'members'>[] = [
  {
    id: 'ward-members', category: 'members',
    phrases: ['{ward|local|fellow|other} {councillors|members|colleagues|councillor|member|colleague}', 'councillors', 'cllrs', 'colleagues',
      '{all|both} {three|two|four|of you|of them}', 'the other members', 'ward members', 'councillor', 'your fellow', 'my fellow', 'gyd-gynghorydd', 'cyd-gynghorydd',
      // A committee or panel named as the copied group: "I've copied the rest of the committee in".
      'the rest of the {committee|panel|board|cabinet|group}', '{committee|panel|board} members', 'members of the {committee|panel|board}', 'the other {committee|panel|board} members',
      // Welsh: "cynghorwyr" (councillors), "aelodau'r ward" (the ward's members), "aelodau eraill" (other members).
      'cynghorwyr', '{aelodau|aelodaur} {ward|eraill}', 'aelodau lleol',
      // The co-signatories of a call-in or a motion: "I am copying this to the other four signatories".
      'the other {two|three|four|five|six|} signatories', '{my|our|fellow} {co signatories|cosignatories|signatories}'],
    // "As ward councillor for Kingsmead I have copied Mrs Gunn": the writer's own capacity, not who is copied.
    notPrecededBy: ['as', 'as your', 'as a', 'as the', 'as one of your', 'as one of the', 'fel', 'fel eich', 'fel un o',
      'as ward', 'as your ward', 'as a ward', 'as the ward', 'as one of your ward', 'as local', 'as your local', 'as a local', 'as the local'],
    examples: {
      match: ['so that all three Thornfield ward councillors have it', 'I have copied my ward colleagues.', 'Copying the other members.',
        'copying in your fellow ward members', 'the other Llanfair councillors are on copy', "cc'd the other ward cllrs", 'I am copying this to the other four signatories.', 'I am copying in your fellow Abbey councillor.', "I've cc'd the ward members.", "Mae aelodau'r ward wedi cael copi."],
      noMatch: ['The club members met on Sunday.', 'As ward councillor for Kingsmead I have copied Mrs Gunn, who reported it.'],
    },
  },
];

/**
 * A role word that names a meeting or a thing of the role ("the group leaders' meeting", "the Cabinet briefing", "the Mayor's
 * diary") does not name the member copied: "I'm copying Nigel, as he raised it at the group leaders' meeting".
 */
const ROLE_AS_ATTRIBUTE = ['meeting', 'meetings', 'briefing', 'briefings', 'forum', 'session', 'sessions', 'agenda', 'report', 'office',
  'diary', 'engagements', 'question', 'questions', 'decision', 'decisions', 'statement', 'speech', 'announcement', 'car', 'call', 'awards',
  'appeal', 'reception', 'charity', 'cyfarfod'];

/** Member roles a copy statement may name instead of the person ("the Mayor is copied"). */
export const memberRoleEntries: LexiconEntry<MemberRole>[] = [
  // The civic head goes by many names: Mayor, Lord Mayor, Provost, Chairman or Chair of the Council, Cadeirydd y Cyngor.
  { id: 'mayor', category: 'mayor', notFollowedBy: ROLE_AS_ATTRIBUTE, phrases: ['mayor', 'lord mayor', 'civic mayor', 'maer', 'provost', 'lord provost', 'chairman of the council',
    'chair of the council', 'chairman of the county council', 'chair of the county council', 'civic head', 'cadeirydd y cyngor', 'chairman'], capitalised: true,
    notPrecededBy: ['committee', 'vice', 'deputy', 'planning', 'licensing'],
    examples: { match: ['The Mayor is copied.', 'Mae’r Maer wedi cael copi.', 'The Provost is copied, as she is hosting the evening.', 'I have copied the Chairman.'],
      noMatch: ['the mayoral car', "It is in the Mayor's diary for June."] } },
  { id: 'leader', category: 'leader', notFollowedBy: ROLE_AS_ATTRIBUTE, phrases: ['leader', 'leader of the council', 'council leader', 'arweinydd', 'arweinydd y cyngor'], capitalised: true,
    notPrecededBy: ['group', 'team', 'opposition', 'deputy'],
    examples: { match: ["I've included the Leader.", 'Rwy’n anfon copi at Arweinydd y Cyngor.'], noMatch: ['the team leader at the depot', 'the Group Leader'] } },
  { id: 'group-leader', category: 'group-leader', notFollowedBy: ROLE_AS_ATTRIBUTE, phrases: ['group leader', 'group leaders', 'leader of the {labour|conservative|liberal democrat|green|independent|} group', 'leaders of the groups', 'arweinwyr y grwpiau'],
    examples: { match: ['I have copied the Group Leader.'], noMatch: ['The walking group met.', "He raised the same point at the group leaders' meeting."] } },
  { id: 'cabinet', category: 'cabinet', notFollowedBy: ROLE_AS_ATTRIBUTE, phrases: ['cabinet member', 'cabinet members', 'portfolio holder', 'portfolio holders', 'lead member', 'the cabinet', 'aelod cabinet', 'aelod y cabinet', 'aelodaur cabinet', 'y cabinet'],
    examples: { match: ['The Cabinet Member for Housing is on copy.', 'I have copied the portfolio holder.', "I'm copying in the Cabinet and the group leaders."], noMatch: ['the kitchen cabinet'] } },
  { id: 'committee-chair', category: 'committee-chair', notFollowedBy: ROLE_AS_ATTRIBUTE, phrases: ['{committee|planning committee|licensing committee} chair', 'chair of {the|} {planning|licensing|} committee', 'cadeirydd'],
    examples: { match: ['I have copied the chair of the planning committee.'], noMatch: ['Please take a chair.'] } },
  { id: 'scrutiny-chair', category: 'scrutiny-chair', notFollowedBy: ROLE_AS_ATTRIBUTE, phrases: ['scrutiny chair', 'chair of {the|} scrutiny {committee|panel|}'],
    examples: { match: ['The scrutiny chair is copied.'], noMatch: ['Scrutiny meets on Tuesday.'] } },
  { id: 'opposition-spokesperson', category: 'opposition-spokesperson', notFollowedBy: ROLE_AS_ATTRIBUTE, phrases: ['opposition spokesperson', 'shadow {cabinet member|portfolio holder}'],
    examples: { match: ['I have copied the opposition spokesperson.'], noMatch: ['The council spokesperson said so.'] } },
];

export type NoCopyReason = 'asked-not-to-copy' | 'casework';

export const noCopyEntries: LexiconEntry<NoCopyReason>[] = [
  {
    id: 'asked-not-to-copy', category: 'asked-not-to-copy',
    phrases: ['{please|pls|} {dont|do not} copy', '{dont|do not} {cc|copy in|share this with}', 'not to copy', 'asked me not to',
      '{have|has|had|ive|havent|hasnt|i} not copied', 'havent copied', 'not {copied|copying} {this|it|you|them|in}', 'without copying',
      'not for circulation', 'not to be circulated', 'not for wider circulation', 'in {strict|} confidence', 'keep this between us',
      'just between us', 'not {share|sharing} this with',
      // Welsh: "nid wyf wedi anfon copi" (I have not sent a copy), "paid â chopïo" (don't copy), "fel y gofynnoch" (as you asked).
      '{nid wyf|dw i ddim|dydw i ddim|nid ydw i} wedi anfon copi', 'heb anfon copi', '{paid|peidiwch} {a|â} {chopïo|chopio|copïo|copio}'],
    examples: {
      match: ["Please don't copy this to the other ward members yet.", 'Fel y gofynnoch, nid wyf wedi anfon copi o hwn at y Cynghorydd Jenkins.', 'As you asked, I have not copied this to Cllr Grant.',
        'This is not for circulation.', 'I am telling you this in confidence.'],
      noMatch: ['I have copied this to Cllr Grant.', 'We have every confidence in the contractor.'],
    },
  },
  {
    id: 'confidential-casework', category: 'casework',
    phrases: ['{individual|personal|confidential|private|constituent|constituents} casework', 'casework {is|was} confidential',
      'treated {it|this} as confidential', '{her|his|their} {personal|private|confidential} {circumstances|details|information|health}',
      '{individual|personal} case {and|is|which}', '{his|her|their} own case', 'concerns {his|her|their} health', 'rather than copying',
      'instead of copying', 'kept this {reply|email|response|message|one} to you', 'kept {it|this} to you',
      // One household's own affairs, said as such: "I am replying to you only", "his care package", "the council tax account for Mr Holt".
      '{replying|writing|responding} to you only', 'not {be|} shared more widely', '{not|isnt} to be shared', 'asked that it {is|was|be} not shared',
      '{his|her|their} {personal care|care package|care calls|care needs|council tax account|rent account|benefit claim|tenancy account|medical condition|mental health}',
      '{the|your|this} {council tax|rent|benefits} account {for|of}', '{looked at|checked|reviewed|gone through} {the|his|her|their} {council tax|rent|benefits} account',
      // "As this is about one household's private circumstances I have sent it to you only".
      '{one|a single|a} {household|familys|family|persons|residents|tenants|constituents} {private|personal|own|confidential} {circumstances|affairs|matters|details}',
      '{sent|sending|addressed|kept} {it|this|this reply|this email|my reply} to you only', '{sent|sending} {it|this} only to you',
      // The resident's leave to discuss their own case with this member: "she is happy for us to discuss her case with you".
      '{discuss|discussing|share|sharing|talk about|talking about|go through|going through} {her|his|their} {case|tenancy|claim|account|circumstances|situation|repairs|complaint|details|personal details} with you',
      '{discuss|discussing|share|sharing|talk about|talking about|go through|going through} {her|his|their} {tenancy|account|case|claim|rent|council tax|benefit|housing|medical|personal} {details|information|file|records} with you'],
    examples: {
      match: ["As this is Mrs Dawson's individual casework and involves her health, I have treated it as confidential.", 'I have kept this as confidential casework.',
        'Because this is about his personal care, I am replying to you only.', 'I have looked at the council tax account for Mr Holt at 6 Gatehouse Close.',
        "As this is about one household's private circumstances I have sent it to you only and not to the other ward councillors.",
        "Thanks for raising this on Mrs Adebayo's behalf - she has confirmed that she is happy for us to discuss her case with you."],
      noMatch: ['The casework team will be in touch about the road closures.', 'Council tax accounts for the whole street will be reissued.', 'I would be glad to discuss the scheme with you and the other ward members.'],
    },
  },
];

export const copyStatements = new Lexicon(copyStatementEntries);
export const collectiveMembers = new Lexicon(collectiveMemberEntries);
export const memberRoles = new Lexicon(memberRoleEntries);
export const noCopyReasons = new Lexicon(noCopyEntries);
