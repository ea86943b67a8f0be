// Round 29 (session 12): a pet name before the verb asked for ("would you be a star and run your eye over…") and
// a room booked for the writer's group ("could you book us Committee Room 2") are requests to act; putting the
// writer on a course ("book me on the training") and information asked after a pet name are not.
import { juniorOfficerRequest } from '../../../src/engine/rules/junior-officer-request';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toEmily = (text: string) => aDraft().from(cllr.holloway).to(officer.stone).subject('Thursday').body(letter('Hi Emily,', [text], 'Thanks,', ['Beth'])).build();

ruleTester.run(juniorOfficerRequest, {
  valid: [
    { name: 'a pet name, then information asked', draft: toEmily('Would you be a star and let me know when the agenda goes out?') },
    { name: 'a pet name, then a confirmation asked', draft: toEmily('Could you be an angel and confirm the start time for Thursday?') },
    { name: 'booking the writer on a course', draft: toEmily('Could you book me on the planning training on the 14th?') },
    { name: 'praise, not a request', draft: toEmily('You were a star on Friday and the residents noticed.') },
  ],
  invalid: [
    { name: '"would you be a star and…"', draft: toEmily('Would you be a star and proofread the attached leaflet before Friday?'),
      findings: [{ severity: 'warning', recipients: [officer.stone.email] }] },
    { name: '"could you be a love and…"', draft: toEmily('Could you be a love and put the posters up in reception?'),
      findings: [{ severity: 'warning' }] },
    { name: 'a room booked for the writer\'s group', draft: toEmily('Could you book us the Blue Room for the group meeting on Monday?'),
      findings: [{ severity: 'warning' }] },
  ],
});
