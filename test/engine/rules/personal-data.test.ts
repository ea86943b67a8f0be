import { personalData } from '../../../src/engine/rules/personal-data';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const body = (...p: string[]) => letter('Dear Cllr Quinn,', p, 'Kind regards,', ['Zoe Marsh']);

ruleTester.run(personalData, {
  valid: [
    { name: 'no identifiers', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Mr Khan owes a small amount of rent and has been referred for advice.')).build() },
    { name: 'consent recorded in the member\'s request', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(`${body('His rent account (ref. 0045-118-27) is £1,284.60 in arrears.')}\n\n-----Original Message-----\nFrom: Cllr Sarah Quinn\nSent: Monday\n\nMr Khan is happy for me to raise this with you.`).build() },
    { name: 'identifiers to the resident themself, not a member', draft: aDraft().from(officer.zoe).to(resident.gmail).body(body('Your rent account (ref. 0045-118-27) is up to date.')).build() },
    { name: 'a date that is not a date of birth, and a phone number', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('The repair is booked for 14/06/2027; call 01632 960 123 to change it.')).build() },
  ],
  invalid: [
    { name: 'NI number, date of birth and rent account sent to a member',
      draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Mr Piotr Khan, date of birth 14/06/1961, National Insurance number QQ 12 34 56 C, rent account ref. 0045-118-27, owes £1,284.60.')).build(),
      findings: [{ severity: 'warning', spans: ['14/06/1961', 'QQ 12 34 56 C', '0045-118-27'] }],
      output: { body: body('Mr Piotr Khan, date of birth [removed], National Insurance number [removed], rent account ref. [removed], owes £1,284.60.') } },
    { name: 'an NHS number', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Her NHS number 943 476 5919 is on the referral.')).build(),
      findings: [{ spans: ['943 476 5919'] }] },
  ],
});
