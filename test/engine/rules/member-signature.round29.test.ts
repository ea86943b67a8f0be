// Round 29 (session 12): the Council's work promised in a sentence that opens on it ("The Council will replace the
// benches before June"), a payment in the Council's second clause ("…will take the tree down and will pay for the
// wall"), "I'll make sure the Council covers the cost", "I can also confirm…", Welsh "hepgor" (waive), and residents
// blind-copied on a member's update. Reported, conditional, refused and questioned work is not a commitment.
import { memberSignature } from '../../../src/engine/rules/member-signature';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (text: string) => aDraft().from(cllr.hussain).to(resident.gmail).subject('The play area')
  .body(letter('Dear Pat,', [text], 'Best wishes,', ['Kamal'])).build();

ruleTester.run(memberSignature, {
  valid: [
    { name: 'what an officer said the Council will do, reported', draft: toResident('The parks manager tells me the Council will replace the swings in the spring.') },
    { name: 'work that hangs on a condition', draft: toResident('The Council will repair the wall if the survey shows the roots caused the damage.') },
    { name: 'what the Council will not do', draft: toResident('The Council will not replace the benches this year, I am afraid.') },
    { name: 'the Council will consider it', draft: toResident('The Council will consider the request for a new crossing in March.') },
    { name: 'a payment asked about, not promised', draft: toResident("I have asked officers whether the Council will take the tree down and will pay for the wall.") },
    { name: 'the member will make sure the Council knows', draft: toResident("I'll make sure the Council knows how long the light has been out.") },
    { name: 'Welsh: if the Council waives the fee', draft: toResident('Os bydd y Cyngor yn hepgor y ffi, rhoddaf wybod i chi.') },
    { name: 'an update blind-copied to residents with no commitment', draft: aDraft().from(cllr.hussain).to(cllr.hussain).bcc(resident.gmail, resident.btinternet)
      .subject('Ward update').body(letter('Dear neighbours,', ['The library opens on Saturdays from October. My next surgery is on the 14th.'], 'Best wishes,', ['Kamal'])).build() },
  ],
  invalid: [
    { name: 'a sentence that opens on the Council\'s work', draft: toResident('The Council will resurface the footpath by the end of May, and the cones will go this week.'),
      findings: [{ severity: 'error' }] },
    { name: 'the Council\'s payment in a second clause', draft: toResident('I can confirm the Council will cut the tree back on Monday and will pay for the fence to be mended.'),
      findings: [{ severity: 'error' }] },
    { name: "I'll make sure the Council pays", draft: toResident("Go ahead with the extra work and I'll make sure the Council pays for it."),
      findings: [{ severity: 'error' }] },
    { name: 'I can also confirm the Council will…', draft: toResident('The light is fixed. I can also confirm the Council will replace the old column next month.'),
      findings: [{ severity: 'error' }] },
    { name: 'Welsh: the Council will waive the fee', draft: toResident("Gallaf gadarnhau y bydd y Cyngor yn hepgor y ffi am y neuadd."),
      findings: [{ severity: 'error' }] },
    { name: 'residents only in Bcc, a payment promised', draft: aDraft().from(cllr.hussain).to(cllr.hussain).bcc(resident.gmail, resident.btinternet)
      .subject('Ward update').body(letter('Dear neighbours,', ['I can confirm the Council will pay compensation to traders on the High Street.'], 'Best wishes,', ['Kamal'])).build(),
      findings: [{ severity: 'error' }] },
  ],
});
