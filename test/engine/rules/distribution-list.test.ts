import { distributionList } from '../../../src/engine/rules/distribution-list';
import { policySchema } from '../../../src/engine';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

/** An Outlook reply header above the quoted message. */
const quoting = (from: string, subject: string, text: string) => `\n\nFrom: ${from}\nSent: 11 January 2027 09:10\nTo: All Members <allmembers@harburyvale.gov.uk>\nSubject: ${subject}\n\n${text}`;
const emilyInvite = quoting('Emily Stone <emily.stone@harburyvale.gov.uk>', 'Safeguarding briefing for members',
  'Dear Councillors,\n\nThe annual safeguarding briefing runs on Tuesday 2 and Wednesday 10 February at 6pm. Please tell me which you will attend.\n\nEmily Stone');
const allMembersExcept = (...senders: { email: string }[]) => Object.values(cllr).filter((m) => !senders.some((s) => s.email === m.email));
/** A new message from Cllr Quinn to the all-members mailbox. */
const toAllMembers = (subject: string, body: string) => aDraft().from(cllr.quinn).to(mailbox.allMembers).subject(subject).body(body).build();

ruleTester.run(distributionList, {
  valid: [
    { name: 'a day, not a person, before a question for everyone', draft: toAllMembers('Briefing', 'Thursday will be busy. Does anyone know if the briefing will be recorded for all of us?\n\nSarah') },
    { name: 'cheers to the team in a notice for every member', draft: toAllMembers('Council papers',
      'Hi all\n\nThe papers for Full Council on the 25th are now online for all of us. Cheers to Democratic Services for getting them out early.\n\nSarah') },
    { name: 'a question to everyone that is for everyone, run on after the question mark',
      draft: toAllMembers('Training',
        'does anyone know if the code of conduct training is compulsory for all of us? the email from legal was not clear.\n\nSarah') },
    { name: 'a notice that concerns every member, with "if any of you" as a condition',
      draft: toAllMembers('Code of conduct training',
        'Hi everyone\n\nThe code of conduct training is compulsory for all of us this year. If any of you cannot make the 3rd, there is a second session on the 10th.\n\nSarah') },
    { name: 'a member telling all members the Council meeting has moved (not the writer\u2019s own absence)',
      draft: toAllMembers('Council 23rd',
        'Hi all\n\nJust a reminder from the Chair: we will all be at Council on the 23rd in the Civic Hall, not the Guildhall, for all members to note.\n\nSarah') },
    { name: 'a question to a dozen members about something every member needs',
      draft: aDraft().from(cllr.quinn).to(...allMembersExcept(cllr.quinn)).subject('Training')
        .body('Hi all\n\nDoes anyone know whether the safeguarding training will be recorded?\n\nSarah').build() },
    { name: 'reply-all with a question for every member ("should we all…?")',
      draft: aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Thanks Emily - should we all bring photo ID, or will my council pass do?\n\nSarah${emilyInvite}`).build() },
    { name: "an officer's notice to all members",
      draft: aDraft().from(officer.grove).to(mailbox.allMembers).subject('Register of interests: annual check')
        .body(letter('Dear Councillors,', ['Please check your register entry and send me any changes by 26 February.'], 'Kind regards,', ['Peter Grove', 'Monitoring Officer'])).build() },
    { name: "a member says why every member needs it ('I'm writing to all members because…')",
      draft: aDraft().from(cllr.shaw).to(mailbox.allMembers).subject('Call-in rules from April')
        .body(letter('Dear colleagues,', ["I'm writing to all members because the call-in threshold changes on 1 April and it applies to every one of us, not only scrutiny members.", 'The guidance note is on the members\u2019 portal.'], 'Best wishes,', ['Martin'])).build() },
    { name: "a member's notice 'for all members' information'",
      draft: aDraft().from(cllr.pennington).to(mailbox.allMembers).subject('Civic Sunday')
        .body(letter('Dear colleagues,', ["For all members' information: Civic Sunday is on 14 March at St Mary's church and you are all warmly invited. Tanyard Lane will be closed for the parade."], 'With best wishes,', ['Ruth Pennington', 'Mayor'])).build() },
    { name: 'a general reply-all adding something for anyone attending',
      draft: aDraft().from(cllr.lewis).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`For anyone driving: the Wharf Street car park is closed for resurfacing that week, so allow time to park on the road.\n\nOwen${emilyInvite}`).build() },
    { name: "'count me in' to three ward colleagues (not a large member audience)",
      draft: aDraft().from(cllr.hussain).to(cllr.price, cllr.holloway).cc(officer.noor).composeType('replyAll').subject('RE: Litter pick, Ferry Lane')
        .body('Count me in for Saturday.\n\nKamal').build() },
    { name: 'a reply to the sender only',
      draft: aDraft().from(cllr.quinn).to(officer.stone).composeType('reply').subject('RE: Safeguarding briefing for members')
        .body(`Put me down for the Wednesday, please.\n\nSarah${emilyInvite}`).build() },
    { name: 'a member to a party group mailbox (not every member)',
      draft: aDraft().from(cllr.blake).to(mailbox.labourGroup).composeType('replyAll').subject('RE: Group meeting')
        .body('Apologies for absence on Monday, I am at a governors meeting.\n\nTessa').build() },
    { name: 'a longer member message to all members on a borough-wide matter',
      draft: aDraft().from(cllr.forster).to(mailbox.allMembers).subject('Members\u2019 allowances panel')
        .body(letter('Dear colleagues,', ['The independent remuneration panel is reviewing members\u2019 allowances this spring.', 'It would like written views by 30 April, and will hold two open sessions in the Council Chamber in March.', 'Details are on the members\u2019 portal.'], 'Regards,', ['Diane Forster'])).build() },
    { name: 'a street closure in two wards is not one ward',
      draft: aDraft().from(cllr.carver).to(mailbox.allMembers).subject('Gas works')
        .body(letter('Colleagues,', ['Station Road and Tanyard Lane will both be closed for gas main replacement from 8 March.'], 'Hugh', [])).build() },
    { name: 'Welsh: a reason that it concerns every member (pob aelod)',
      draft: aDraft().from(cllr.shaw).to(mailbox.allMembers).subject('Hyfforddiant')
        .body(letter('Annwyl gyfeillion,', ["Mae'r newid yn effeithio ar bob aelod o'r cyngor, felly dyma'r manylion i chi i gyd."], 'Cofion,', ['Martin'])).build() },
    { name: 'a reply-all question for everyone ("members unable to attend")',
      draft: aDraft().from(cllr.lewis).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Will the briefing be recorded for members unable to attend? Many of us have evening surgeries.\n\nOwen${emilyInvite}`).build() },
    { name: 'the rule is off in the policy',
      draft: aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll').body(`Count me in.\n\nSarah${emilyInvite}`).build(),
      context: { policy: policySchema.parse({ rules: { 'distribution-list': { severity: 'off' } } }) } },
    { name: "'join me in welcoming' a new chief officer is for every member, congratulations or not",
      draft: aDraft().from(cllr.forster).to(mailbox.allMembers).subject('Our new Chief Executive')
        .body(letter('Dear colleagues,', ['Please join me in welcoming Julia Marlow, who starts as Chief Executive on Monday; congratulations to her on the appointment.'], 'Regards,', ['Diane Forster'])).build() },
    { name: "a question to anyone about a shared problem, not the sender's lost property",
      draft: aDraft().from(cllr.lewis).to(mailbox.allMembers).subject('Tablets')
        .body(letter('Morning all,', ['Has anyone else had trouble logging in to the new tablets since the update? IT say they will visit the members\' room on Thursday if several of us are affected.'], 'Owen', [])).build() },
    { name: "'very helpful' in a note that says every member needs it",
      draft: aDraft().from(cllr.shaw).to(mailbox.allMembers).subject('Call-in guidance')
        .body(letter('Colleagues,', ['The revised call-in guidance is very helpful, and every member should read section 4 before April.'], 'Martin', [])).build() },
  ],
  invalid: [
    { name: 'a first name put straight to a question, no comma, in a reply-all', draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).composeType('replyAll').subject('RE: Briefing')
      .body(`Diane will it be recorded? I'm on a late shift that night. Sarah${quoting('Cllr Diane Forster <diane.forster@harburyvale.gov.uk>', 'Briefing', 'Dear colleagues, the briefing is for all councillors. Diane')}`).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'reply-all with only cheers and good work for the one who sent it',
      draft: aDraft().from(cllr.quinn).to(...allMembersExcept(cllr.quinn)).composeType('replyAll').subject('RE: Scrutiny report')
        .body(`Cheers Di, guid work fae you and the committee. S${quoting('Cllr Diane Forster <diane.forster@harburyvale.gov.uk>', 'Scrutiny report', 'Colleagues, the report is published today. Di')}`).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'a greeting by a short form of the name ("Di," for Diane)',
      draft: toAllMembers('Crossing',
        'Di,\n\nCould you tell me when the Mead Road crossing will be repaired?\n\nSarah'),
      findings: [{ severity: 'warning', message: ['Cllr Diane Forster'] }] },
    { name: 'running late, replied to a dozen members',
      draft: aDraft().from(cllr.quinn).to(...allMembersExcept(cllr.quinn)).composeType('replyAll').subject('RE: Scrutiny tonight')
        .body('Running about 15 mins late tonight, train held. Start without me.\n\nSarah').build(),
      findings: [{ severity: 'warning' }] },
    { name: 'apologies for Council, sent to everyone',
      draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).subject('Tonight').body("Sorry all, won't make Council tonight - at the hospital with my dad.\n\nSarah").build(),
      findings: [{ severity: 'warning' }] },
    { name: 'thanks to one person by name, replied to all',
      draft: aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Thanks Emily - a really useful session, it all ran like clockwork.\n\nSarah${emilyInvite}`).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'a question to a dozen members about one ward\u2019s street',
      draft: aDraft().from(cllr.quinn).to(...allMembersExcept(cllr.quinn)).subject('Ferry Lane')
        .body('Hi all\n\nDoes anyone know why Ferry Lane has been shut since Monday? Barriers at both ends and no notice.\n\nSarah').build(),
      findings: [{ severity: 'warning' }] },
    { name: 'a lower-case question about one street, run on after the question mark',
      draft: toAllMembers('Ferry Lane shut??',
        'does anyone know why Ferry Lane has been shut since Monday? no notice to residents and the buses are going round.\n\nSarah'),
      findings: [{ severity: 'warning' }] },
    { name: 'a question for one member greeted by bare first name, eleven members copied',
      draft: aDraft().from(cllr.quinn).to(cllr.holloway).cc(...allMembersExcept(cllr.quinn, cllr.holloway)).subject('Ferry Lane 20mph')
        .body('Beth\n\nCan you tell me when the 20mph zone on Ferry Lane will actually go in?\n\nThanks\nSarah').build(),
      findings: [{ severity: 'warning' }] },
    { name: 'one street\u2019s closure to all members, with a courtesy "if any of you get asked"',
      draft: toAllMembers('Ferry Lane closure',
        'Hi everyone\n\nFerry Lane will be closed from Monday for three weeks while the main is replaced. If any of you get asked about it, send them my way.\n\nSarah'),
      findings: [{ severity: 'warning' }] },
    { name: 'apologies for Council to all members',
      draft: toAllMembers('Council 23rd',
        "Hi all\n\nSorry but I won't be at Council on the 23rd, I'm in for a minor op that week.\n\nSarah"),
      findings: [{ severity: 'warning' }] },
    { name: 'a first name and a dash: a request to the officer, replied to all',
      draft: aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Emily - could the grit bin at the top of Tanyard Lane be refilled please?\n\nSarah${emilyInvite}`).build(),
      findings: [{ severity: 'warning', message: ['Emily Stone'] }] },
    { name: 'a new all-members message chasing one member, with "apologies to everyone else"',
      draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).subject('Mill Lane – still waiting')
        .body(`Alan,\n\nApologies to everyone else for using the all-members list, but I have emailed you three times about the missed bins on Mill Lane.\n\nSarah`).build(),
      findings: [{ severity: 'warning', recipients: [mailbox.allMembers.email] }] },
    { name: "reply-all 'count me in' under a notice whose subject says 'for all members'",
      draft: aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Planning training for all members')
        .body(`Count me in, and put me down for the veggie option.\n\nSarah${emilyInvite}`).build(),
      findings: [{ severity: 'warning', recipients: [mailbox.allMembers.email] }],
      output: { to: [officer.stone] } },
    { name: "reply-all with a question about the member's own form, in no stock words",
      draft: aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Quick one - I've booked the Tuesday, but does my DBS renewal need to be done before I can come?\n\nSarah${emilyInvite}`).build(),
      findings: [{ severity: 'warning', recipients: [mailbox.allMembers.email], message: ['Emily Stone'] }],
      output: { to: [officer.stone] } },
    { name: "reply-all to the all-members list: 'put me down for…'",
      draft: aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Put me down for the Wednesday, please.\n\nSarah${emilyInvite}`).build(),
      findings: [{ severity: 'warning', recipients: [mailbox.allMembers.email], spans: ['Put me down for'], message: ['Emily Stone'] }],
      output: { to: [officer.stone] } },
    { name: 'reply-all with congratulations to a member',
      draft: aDraft().from(cllr.doyle).to(cllr.price, mailbox.allMembers).composeType('replyAll').subject('RE: Harbury Vale wins regeneration award')
        .body(`Many congratulations Alan, thoroughly deserved.\n\nIan${quoting('Cllr Alan Price <alan.price@harburyvale.gov.uk>', 'Harbury Vale wins regeneration award', 'Colleagues, I am delighted to tell you that the Wharf project has won a national award.')}`).build(),
      findings: [{ recipients: [mailbox.allMembers.email], message: ['Cllr Alan Price'] }],
      output: { to: [cllr.price] } },
    { name: 'reply-all with apologies',
      draft: aDraft().from(cllr.adeyemi).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Apologies - I'm away both weeks, could you let me know when the next one is?\n\nGrace${emilyInvite}`).build(),
      findings: [{ recipients: [mailbox.allMembers.email] }],
      output: { to: [officer.stone] } },
    { name: 'reply-all asking about their own form',
      draft: aDraft().from(cllr.blake).to(officer.grove, mailbox.allMembers).composeType('replyAll').subject('RE: Register of interests: annual check')
        .body(`Peter - did my declaration of interests reach you? I posted it on Monday.\n\nTessa${quoting('Peter Grove <peter.grove@harburyvale.gov.uk>', 'Register of interests: annual check', 'Please send me your changes by Friday.')}`).build(),
      findings: [{ recipients: [mailbox.allMembers.email] }],
      output: { to: [officer.grove] } },
    { name: 'a new all-members message chasing one Cabinet member by name',
      draft: aDraft().from(cllr.carver).to(mailbox.allMembers).subject('Quarry Way crossing - still no answer')
        .body(letter('Owen,', ['I raised the crossing outside Quarry Way school with you in November and again in January.', 'When will the survey be done?'], 'Hugh', [])).build(),
      findings: [{ message: ['Cllr Owen Lewis'] }],
      output: { to: [cllr.lewis] } },
    { name: "a new all-members message: 'could the Cabinet Member for Housing please…'",
      draft: aDraft().from(cllr.blake).to(mailbox.allMembers).subject('Damp at Greenacres')
        .body(letter('Dear colleagues,', ['Could the Cabinet Member for Housing and Communities please tell me when the damp survey at Greenacres will happen? I have asked twice.'], 'Thanks,', ['Tessa'])).build(),
      findings: [{ message: ['Cllr Beth Holloway'], spans: ['Could the Cabinet Member'] }],
      output: { to: [cllr.holloway] } },
    { name: 'a paragraph that opens "Cllr Lewis -" after a general greeting',
      draft: aDraft().from(cllr.quinn).to(mailbox.allMembers).subject('Bus shelter')
        .body(letter('Colleagues', ['Cllr Lewis - you promised me a date for the new bus shelter by Christmas. Can I please have one?'], 'Sarah', [])).build(),
      findings: [{ message: ['Cllr Owen Lewis'] }],
      output: { to: [cllr.lewis] } },
    { name: '"Dear Leader" in a new all-members message',
      draft: aDraft().from(cllr.forster).to(mailbox.allMembers).subject('My question from December')
        .body(letter('Dear Leader,', ['You promised me a written answer on the Wharf Street lease before Christmas. When will I get it?'], 'Diane', [])).build(),
      findings: [{ message: ['Cllr Alan Price'] }],
      output: { to: [cllr.price] } },
    { name: 'a chase of the Portfolio Holder, named by role',
      draft: aDraft().from(cllr.blake).to(mailbox.allMembers).subject('Quarry Way potholes')
        .body(letter('Colleagues,', ['I am still waiting to hear from the Portfolio Holder for Environment and Transport about the potholes on Quarry Way, three months on.'], 'Tessa', [])).build(),
      findings: [{ message: ['Cllr Owen Lewis'] }],
      output: { to: [cllr.lewis] } },
    { name: 'a new all-members message about one street in one ward',
      draft: aDraft().from(cllr.doyle).to(mailbox.allMembers).subject('Tanyard Lane closure')
        .body(letter('Dear all,', ['Tanyard Lane will be closed from Monday for three weeks while the culvert is rebuilt. Diversions will be signed via the Green.'], 'Ian', [])).build(),
      findings: [{ message: ['Brookside'] }],
      output: { to: [cllr.quinn] } },
    { name: "reply-all 'thanks' to ten or more members in To and Cc",
      draft: aDraft().from(cllr.quinn).to(cllr.price).cc(...allMembersExcept(cllr.quinn, cllr.price)).composeType('replyAll').subject('RE: Wharf project')
        .body(`Thanks so much Alan, really helpful.\n\nSarah${quoting('Cllr Alan Price <alan.price@harburyvale.gov.uk>', 'Wharf project', 'Colleagues, an update on the Wharf project.')}`).build(),
      findings: [{ message: ['12 members'] }],
      output: { to: [cllr.price], cc: [] } },
    { name: 'a council that sets distributionListMin to 4',
      draft: aDraft().from(cllr.quinn).to(officer.stone).cc(cllr.price, cllr.lewis, cllr.shaw, cllr.doyle).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Count me in for the 2nd.\n\nSarah${emilyInvite}`).build(),
      context: { policy: policySchema.parse({ distributionListMin: 4 }) },
      findings: [{ message: ['4 members'] }],
      output: { to: [officer.stone], cc: [] } },
    { name: 'Welsh: reply-all "cyfrwch fi i mewn"',
      draft: aDraft().from(cllr.hussain).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Diolch Emily - cyfrwch fi i mewn ar gyfer dydd Mawrth.\n\nKamal${emilyInvite}`).build(),
      findings: [{ recipients: [mailbox.allMembers.email] }],
      output: { to: [officer.stone] } },
    { name: "reply-all thanks without 'thanks for' ('Cheers Emily, really helpful')",
      draft: aDraft().from(cllr.doyle).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Safeguarding briefing for members')
        .body(`Cheers Emily, really helpful.\n\nIan${emilyInvite}`).build(),
      findings: [{ recipients: [mailbox.allMembers.email], spans: ['Cheers', 'really helpful'] }],
      output: { to: [officer.stone] } },
    { name: 'a lost scarf asked after on the all-members list',
      draft: aDraft().from(cllr.adeyemi).to(mailbox.allMembers).subject('Scarf')
        .body(letter('Hello all,', ['Has anybody picked up a grey wool scarf in the Chamber after full council? I think I left my scarf on the back bench.'], 'Grace', [])).build(),
      findings: [{ recipients: [mailbox.allMembers.email] }] },
    { name: "one member's good news, with 'join me in sending' best wishes",
      draft: aDraft().from(cllr.rahman).to(mailbox.allMembers).subject('Wedding news')
        .body(letter('Dear colleagues,', ['Cllr Shaw married on Saturday - do join me in sending him our best wishes. Congratulations, Martin!'], 'Nadia', [])).build(),
      findings: [{ recipients: [mailbox.allMembers.email], spans: ['Congratulations'] }] },
  ],
});
