// Round 25 (session 11): a resident's leave to discuss their own case with this member ("she is happy for us to
// discuss her case with you") makes it that household's casework: an info note, no copy asked.
import { wardMemberCopy } from '../../../src/engine/rules/ward-member-copy';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const fromHelen = (...paragraphs: string[]): string => letter('Hi Cllr Price,', paragraphs, 'Kind regards', ['Helen', '', 'Helen Rudd', 'Housing Officer']);
const damp = 'Our surveyor visited 4 Lock Cottages on Tuesday and found condensation mould in the back bedroom; the fan is being replaced on Monday.';

ruleTester.run(wardMemberCopy, {
  valid: [
    { name: 'the tenant is happy for us to discuss her case with you', allowInfo: true,
      draft: aDraft().from(officer.rudd).to(cllr.price).composeType('reply').subject('RE: 4 Lock Cottages - damp')
        .body(fromHelen("Thanks for raising this on Mrs Adebayo's behalf - she has confirmed that she is happy for us to discuss her case with you.", damp)).build() },
    { name: 'he agreed to us sharing his tenancy details with you', allowInfo: true,
      draft: aDraft().from(officer.rudd).to(cllr.price).subject('Lock Cottages - Mr Obi')
        .body(fromHelen('Mr Obi has agreed to us sharing his tenancy details with you.', damp)).build() },
  ],
  invalid: [
    { name: 'discussing a scheme "with you" is not one household\u2019s case',
      draft: aDraft().from(officer.rudd).to(cllr.price).subject('Lock Cottages - damp programme')
        .body(fromHelen('I would be glad to discuss the damp programme for Lock Cottages with you.', damp)).build(),
      findings: [{ severity: 'warning', recipients: [cllr.holloway.email, cllr.hussain.email] }] },
    { name: 'the whole street\u2019s repairs, no resident\u2019s leave recorded',
      draft: aDraft().from(officer.rudd).to(cllr.price).subject('Lock Cottages - damp')
        .body(fromHelen('Thanks for raising the damp at Lock Cottages.', damp)).build(),
      findings: [{ severity: 'warning', recipients: [cllr.holloway.email, cllr.hussain.email] }] },
  ],
});
