// The English catalogue: every sentence the engine and the on-send alert show or write, one key
// each (ICU-like strings, see format.ts). The Welsh catalogue (cy.ts) has the same keys and
// parameters (test/engine/i18n/catalogue-parity.test.ts). A new rule adds its strings here and in cy.ts.
export const en = {
  // Engine-wide
  'check.ruleFailed': 'This check could not run on this email; the other checks did.',
  'fixes.protectedNote': 'The words are in the greeting, sign-off or signature: edit them by hand.',
  'fix.add': 'Add "{sentence}"',
  'fix.change': 'Change "{from}" to "{to}"',
  'fix.copy': 'Copy {names}',

  // Sentences fixes write into the e-mail (in the e-mail's language)
  'insert.copied': 'I have copied this email to {names}.',
  'insert.copiedAs': 'I have copied this email to {names}, as {as}.',
  'insert.copiedGroup': '{names} as {as}',
  'insert.copiedMore': '{list}, and to {next}',
  'insert.askedToConfirm': 'I have asked {who} to confirm this; they are copied.',
  'insert.teamLabel': 'the {team} team ({email})',
  'insert.writingAsWard': 'I am writing as {several, select, yes {one of the ward councillors} other {the ward councillor}} for {ward}.',
  'insert.writingAsLocal': 'I am writing as your local ward councillor.',
  'insert.wardCouncillors': '{wards} ward {count, plural, one {councillor} other {councillors}}',
  'insert.removed': '[removed]',

  // Weekdays as the time helpers name them
  'weekday.Mon': 'Mon',
  'weekday.Tue': 'Tue',
  'weekday.Wed': 'Wed',
  'weekday.Thu': 'Thu',
  'weekday.Fri': 'Fri',
  'weekday.Sat': 'Sat',
  'weekday.Sun': 'Sun',

  // capacity-stated
  'capacity-stated.title': 'Capacity not stated',
  'capacity-stated.label': 'capacity not stated',
  'capacity-stated.description': 'A member writing to a resident as ward member makes that capacity clear in the email.',
  'capacity-stated.citation': '001 §12.5: when writing in an individual capacity as a ward member, a member must make clear that fact',
  'capacity-stated.message': 'You are writing to {audience, select, resident {a resident} other {someone outside the Council}}{topic, select, ward { about {vowel, select, yes {an} other {a}} {ward} matter} other {}}, but the email does not say in what capacity. A sign-off such as "Cllr" is not enough: say that you write as ward councillor.',

  // confidential-information
  'confidential-information.title': 'Confidential information going outside the council',
  'confidential-information.label': 'confidential information going outside the council',
  'confidential-information.description': 'Information marked exempt, Part 2 or not for publication is not sent outside the council.',
  'confidential-information.citation': '001 §10.7: confidential and exempt information must not be disclosed to anyone not entitled to it',
  'confidential-information.message': 'This email describes information as confidential ({quoted}) and goes to {who}, outside the council. Exempt and confidential information must not be shared.',
  'confidential-information.fix.removeSentences': 'Remove the sentences about the confidential information',
  'confidential-information.fix.removeRecipients': 'Remove {who} from the recipients',

  // copy-made-explicit
  'copy-made-explicit.title': 'Copy to a member not stated',
  'copy-made-explicit.label': 'a copy to a member not stated',
  'copy-made-explicit.description': 'When member/officer correspondence is copied to another member, the email says so.',
  'copy-made-explicit.citation': '001 §12.1: correspondence between a member and an officer should not be copied to another member unless the author states that this is the case',
  'copy-made-explicit.message': '{names} {count, plural, one {is} other {are}} copied (Cc) but the email does not say so. The protocol asks you to state when correspondence is copied to another member.',

  // distribution-list
  'distribution-list.title': 'All-members list used for a personal matter',
  'distribution-list.label': 'the all-members list used for a personal matter',
  'distribution-list.description': "A member's message to every member (the all-members list, or a large member audience) is for matters that concern every member.",
  'distribution-list.citation': '002 Annex A §10.1: members should not use all-member distribution lists for matters that concern only themselves, one member or one ward',
  'distribution-list.message': 'This goes to {to}, but {reason}. The protocol asks members to keep all-member mailings for matters that concern every member{hasKeep, select, yes {: send it to {keep} instead} other {}}.',
  'distribution-list.members': '{count} members',
  'distribution-list.reason.addressedTo': 'it is addressed to {name}',
  'distribution-list.reason.onlyYou': 'it only concerns you ({quoted})',
  'distribution-list.reason.questionFor': 'it is a question for {who}',
  'distribution-list.reason.oneCabinetMember': 'one Cabinet member',
  'distribution-list.reason.chases': "it chases {name}'s answer",
  'distribution-list.reason.oneWard': 'it is about one ward ({ward})',
  'distribution-list.reason.chasesSomeone': "it chases one person's answer",
  'distribution-list.fix': 'Send it to {names} only',

  // executive-briefing-copies
  'executive-briefing-copies.title': 'Briefing not copied to opposition and scrutiny',
  'executive-briefing-copies.label': 'opposition and scrutiny not copied',
  'executive-briefing-copies.description': 'Information an officer sends the Leader or a Cabinet member on their own initiative is copied to the opposition spokesperson and the Chair of Scrutiny.',
  'executive-briefing-copies.citation': '002 existing §12.3: briefings to an Executive Councillor are copied to the opposition spokespersons and the Chair of Scrutiny',
  'executive-briefing-copies.message': 'This sends {executives} (Executive) information on your own initiative; the protocol asks for copies to {names}.',

  // junior-officer-request
  'junior-officer-request.title': 'Request sent to a junior officer',
  'junior-officer-request.label': 'a request to a junior officer',
  'junior-officer-request.description': "A member's request for action goes to the service manager or Chief Officer, not straight to a junior officer.",
  'junior-officer-request.citation': '003 §4.7: members should not ask junior officers to act; requests go through the Chief Officer or service manager',
  'junior-officer-request.message': 'This asks {junior}, a junior officer, to act ({quoted}). The protocol asks members to send requests to the service manager or Chief Officer{hasManager, select, yes { — here {manager}} other {}}.',
  'junior-officer-request.fix': 'Send it to {manager} and copy {junior}',

  // media-enquiry
  'media-enquiry.title': 'Media enquiry without the communications team',
  'media-enquiry.label': 'the communications team not copied',
  'media-enquiry.description': 'An officer writing to a journalist copies the communications team.',
  'media-enquiry.citation': '002 Annex A §11.7: media enquiries are handled by, or with, the Communications team',
  'media-enquiry.message': 'This goes to a journalist ({journalists}) without the communications team ({team}) in copy. The protocol asks officers to handle media enquiries with the communications team.',
  'media-enquiry.mailboxName': 'Communications',

  // member-signature
  'member-signature.title': "Sent in a member's name",
  'member-signature.label': "a commitment in a member's name",
  'member-signature.description': "Letters that commit or instruct on behalf of the Council are never sent in a member's name.",
  'member-signature.citation': '001 §12.4: letters which create legally enforceable obligations or which give instructions on behalf of the Council should never be sent in the name of a member',
  'member-signature.message.binding': "This email {kind, select, instruction {gives instructions} other {commits the Council}} in a member's name ({quoted}). That must come from {who}, not from a councillor.",
  'member-signature.message.official': "This reads as an official Council letter ({quoted}) sent in a member's name. Official letters on behalf of the Council should normally go from {who}.",
  'member-signature.responsibleOfficer': 'the responsible officer',
  'member-signature.team': 'the {team} team',
  'member-signature.fix.confirm': '{visible, select, yes {Ask} other {Copy and ask}} {who} to confirm it instead',
  'member-signature.fix.remove': 'Remove the {count, plural, one {sentence that commits} other {sentences that commit}} the Council (then ask an officer to reply)',

  // no-blind-copy
  'no-blind-copy.title': 'Blind copy (Bcc)',
  'no-blind-copy.label': 'a blind copy (Bcc)',
  'no-blind-copy.description': 'Members are never blind-copied, and member/officer correspondence has no blind copies.',
  'no-blind-copy.citation': '001 §12.1: where correspondence is copied, this should always be made explicit — there should be no "blind" copies',
  'no-blind-copy.message.member': '{name} is a blind copy (Bcc). The protocol says copies to members must be visible, and the email should say who is copied.',
  'no-blind-copy.message.memberByName': '{name} looks like a councillor (from the name) and is a blind copy (Bcc). Copies to members must be visible.',
  'no-blind-copy.message.others': '{names} {count, plural, one {is a blind copy} other {are blind copies}} (Bcc) on correspondence between a member and an officer. The protocol says there should be no blind copies: copy openly and say so.',
  'no-blind-copy.fix.move': 'Move {names} to Cc and say so',
  'no-blind-copy.fix.remove': 'Remove {names} from Bcc',

  // officer-criticism
  'officer-criticism.title': 'An officer criticised in front of others',
  'officer-criticism.label': 'an officer criticised in front of others',
  'officer-criticism.description': "Criticism of a named officer goes privately to the officer's Director, not to other members, residents, the press or other teams.",
  'officer-criticism.citation': "000 §2.7: members should not criticise officers in public or in front of others; concerns go privately to the officer's Director",
  'officer-criticism.message': "This criticises {officer}, an officer ({quoted}), and goes to {audience}. The protocol asks that concerns about an officer are raised privately with the officer's Director{hasDirector, select, yes { — here {director}} other {}}.",
  'officer-criticism.press': '{name} (press)',
  'list.more': '{count, plural, one {one other} other {# others}}',
  'officer-criticism.outside': '{name} (outside the council)',
  'officer-criticism.fix': 'Send it privately to {director} and remove the other recipients',

  // out-of-hours
  'out-of-hours.title': 'Outside office hours',
  'out-of-hours.label': 'sent outside office hours',
  'out-of-hours.description': 'A member e-mailing an officer outside office hours (not urgent) can delay delivery to the next working morning.',
  'out-of-hours.citation': '004 27.10: members should not contact officers outside normal working hours except in an emergency',
  'out-of-hours.message': 'It is outside office hours ({weekday} {time}) and this does not look urgent. The protocol asks members not to contact officers out of hours except in an emergency: deliver it at {start} on {day} instead.',
  'out-of-hours.fix': 'Deliver at {start} on {day} {date}',

  // personal-data
  'personal-data.title': "A resident's personal details",
  'personal-data.label': "a resident's personal details",
  'personal-data.description': "Residents' identifiers are not sent to a councillor without the resident's consent on record.",
  'personal-data.citation': "000 §4.1: officers share residents' personal information with members only as needed and with consent",
  'personal-data.message': "This email gives a councillor a resident's {labels} and does not record the resident's consent. Share only what the member needs: remove the identifiers, or say that the resident has agreed.",
  'personal-data.fix': 'Remove the {labels}',
  'personal-data.identifier.National Insurance number': 'National Insurance number',
  'personal-data.identifier.NHS number': 'NHS number',
  'personal-data.identifier.date of birth': 'date of birth',
  'personal-data.identifier.account reference': 'account reference',

  // political-content
  'political-content.title': 'Party-political content',
  'political-content.label': 'party-political content',
  'political-content.description': 'Council e-mail carries no party-political content: no electioneering, party business, party-labelled praise or attack, or political criticism of Council decisions.',
  'political-content.citation': '002 Annex A §11.6: Council e-mail must not be used for party-political purposes; officers are politically restricted (003 §6)',
  'political-content.kind.electioneering': 'electioneering',
  'political-content.kind.party-business': 'party business',
  'political-content.kind.party-label': 'party-political praise or criticism',
  'political-content.kind.policy-criticism': 'political criticism of a Council decision',
  'political-content.kinds': '{first} and {second}',
  'political-content.message.subject': 'The subject line is {what} ({quoted}). Council e-mail should not carry party-political content: change the subject.',
  'political-content.message.sentence': 'This sentence is {what} ({quoted}). {why}',
  'political-content.why.purdah': 'Council publicity in the pre-election period must be politically neutral.',
  'political-content.why.officer': 'Officers must stay politically neutral, and Council e-mail must carry no party politics.',
  'political-content.why.asksOfficer': 'Officers must not be asked to help with party business or campaigning, and Council resources must not be used for it.',
  'political-content.why.member': 'Council e-mail should not carry party-political content: use your party or personal e-mail for this.',
  'political-content.fix.replace': 'Replace "{from}" with "{to}"',
  'political-content.fix.remove': 'Remove this sentence',

  // pre-election-publicity
  'pre-election-publicity.title': 'Councillor named in pre-election publicity',
  'pre-election-publicity.label': 'a councillor named in pre-election publicity',
  'pre-election-publicity.description': 'In a pre-election period, Council publicity does not name or quote councillors.',
  'pre-election-publicity.citation': '000 §8.3: during the pre-election period Council publicity must not name or feature councillors',
  'pre-election-publicity.quotedByOffice': 'a councillor quoted by office',
  'pre-election-publicity.message': 'This is Council publicity in a pre-election period and it names {who}. Council publicity must not feature councillors until polling day.',
  'pre-election-publicity.fix': 'Remove the {count, plural, one {sentence} other {sentences}} naming {who}',

  // ward-member-copy
  'ward-member-copy.title': 'Ward members not copied',
  'ward-member-copy.label': 'other ward members not copied',
  'ward-member-copy.description': 'An officer writing to a councillor about a ward matter copies all the members for that ward.',
  'ward-member-copy.citation': '000 §7.1: where an officer writes to a member about a ward matter, all members for that ward should be copied',
  'ward-member-copy.message.identifiers': "This is about {wards} ward, but the email carries one resident's personal details, so it is that constituent's confidential casework and copying the other ward members is not suggested.",
  'ward-member-copy.message.casework': "This is about {wards} ward, but the email records that it is one constituent's confidential casework, so copying the other ward members is not suggested.",
  'ward-member-copy.message.askedNotToCopy': 'This is about {wards} ward, but the email records that the member asked for it not to be copied, so copying the other ward members is not suggested.',
  'ward-member-copy.message.manyWards': 'This concerns {count} wards ({wards}). Rather than copying every ward member, consider copying the relevant Cabinet member or committee chair{hasExamples, select, yes { (for example {examples})} other {}}.',
  'ward-member-copy.message': '{thread, select, yes {The thread you are answering is} other {This email is}} about {wards} {wardCount, plural, one {ward} other {wards}} ({where}), but {names} {count, plural, one {is} other {are}} not copied. The protocol asks officers to copy all the members for the ward.',
  'ward-member-copy.fix.all': '{count, plural, =2 {Copy both ward members} other {Copy all # ward members}}',
  'ward-member-copy.fix.only': 'Copy {name} only',

  // The on-send Smart Alert (at most 500 characters in all: test/launchevent/smart-alert-i18n.test.ts)
  'alert.review': 'Review',
  'alert.errors': 'Protocol Check: {summary}. {message} Select Review to see the {count, plural, one {fix} other {fixes}} ({clause}).',
  'alert.warnings': 'Protocol Check: {summary}. {message} Select Review to fix it, or send anyway.',
  'alert.markdownHeading': '**Protocol Check** found:',
  'alert.failed': 'Protocol Check could not check this email ({reason}).',
  'alert.failedBlock': '{message} Your council asks that it is checked before sending: try again, or contact IT.',
  'alert.failedAllow': '{message} You can send it anyway.',

  // The council's political-content examples, tried by `protocol-check validate`
  'policyExample.untried': 'cannot be tried: the directory needs at least one member and one officer',
  'policyExample.notFlagged': '"{sentence}" is not flagged as political — add the party\'s name to political.partyTerms, or move it to notPolitical',
  'policyExample.flagged': '"{sentence}" is flagged as political — add the words that are not political here to political.neverPolitical',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
