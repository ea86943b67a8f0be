// Round 36 (session 14): a Cabinet member's title said in a sentence ("As Cabinet Member for Finance, I am writing on behalf of
// the Council…") still counts as the portfolio, unless the portfolio is named nowhere else and the matter the letter names is
// another service's (a footpath, a car park, the gritting routes), which the title's words do not cover.
import { memberSignature } from '../../../src/engine/rules/member-signature';
import { matters } from '../../../src/engine/lexicons/obligations';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const parish = { name: 'Mill End Parish Council', email: 'clerk@millendpc.org.uk' };
const toParish = (from: typeof cllr.rahman, text: string) => aDraft().from(from).to(parish).subject('Your request of 3 March')
  .body(letter('Dear Mrs Ainsworth,', [text], 'Yours sincerely', ['Cllr', 'Cabinet Member'])).build();

ruleTester.run(memberSignature, {
  valid: [
    { name: 'the title said, no other service\u2019s matter named', draft: toParish(cllr.rahman,
      'As Cabinet Member for Finance, I am writing on behalf of the Council: the Council has decided to release the grant in two stages.') },
    { name: 'a footpath, the title covering highways', draft: toParish(cllr.lewis,
      'As Cabinet Member for Environment and Transport, I am writing on behalf of the Council about the footpath along Mill Lane. The Council has decided to adopt it.') },
    { name: 'tenancies, the title covering housing', draft: toParish(cllr.holloway,
      'As Cabinet Member for Housing and Communities, I am writing on behalf of the Council. The Council has decided to take on the tenancies at Wharf Court.') },
    { name: 'the portfolio named outside the title too', draft: toParish(cllr.rahman,
      'As Cabinet Member for Finance, I am writing on behalf of the Council: the Council has decided that the finance for the footpath repairs will come from reserves.') },
    { name: 'a car park, the title covering transport', draft: toParish(cllr.lewis,
      'As Cabinet Member for Environment and Transport, I write on behalf of the Council. The Council has decided to keep the car park free on Sundays.') },
    { name: 'the community bus (session 11 example) stays on the title', draft: toParish(cllr.holloway,
      'As Cabinet Member for Housing and Communities, I am writing on behalf of the Council. The Council has decided to fund the community bus to the new estate.') },
  ],
  invalid: [
    { name: 'Finance writes about a footpath and verge', draft: toParish(cllr.rahman,
      'As Cabinet Member for Finance, I am writing on behalf of the Council about the footpath and verge along Mill Lane. The Council has decided not to adopt them.'),
      findings: [{ severity: 'warning' }] },
    { name: 'Housing writes about a car park', draft: toParish(cllr.holloway,
      'As Cabinet Member for Housing and Communities, I am writing on behalf of the Council: the Council has decided to close the car park behind the hall.'),
      findings: [{ severity: 'warning' }] },
    { name: 'the portfolio holder for Finance on the gritting routes', draft: toParish(cllr.rahman,
      'As portfolio holder for Finance, on behalf of the Council I can tell you the Council has decided to add the lane to the gritting routes.'),
      findings: [{ severity: 'warning' }] },
  ],
});

describe('matters: examples', () => {
  for (const entry of matters.entries) {
    it.each(entry.examples?.match ?? [])(`${entry.id} matches %s`, (text) => expect(matters.findIn(text).length).toBeGreaterThan(0));
    it.each(entry.examples?.noMatch ?? [])(`${entry.id} does not match %s`, (text) => expect(matters.findIn(text)).toHaveLength(0));
  }
});
