// Round 25 (session 11): the Council's work promised with a charge waived in the same sentence ("the Council
// will replace your bin free of charge"), and a Cabinet member standing in for a Cabinet colleague is not on her own portfolio.
import { memberSignature } from '../../../src/engine/rules/member-signature';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (text: string) => aDraft().from(cllr.hussain).to(resident.gmail).composeType('reply').subject('Re: blue bin')
  .body(letter('Hi Pat', [text], 'Best wishes,', ['Kamal'])).build();
const coaches = { name: 'Gavin Lennox', email: 'gavin.lennox@valecoaches.co.uk' };
const toCoaches = (from: typeof cllr.holloway, text: string) => aDraft().from(from).to(coaches).subject('Route 47 Sunday journeys')
  .body(letter('Dear Mr Lennox,', [text], 'Yours sincerely', ['Cllr', 'Cabinet Member'])).build();

ruleTester.run(memberSignature, {
  valid: [
    { name: 'what officers said, reported', draft: toResident('Officers tell me the Council will replace your bin free of charge, so no need to pay the £25.') },
    { name: 'the Council will consider a waiver', draft: toResident('The Council will consider waiving the charge, so there may be no need to pay.') },
    { name: 'the Council\u2019s work with no charge waived', draft: toResident('I have spoken to the team and the Council will replace your bin this week.') },
    { name: 'a Cabinet member on their own portfolio, the matter naming it',
      draft: toCoaches(cllr.lewis, 'As Cabinet Member for Environment and Transport, I am writing on behalf of the Council. The Council has decided to end its support for the Sunday journeys on route 47 from the transport budget.') },
    { name: 'a Cabinet member whose title names the portfolio, standing in for nobody',
      draft: toCoaches(cllr.holloway, 'As Cabinet Member for Housing and Communities, I am writing on behalf of the Council. The Council has decided to fund the community bus to the new estate.') },
    { name: 'a colleague on leave who is not in the Cabinet',
      draft: toCoaches(cllr.holloway, 'As Cabinet Member for Housing and Communities, and while my colleague Cllr Hussain is on leave, I am writing on behalf of the Council about the estate bus.') },
  ],
  invalid: [
    { name: 'the Council will replace it free of charge, in the member\u2019s words', draft: toResident("I've spoken to the team and the Council will replace your bin free of charge - it'll be delivered by Friday, so no need to pay the £25."),
      findings: [{ severity: 'error', spans: ['the Council will replace'] }] },
    { name: 'the Council will repair it at no cost to you', draft: toResident('The Council will repair the fence at no cost to you.'), findings: [{ severity: 'error' }] },
    { name: 'a Cabinet member standing in while her Cabinet colleague is on leave',
      draft: toCoaches(cllr.holloway, 'As Cabinet Member for Housing and Communities, and while my colleague Cllr Lewis is on leave, I am writing on behalf of the Council. The Council has decided that it will not continue its support for the Sunday journeys on route 47.'),
      findings: [{ severity: 'warning' }] },
    { name: "in Cllr Lewis's absence",
      draft: toCoaches(cllr.holloway, "As Cabinet Member for Housing and Communities, I am writing on behalf of the Council in Cllr Owen Lewis's absence. The Council has decided to end the Sunday journeys on route 47."),
      findings: [{ severity: 'warning' }] },
  ],
});
