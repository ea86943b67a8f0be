import { findIdentifiers, identifierExamples, recordsConsent } from '../../../src/engine/lexicons/personal-identifiers';
import { personalData } from '../../../src/engine/rules/personal-data';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const body = (...p: string[]) => letter('Dear Cllr Quinn,', p, 'Kind regards,', ['Zoe Marsh']);
const memberNote = (...p: string[]) => letter('Ian,', p, 'Thanks,', ['Sarah']);

describe('identifier and consent wording', () => {
  it.each(identifierExamples.match)('finds an identifier: %s', (text) => expect(findIdentifiers(text)).not.toHaveLength(0));
  it.each(identifierExamples.noMatch)('finds none: %s', (text) => expect(findIdentifiers(text)).toEqual([]));
  it.each(identifierExamples.consent)('records consent: %s', (text) => expect(recordsConsent(text)).toBe(true));
  it.each(identifierExamples.noConsent)('records no consent: %s', (text) => expect(recordsConsent(text)).toBe(false));
});

ruleTester.run(personalData, {
  valid: [
    { name: 'a court and a case number are not a council tax reference', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('The hearing at Harbury County Ct, case 4471 0093, is on 3 May.')).build() },
    { name: 'no identifiers', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Mr Khan owes a small amount of rent and has been referred for advice.')).build() },
    { name: 'consent recorded in the member\'s request', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(`${body('His rent account (ref. 0045-118-27) is £1,284.60 in arrears.')}\n\n-----Original Message-----\nFrom: Cllr Sarah Quinn\nSent: Monday\n\nMr Khan is happy for me to raise this with you.`).build() },
    { name: 'identifiers to the resident themself, not a member', draft: aDraft().from(officer.zoe).to(resident.gmail).body(body('Your rent account (ref. 0045-118-27) is up to date.')).build() },
    { name: 'a date that is not a date of birth, and a phone number', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('The repair is booked for 14/06/2027; call 01632 960 123 to change it.')).build() },
    { name: 'consent recorded as an authority on file', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Mrs Ellery signed a form of authority last month, which we hold on file, so I can tell you that rent account RA 2210 4471 is £96 in arrears.')).build() },
    { name: '"authority on file" in so many words', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('We have Mr Khan\'s authority on file. His council tax account 5120 3381 09 is now up to date.')).build() },
    { name: 'planning and job references are not personal', draft: aDraft().from(officer.ravi).to(cllr.quinn).body(body('Application 27/00412/FUL is out to consultation and highways job no. 448120 will repair the verge.')).build() },
    { name: 'an arrears figure and a financial year beside the word "account"', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Her account is £612.40 in arrears for 2026/27, and a plan is agreed.')).build() },
    { name: 'a scheme for people who were born before a date, no one named', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('The concession is for anyone who was born on or before the sixth of April 1960.')).build() },
    { name: 'a date of birth rule for a scheme, with no one named', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('The discount is for residents born before 6 April 1960.')).build() },
  ],
  invalid: [
    { name: '"CT Ref:" and a date of birth "on our records"', draft: aDraft().from(officer.zoe).to(cllr.quinn)
      .body(body("I've looked at the account (CT Ref: 4471 0093 2). Mr Sommerville's date of birth on our records is 3 Feb 1961.")).build(),
      findings: [{ spans: ['4471 0093 2', '3 Feb 1961'] }] },
    { name: 'a child\u2019s date of birth in words after "who was born on"', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('I can confirm the position for Alfie Brennan, who was born on the ninth of June 2015.')).build(),
      findings: [{ severity: 'warning', spans: ['the ninth of June 2015'] }] },
    { name: 'NI number, date of birth and rent account sent to a member',
      draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Mr Piotr Khan, date of birth 14/06/1961, National Insurance number QQ 12 34 56 C, rent account ref. 0045-118-27, owes £1,284.60.')).build(),
      findings: [{ severity: 'warning', spans: ['14/06/1961', 'QQ 12 34 56 C', '0045-118-27'] }],
      output: { body: body('Mr Piotr Khan, date of birth [removed], National Insurance number [removed], rent account ref. [removed], owes £1,284.60.') } },
    { name: 'a council tax account number with a prefix and spaces, and a date of birth in words',
      draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('The account (ref. CTAX 5120 3381 09) belongs to Mrs Ivy Ellery, date of birth 21st October 1946, who owes £410.')).build(),
      findings: [{ spans: ['CTAX 5120 3381 09', '21st October 1946'] }] },
    { name: '"DOB" and a date written out as words', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Mr Arthur Penrose, DOB the second of May 1951, is on the list.')).build(),
      findings: [{ spans: ['the second of May 1951'] }] },
    { name: 'an NHS number with spaces, passed from one member to a ward colleague',
      draft: aDraft().from(cllr.quinn).to(cllr.doyle).composeType('forward').body(memberNote('Can you pick up Mr Penrose while I am away? NHS no. 485 777 3456, NI number QQ 12 34 56 A.')).build(),
      findings: [{ spans: ['485 777 3456', 'QQ 12 34 56 A'] }] },
    { name: 'consent that is refused does not count', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Mrs Ellery has not given her consent, but her rent account RA 2210 4471 is £96 in arrears.')).build(),
      findings: [{ spans: ['RA 2210 4471'] }] },
    { name: 'an NHS number', draft: aDraft().from(officer.zoe).to(cllr.quinn).body(body('Her NHS number 943 476 5919 is on the referral.')).build(),
      findings: [{ spans: ['943 476 5919'] }] },
  ],
});
