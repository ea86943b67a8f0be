// Round 29 (session 12): a question put to one named member ("A question for Cllr Lewis: …"), a street shut without
// notice ("coned off", "taped off", "dug up") asked about in one ward, and a matter the writer places in their own
// ward ("…in my ward") told to "you all" ("I want you all to know…") go to the people they concern. A subject that
// names one ward, named more often than any other, decides the ward (another ward's school in passing does not), and an
// island's lifeline ferry is a local matter ("Ferry Lane" is not).
import { distributionList } from '../../../src/engine/rules/distribution-list';
import { aDraft } from '../../support/draft-builder';
import { cllr, mailbox } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toAll = (subject: string, body: string) => aDraft().from(cllr.quinn).to(mailbox.allMembers).subject(subject).body(body).build();

ruleTester.run(distributionList, {
  valid: [
    { name: 'a question for a named member, with a reason every member needs it', draft: toAll('Budget',
      'Dear all\n\nA question for Cllr Rahman: the budget changes affect every ward, so could she set out the timetable for all of us?\n\nSarah') },
    { name: 'a question for the members in general', draft: toAll('Training', 'Dear all\n\nA question for colleagues: would an evening session on the budget suit most of you?\n\nSarah') },
    { name: 'coned off streets in two wards', draft: toAll('Roadworks',
      'Hi all\n\nDoes anyone know why Mead Road and Church Walk have both been coned off since Monday?\n\nSarah') },
    { name: 'I want you all to come (an invitation, not a telling)', draft: toAll('Drop-in',
      'Colleagues\n\nI want you all to come to the budget drop-in on Friday; it is the last chance before Council.\n\nSarah') },
    { name: 'in my ward, with a reason every member needs it', draft: toAll('Licensing',
      'Colleagues\n\nI want you all to know what happened with the Tanyard Lane licence in my ward, because the same policy applies to every ward.\n\nSarah') },
    { name: 'subject names one ward, the message two wards as often', draft: toAll('Tanyard Lane',
      'Hi all\n\nTanyard Lane and Church Walk have both been closed since Monday with no notice.\n\nSarah') },
    { name: 'two wards named, none in the subject', draft: toAll('Closures',
      'Hi all\n\nTanyard Lane has been closed since Monday, and Church Walk since Tuesday. Mead Road is next.\n\nSarah') },
    { name: '"Ferry Lane" is a street, not a ferry', draft: toAll('Quiz night', 'Hi all\n\nThe Ferry Lane social club has a quiz on Friday if anyone fancies it.\n\nSarah') },
  ],
  invalid: [
    { name: 'one ward in the subject and most of the message; another ward\u2019s school in passing', draft: toAll('Tanyard Lane closure',
      'Colleagues\n\nTanyard Lane has been closed for a fortnight. Children from Tanyard Lane are walking the long way to the school on Church Walk. Nobody has told residents why.\n\nSarah'),
      findings: [{ severity: 'warning', message: ['Brookside'] }] },
    { name: 'a ward without a reliable ferry', draft: toAll('Riverside ferry', 'Colleagues\n\nRiverside has been without a reliable ferry for a week and nobody can tell us why.\n\nSarah'),
      findings: [{ severity: 'warning' }] },
    { name: '"A question for Cllr Lewis:"', draft: toAll('Question', 'Dear all\n\nA question for Cllr Lewis: when will the new bus shelters actually arrive? I was told spring.\n\nSarah'),
      findings: [{ severity: 'warning', spans: ['question for Cllr Lewis'] }] },
    { name: 'one ward\u2019s street coned off, asked of anyone', draft: toAll('Tanyard Lane',
      'Does anyone know why Tanyard Lane has been coned off since Monday? There is no notice up.\n\nSarah'),
      findings: [{ severity: 'warning' }] },
    { name: '"I want you all to know" about a matter in my ward', draft: toAll('Mill Pond',
      'Colleagues\n\nI want you all to know what happened with the Mill Pond application in my ward. The report left out the drainage objection.\n\nSarah'),
      findings: [{ severity: 'warning' }] },
  ],
});
