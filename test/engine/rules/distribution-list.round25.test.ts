// Round 25 (session 11): a session chosen in a word or two, a bare "FYI" forward of one ward's complaint,
// broken street furniture, "while I've got everyone", "everyone's driving down…" and "before we all…".
import { distributionList } from '../../../src/engine/rules/distribution-list';
import { aDraft } from '../../support/draft-builder';
import { cllr, mailbox, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const quoting = (from: string, subject: string, text: string) => `\n\nFrom: ${from}\nSent: 11 January 2027 09:10\nTo: All Members <allmembers@harburyvale.gov.uk>\nSubject: ${subject}\n\n${text}`;
const emilyInvite = quoting('Emily Stone <emily.stone@harburyvale.gov.uk>', 'Safeguarding briefing for members',
  'Dear Councillors,\n\nThe annual safeguarding briefing runs on Tuesday 2 and Wednesday 10 February at 6pm, or online on the 12th. Please tell me which you will attend.\n\nEmily Stone');
const replyToEmily = (body: string) => aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll')
  .subject('RE: Safeguarding briefing for members').body(`${body}${emilyInvite}`).build();
const forwarded = (text: string) => `\n\n---------- Forwarded message ---------\nFrom: Pat Jones <pat.jones@gmail.com>\nDate: Mon, 11 Jan 2027 at 18:40\nSubject: Ferry Lane\nTo: Sarah Quinn <sarah.quinn@harburyvale.gov.uk>\n\n${text}`;
const forwardToAll = (own: string, text: string, subject = 'Fwd: Railings') => aDraft().from(cllr.quinn).to(mailbox.allMembers).composeType('forward').subject(subject)
  .body(`${own}${forwarded(text)}`).build();
const allMembersExcept = (...senders: { email: string }[]) => Object.values(cllr).filter((m) => !senders.some((s) => s.email === m.email));
const toEleven = (subject: string, body: string) => aDraft().from(cllr.quinn).to(...allMembersExcept(cllr.quinn)).subject(subject).body(body).build();
const railings = 'Sarah, three sections of the railings along Ferry Lane by the steps are loose again after the storm. Can you get someone out before the weekend? Pat';

ruleTester.run(distributionList, {
  valid: [
    { name: 'a forward with its own reason for every member', draft: forwardToAll('All - this is the third complaint about riverside railings this winter; it affects every ward on the river and I would like scrutiny to look at inspections.\n\nSarah', railings) },
    { name: 'a bare FYI forward of a notice about two wards', draft: forwardToAll('FYI\n\nSarah',
      'Sarah, the railings on Ferry Lane and on Tanyard Lane are both due for painting in the spring. Pat') },
    { name: 'a bare FYI forward of something with no local matter', draft: forwardToAll('FYI\n\nSarah', 'Sarah, the Ferry Lane residents association meets on Thursday to elect a new chair. Pat', 'Fwd: Residents association') },
    { name: '"everyone is going to be affected" by one street\u2019s closure is a reason', draft: toEleven('Tanyard Lane',
      'Hi all\n\nTanyard Lane is closed from Monday and everyone is going to be affected on the way to the Civic Centre.\n\nSarah') },
    { name: '"everyone is welcome" at one street\u2019s drop-in is an address to all', draft: toEleven('Drop-in',
      'Hi all\n\nThere is a drop in on Tanyard Lane on Saturday about the flooding and everyone is welcome to come along.\n\nSarah') },
    { name: '"could everyone avoid…" one street\u2019s closure addresses every member', draft: toEleven('Tanyard Lane',
      'Hi all\n\nCould everyone avoid Tanyard Lane on Monday? It will be closed for the gas main.\n\nSarah') },
    { name: '"should we all…" is a question to every member, not an aside', draft: toEleven('Station Road',
      'Hi all\n\nShould we all avoid Station Road while it is closed for resurfacing?\n\nSarah') },
    { name: 'a session that suits "most of us", not the writer alone', draft: replyToEmily('Which session works for all of us? Tuesday evening suits most of us I think.\n\nSarah') },
  ],
  invalid: [
    { name: 'reply-all choosing a session in a word or two', draft: replyToEmily('Tuesday evening for me please!\n\nSarah\n\nSent from my iPhone'),
      findings: [{ severity: 'warning', spans: ['Tuesday evening for me'], message: ['Emily Stone'] }], output: { to: [officer.stone] } },
    { name: 'reply-all: "the online one works for me"', draft: replyToEmily('The online one works for me, thanks.\n\nSarah'),
      findings: [{ severity: 'warning', message: ['Emily Stone'] }] },
    { name: 'a bare FYI forward of a resident\u2019s complaint about one ward\u2019s railings', draft: forwardToAll('FYI\n\nSarah', railings),
      findings: [{ severity: 'warning', message: ['Riverside'], spans: ['Ferry Lane'] }] },
    { name: 'a smashed bus shelter on one ward\u2019s street, to eleven members', draft: toEleven('Mead Road bus shelter',
      'Hi all\n\nGood news at last - the bus shelter on Mead Road is being replaced next week after being smashed for the third time since the summer.\n\nThank you to everyone who signed my letter to the bus company, it made the difference.\n\nSarah'),
    findings: [{ severity: 'warning', message: ['Kingsmead'] }] },
    { name: '"while I\u2019ve got everyone" and "everyone\u2019s driving down" about one street\u2019s closure',
      draft: aDraft().from(cllr.quinn).to(...allMembersExcept(cllr.quinn)).composeType('replyAll').subject('RE: Scrutiny work programme')
        .body(`Not a work programme idea, but while I've got everyone - does anybody know who is putting up the diversion signs for the Tanyard Lane closure? It has been shut since Monday and everyone's driving down to the barriers and turning round.\n\nSarah${quoting('Cllr Martin Shaw <martin.shaw@harburyvale.gov.uk>', 'Scrutiny work programme', 'Please send me your ideas. Martin')}`).build(),
      findings: [{ severity: 'warning', message: ['Brookside'] }] },
    { name: '"before we all start congratulating ourselves", to one officer by name',
      draft: aDraft().from(cllr.quinn).to(officer.stone, mailbox.allMembers).composeType('replyAll').subject('RE: Register published')
        .body(`Emily,\n\nBefore we all start congratulating ourselves, the register for Station Road is still wrong. Eleven households are missing.\n\nSarah${quoting('Emily Stone <emily.stone@harburyvale.gov.uk>', 'Register published', 'The revised register is published today. Emily')}`).build(),
      findings: [{ severity: 'warning', message: ['Emily Stone'] }], output: { to: [officer.stone] } },
  ],
});
