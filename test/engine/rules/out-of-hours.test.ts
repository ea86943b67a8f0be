import { outOfHours } from '../../../src/engine/rules/out-of-hours';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const ask = letter('Dear Helen,', ['Could you send me the figures for the housing register? No rush.'], 'Thanks,', ['Diane']);
const draftAt = (now: string, body = ask, subject = 'Register figures') => aDraft().from(cllr.forster).to(officer.rudd).subject(subject).body(body).now(now).build();

ruleTester.run(outOfHours, {
  valid: [
    { name: 'a weekday inside office hours (10:00 GMT)', draft: draftAt('2027-02-10T10:00:00Z') },
    { name: 'in summer time: 17:00 BST is 16:00 UTC, still inside 08:30–17:30', draft: draftAt('2027-06-09T16:00:00Z') },
    { name: 'marked urgent', draft: draftAt('2027-02-13T20:00:00Z', ask, 'URGENT: flooding on Tanyard Lane') },
    { name: 'an emergency in the body', draft: draftAt('2027-02-13T20:00:00Z', letter('Helen,', ['Emergency: a tree is down across Mill Pond Road.'], 'Thanks,', ['Diane'])) },
    { name: '"urgent" in the opening line after a greeting', draft: draftAt('2027-02-13T22:10:00Z', letter('Helen,', ['Urgent - the lift at Kingsmead Court has failed and a resident on oxygen is stuck on the 9th floor.'], 'Diane', [])) },
    { name: 'an out-of-hours emergency in Welsh', draft: draftAt('2027-02-13T22:10:00Z', ask, 'BRYS: llifogydd ar Heol y Bont') },
    { name: 'to a resident, not an officer', draft: aDraft().from(cllr.forster).to(resident.gmail).body(ask).now('2027-02-13T20:00:00Z').build() },
    { name: 'from an officer', draft: aDraft().from(officer.rudd).to(cllr.forster).body(ask).now('2027-02-13T20:00:00Z').build() },
  ],
  invalid: [
    { name: '"not urgent" in the subject is not an urgent mark', draft: draftAt('2027-02-14T19:40:00Z', ask, 'Register figures (not urgent)'),
      findings: [{ message: ['does not look urgent'] }] },
    { name: '"non-urgent" and "nothing urgent" in the opening line', draft: draftAt('2027-02-10T21:00:00Z', letter('Helen,', ['Nothing urgent, and a non-urgent question at that: how many flats at Kingsmead Court are empty?'], 'Diane', [])),
      findings: [{ recipients: [officer.rudd.email] }] },
    { name: '"dim brys" (no rush) in Welsh', draft: draftAt('2027-02-10T05:50:00Z', letter('Bore da Helen,', ["Dim brys, ond faint o fflatiau sy'n wag yn Kingsmead Court?"], 'Diolch,', ['Diane'])),
      findings: [{ message: ['Wed 05:50'] }] },
    { name: '"urgent" deep in the message is not a mark in the opening lines', draft: draftAt('2027-02-14T19:40:00Z', letter('Helen,', ['Could you send me the register figures?', 'The waiting list is long.', 'Residents say more family homes are an urgent need.'], 'Diane', [])),
      findings: [{ recipients: [officer.rudd.email] }] },
    { name: 'Sunday evening: deliver at 08:30 on Monday (GMT)', draft: draftAt('2027-02-14T19:40:00Z'),
      findings: [{ severity: 'warning', recipients: [officer.rudd.email], message: ['Sun 19:40'] }],
      output: { delayDelivery: '2027-02-15T08:30:00.000Z' } },
    { name: 'Friday night in summer: Monday 08:30 BST is 07:30 UTC', draft: draftAt('2027-06-11T21:15:00Z'),
      findings: [{ message: ['Fri 22:15'] }], output: { delayDelivery: '2027-06-14T07:30:00.000Z' } },
    { name: 'early on a weekday: the same morning', draft: draftAt('2027-02-10T06:05:00Z'),
      findings: [{ message: ['Wed 06:05'] }], output: { delayDelivery: '2027-02-10T08:30:00.000Z' } },
  ],
});
