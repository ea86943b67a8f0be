// Round 25 (session 11): a release in the third person that names the member with their role ("Cllr Kamal
// Hussain, leader of the Independent group, said") states the capacity the words are given in.
import { capacityStated } from '../../../src/engine/rules/capacity-stated';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const release = (who: string) => letter('For immediate release', ['Ferry Lane residents have been flooded three times this winter, and the drains still have not been cleared.',
  `${who} said: "Enough is enough. The work must start this spring."`], 'ENDS', ['Contact: Cllr Kamal Hussain, 07700 900123']);
const toPaper = (body: string) => aDraft().from(cllr.hussain).to({ name: 'Newsdesk', email: 'newsdesk@harburyherald.co.uk' }).subject('Press release: Ferry Lane flooding').body(body).build();

ruleTester.run(capacityStated, {
  valid: [
    { name: 'the sender named with a group role', draft: toPaper(release('Cllr Kamal Hussain, leader of the Independent group on Harbury Vale District Council,')) },
    { name: 'the sender named as a ward councillor', draft: toPaper(release('Cllr Hussain, one of the Riverside ward councillors,')) },
  ],
  invalid: [
    { name: 'the sender named with no role', draft: toPaper(release('Cllr Kamal Hussain')), findings: [{ severity: 'warning' }] },
    { name: 'another member named with a role, not the sender', draft: toPaper(release('Cllr Alan Price, Leader of the Council,')), findings: [{ severity: 'warning' }] },
    { name: 'a clause after the comma, not a role', draft: toPaper(release('Cllr Kamal Hussain, who has lived on Ferry Lane for years and was a member of the club,')), findings: [{ severity: 'warning' }] },
  ],
});
