// political-content on a councillor's campaign logistics with no party named: the marked register,
// the postal voters' list, a round of doors, the seat that cannot be lost — and the council work
// and Electoral Services mail that use the same words.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';
import { officerToMember } from '../../support/one-sentence-drafts';

const memberToMember = (sentence: string) => aDraft().from(cllr.carver).to(cllr.rahman)
  .body(letter('Hi Amir,', [sentence], 'Hugh', [])).build();

ruleTester.run(politicalContent, {
  valid: [
    { name: 'Electoral Services on the register', draft: officerToMember('The revised register of electors is published on 1 December and the marked register can be inspected after the poll.') },
    { name: 'doors and windows on a repairs job', draft: memberToMember('The contractor will do the doors and windows at the community hall next week.') },
    { name: 'a door-to-door council survey with no election', draft: officerToMember('Our team will be on the doors in Millside asking about the new bus route.') },
    { name: 'a seat we cannot afford to lose on a bus', draft: memberToMember('The minibus has one seat left and we cannot take another wheelchair user.') },
  ],
  invalid: [
    { name: 'asking for the marked register', draft: memberToMember('Could you bring the marked register and a few clipboards on Sunday?'), findings: [{ severity: 'warning' }] },
    { name: 'the postal voters list', draft: memberToMember('I have printed the postal voters list for Hillside so we can call them first.'), findings: [{ severity: 'warning' }] },
    { name: 'a round of doors before the election', draft: memberToMember('Fancy doing a few doors with me on Saturday? The election is only five weeks away.'), findings: [{ severity: 'warning' }] },
    { name: 'a ward we cannot afford to lose', draft: memberToMember('Orchard is a ward we cannot afford to lose, so every street needs a visit.'), findings: [{ severity: 'warning' }] },
  ],
});
