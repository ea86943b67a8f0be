// Round 25 (session 11): a member's "can we…" that asks the officer to do it, and a request to hand over
// people's contact details ("send me the names and phone numbers of the committee"), which is a task.
import { juniorOfficerRequest } from '../../../src/engine/rules/junior-officer-request';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toEmily = (text: string) => aDraft().from(cllr.holloway).to(officer.stone).subject('Thursday').body(letter('Hi Emily,', [text], 'Thanks,', ['Beth'])).build();

ruleTester.run(juniorOfficerRequest, {
  valid: [
    { name: '"can we attend online?" asks about the members\u2019 own part', draft: toEmily('Can we attend the briefing online if we are stuck at work?') },
    { name: '"could we bring a guest?"', draft: toEmily('Could we bring a guest to the civic service?') },
    { name: '"can we expect a decision?" is a question', draft: toEmily('Can we expect a decision on the call-in before Christmas?') },
    { name: 'sending over figures, not people\u2019s details', draft: toEmily('Could you send me the attendance figures for the last three committees?') },
    { name: 'phone numbers of places, not people', draft: toEmily('Could you send me the phone numbers of the two car parks?') },
  ],
  invalid: [
    { name: '"can we move the item up" asks the officer to do it', draft: toEmily("For Thursday's Cabinet can we move the transport item up to item 4, and get the revised appendix out to members this afternoon?"),
      findings: [{ severity: 'warning', recipients: [officer.stone.email] }], output: { to: [officer.grove] } },
    { name: '"could we get the agenda reissued"', draft: toEmily('Could we get the agenda reissued with the objectors\u2019 reps in today?'), findings: [{ severity: 'warning' }] },
    { name: 'names and phone numbers of a committee', draft: toEmily('Could you send me the names and phone numbers of the committee for the Ferry Lane tenants association? We are out on the doors on Saturday.'),
      findings: [{ severity: 'warning' }] },
    { name: 'contact details of residents', draft: toEmily('Would you mind forwarding me the contact details of the residents on the Mead Road list?'), findings: [{ severity: 'warning' }] },
  ],
});
