// Round 34 (session 14): a place named "The" and one word ("The Cross", "The Green") is a one-word name with its article,
// so it must be written as a proper noun, as a one-word name must: "the cross-party working party", "the green bins",
// "at the square" are everyday words. "The Cross" or "the Cross" is the place.
import { wardMemberCopy } from '../../../src/engine/rules/ward-member-copy';
import { sampleDirectory } from '../../../src/sample-council';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

// The sample council with two such places: The Cross in Riverside, The Green in Brookside.
const directory = {
  ...sampleDirectory,
  wards: sampleDirectory.wards.map((w) => (w.id === 'riverside' ? { ...w, places: [...(w.places ?? []), 'The Cross'] }
    : w.id === 'brookside' ? { ...w, places: [...(w.places ?? []), 'The Green'] } : w)),
};
const toShaw = (text: string) => aDraft().from(officer.ware).to(cllr.shaw).subject('Working party')
  .body(letter('Dear Cllr Shaw,', [text], 'Kind regards,', ['Colin Ware'])).build();

ruleTester.run(wardMemberCopy, {
  valid: [
    { name: '"the cross-party working party"', draft: toShaw('The next meeting of the cross-party working party is on Tuesday at 2pm.') },
    { name: '"the green bins"', draft: toShaw('The green bins will be collected on Fridays from April.') },
    { name: '"cross the road at the lights"', draft: toShaw('Visitors should cross the road at the lights; the cross on the plan marks the entrance.') },
    { name: '"the green light"', draft: toShaw('We have the green light from finance for the new benches.') },
  ],
  invalid: [
    { name: '"The Cross" is the place', draft: toShaw('The market stalls at The Cross will move on Saturday.'), findings: [{ severity: 'warning' }] },
    { name: '"the Cross" is the place too', draft: toShaw('The market stalls at the Cross will move on Saturday.'), findings: [{ severity: 'warning' }] },
    { name: '"The Green" in Brookside', draft: toShaw('The fair on The Green is booked for 14 June.'), findings: [{ severity: 'warning' }] },
  ],
}, { directory });
