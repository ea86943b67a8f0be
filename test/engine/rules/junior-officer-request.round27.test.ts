// Round 27 (session 12): a favour asked of a junior officer, with a word between "a" and "favour"
// ("could you do us a wee favour and run off…", "if you could do me a quick favour"), is a request to act.
import { juniorOfficerRequest } from '../../../src/engine/rules/junior-officer-request';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toEmily = (text: string) => aDraft().from(cllr.holloway).to(officer.stone).subject('Thursday').body(letter('Hi Emily,', [text], 'Thanks,', ['Beth'])).build();

ruleTester.run(juniorOfficerRequest, {
  valid: [
    { name: 'thanks for a favour already done', draft: toEmily('Thanks for doing me a favour with the room booking on Friday, it made all the difference.') },
    { name: 'a favour recalled, not asked', draft: toEmily('You did us a huge favour last month by moving the panel, so I owe you one.') },
    { name: 'a factual question that mentions a favour', draft: toEmily('Could you tell me whether the panel looked with favour on the Mead Road application?') },
    { name: 'an offer to do the officer a favour', draft: toEmily('Happy to do you a quick favour and chair the session if the Vice-Chair cannot make it.') },
  ],
  invalid: [
    { name: '"could you do us a wee favour and…"', draft: toEmily('Could you do us a wee favour and print 50 copies of the attached leaflet for Saturday?'),
      findings: [{ severity: 'warning', recipients: [officer.stone.email] }] },
    { name: '"if you could do me a quick favor"', draft: toEmily('If you could do me a quick favor and book the Blue Room for the 14th, that would be great.'),
      findings: [{ severity: 'warning' }] },
    { name: '"would you do me a big favour" with nothing after', draft: toEmily('Would you do me a big favour? The residents need the hall keys by Friday.'),
      findings: [{ severity: 'warning' }] },
  ],
});
