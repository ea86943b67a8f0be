import { executiveBriefingCopies } from '../../../src/engine/rules/executive-briefing-copies';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const brief = letter('Dear Beth,', ['I wanted to give you early sight of a change to the housing allocations policy.'], 'Kind regards,', ['Amanda']);

ruleTester.run(executiveBriefingCopies, {
  valid: [
    { name: 'the spokesperson and the Chair of Scrutiny are copied', draft: aDraft().from(officer.cho).to(cllr.holloway).cc(cllr.forster, cllr.shaw).body(brief).build() },
    { name: 'a reply to the Cabinet member\'s own question', draft: aDraft().from(officer.cho).to(cllr.holloway).composeType('reply').body(`${brief}\n\n-----Original Message-----\nFrom: Cllr Beth Holloway\nSent: Monday\n\nAmanda, what is changing?`).build() },
    { name: 'meeting arrangements, not a briefing', draft: aDraft().from(officer.cho).to(cllr.holloway).body(letter('Dear Beth,', ['Our one-to-one has moved to Thursday at 2pm.'], 'Thanks,', ['Amanda'])).build() },
    { name: 'to a backbencher', draft: aDraft().from(officer.cho).to(cllr.hussain).body(brief).build() },
    { name: 'papers sent "for information"', draft: aDraft().from(officer.cho).to(cllr.holloway).body(letter('Dear Beth,', ['The agenda for Thursday is attached for information.'], 'Thanks,', ['Amanda'])).build() },
  ],
  invalid: [
    { name: 'an early-sight briefing to a Cabinet member without the copies',
      draft: aDraft().from(officer.cho).to(cllr.holloway).body(brief).build(),
      findings: [{ severity: 'warning', recipients: [cllr.forster.email, cllr.shaw.email] }],
      output: { cc: [{ email: cllr.forster.email, name: 'Cllr Diane Forster' }, { email: cllr.shaw.email, name: 'Cllr Martin Shaw' }] } },
  ],
});
