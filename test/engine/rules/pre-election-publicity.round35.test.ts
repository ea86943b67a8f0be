// pre-election-publicity on round 35: a council e-newsletter sent to its subscribers' list, which the council hosts on its
// own domain ("…-matters@lists.<council>.gov.uk"), is publicity to the public all the same — its footer says so ("You are
// receiving this because you subscribed… Unsubscribe"). An internal staff bulletin to a council list is not.
import { preElectionPublicity } from '../../../src/engine/rules/pre-election-publicity';
import { aDraft } from '../../support/draft-builder';
import { officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const subscribers = { name: 'Vale Matters subscribers', email: 'vale-matters@lists.harburyvale.gov.uk' };
const staffList = { name: 'All staff', email: 'allstaff@harburyvale.gov.uk' };
const newsletter = (footer: string) => `Vale Matters - April\n\nThe Mayor, Cllr Ruth Pennington, opened the new library on Monday.\n\nGarden waste collections restart on 12 April.\n\n${footer}`;

ruleTester.run(preElectionPublicity, {
  valid: [
    { name: 'a staff bulletin to a council list, no subscribers\u2019 footer', draft: aDraft().from(officer.kemp).to(staffList).subject('Staff news - April').body(newsletter('Lisa, Internal Communications')).now('2027-04-13T09:00:00Z').build() },
    { name: 'the subscribers\u2019 newsletter outside the period', draft: aDraft().from(officer.kemp).to(subscribers).subject('Vale Matters - February').body(newsletter('You are receiving this because you subscribed to Vale Matters. Unsubscribe at any time.')).now('2027-02-10T09:00:00Z').build() },
  ],
  invalid: [
    { name: 'the subscribers\u2019 newsletter in the period names the Mayor', draft: aDraft().from(officer.kemp).to(subscribers).subject('Vale Matters - April').body(newsletter('You are receiving this because you subscribed to Vale Matters. Unsubscribe at any time.')).now('2027-04-13T09:00:00Z').build(),
      findings: [{ message: ['Cllr Ruth Pennington'] }] },
    { name: 'in Welsh: dad-danysgrifio', draft: aDraft().from(officer.kemp).to(subscribers).subject('Newyddion y Fro - Ebrill').body(newsletter('I ddad-danysgrifio, cliciwch yma.')).now('2027-04-13T09:00:00Z').build(),
      findings: [{ message: ['Cllr Ruth Pennington'] }] },
  ],
});
