import { confidentialInformation } from '../../../src/engine/rules/confidential-information';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const body = (...p: string[]) => letter('Dear Mr Jones,', p, 'Best wishes,', ['Diane Forster']);

ruleTester.run(confidentialInformation, {
  valid: [
    { name: 'the same words to a council officer', draft: aDraft().from(cllr.forster).to(officer.rudd).body(body('The Part 2 report for Cabinet proposes selling the garages.')).build() },
    { name: '"confidential waste" is not a marking', draft: aDraft().from(officer.baines).to(resident.gmail).body(body('Please put the papers in the confidential waste sack.')).build() },
    { name: '"Part 2 of the form" is not a Part 2 report', draft: aDraft().from(officer.rudd).to(resident.gmail).body(body('Please fill in Part 2 of the form and return it.')).build() },
    { name: 'a marking only in the quoted thread', draft: aDraft().from(cllr.forster).to(resident.gmail).body(`${body('Thank you, I will look into it.')}\n\n-----Original Message-----\nFrom: Pat\nSent: Monday\n\nIs the Part 2 report out yet?`).build() },
  ],
  invalid: [
    { name: 'a member passes on a Part 2 report to a club',
      draft: aDraft().from(cllr.forster).to(resident.club).body(body('The Part 2 report, marked "not for publication", proposes selling the boathouse.', 'Please let me know your views.')).build(),
      findings: [{ severity: 'warning', recipients: [resident.club.email], spans: ['Part 2', 'not for publication'] }],
      output: { body: body('Please let me know your views.') } },
    { name: 'the second fix removes the outside recipient', fixIndex: 1,
      draft: aDraft().from(cllr.forster).to(resident.club).body(body('This is a confidential report to Cabinet.')).build(),
      findings: [{ recipients: [resident.club.email] }], output: { to: [] } },
  ],
});
