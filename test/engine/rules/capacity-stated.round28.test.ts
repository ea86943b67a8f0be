// Round 28 (session 12): a signature line naming the ward role ("Ward Councillor for Brookside") still does not
// state the capacity (rules.md: "said in the body"); the same words in a sentence of the message do.
import { capacityStated } from '../../../src/engine/rules/capacity-stated';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (text: string, signature: string[]) => aDraft().from(cllr.quinn).to(resident.gmail).composeType('reply').subject('Re: Tanyard Lane')
  .body(letter('Dear Mr Jones,', [text], 'Kind regards,', signature)).build();
const reported = 'I have reported the dog fouling on Tanyard Lane and asked for extra patrols at school times.';

ruleTester.run(capacityStated, {
  valid: [
    { name: 'the ward role said in the message, signature the same', draft: toResident(`As one of your ward councillors, ${reported.charAt(0).toLowerCase()}${reported.slice(1)}`, ['Sarah Quinn', 'Ward Councillor for Brookside']) },
    { name: '"I am writing as your councillor for Brookside"', draft: toResident(`I am writing as your councillor for Brookside. ${reported}`, ['Sarah Quinn']) },
  ],
  invalid: [
    { name: '"Ward Councillor for Brookside" only in the signature', draft: toResident(reported, ['Sarah Quinn', 'Ward Councillor for Brookside', 'Harbury Vale District Council']),
      findings: [{ severity: 'warning' }] },
    { name: '"Councillor for Brookside Ward" only in the signature', draft: toResident(reported, ['Cllr Sarah Quinn', 'Councillor for Brookside Ward']),
      findings: [{ severity: 'warning' }] },
  ],
});
