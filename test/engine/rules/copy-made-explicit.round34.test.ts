// Round 34 (session 14). Three kinds of text:
// - the addressee's own alias in Cc ("mayor@" beside the Mayor's own address) copies no other member;
// - a role word that names a meeting or thing of the role ("the group leaders' meeting", "the Cabinet briefing") in a copy
//   sentence does not state the copy of a member who holds that role;
// - a reply-all that says whom it kept ("I've kept all four ward councillors on this reply") states their copy.
import { copyMadeExplicit } from '../../../src/engine/rules/copy-made-explicit';
import { KEPT_ON_THREAD } from '../../../src/engine/lexicons/copying';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const mayorAlias = { name: 'Mayor of Harbury Vale', email: 'mayor@harburyvale.gov.uk' };
const leaderAlias = { name: 'Leader of the Council', email: 'leader@harburyvale.gov.uk' };
const toGavin = (...paragraphs: string[]): string => letter('Dear Gavin,', paragraphs, 'Thanks,', ['Grace']);
const toRuth = (...paragraphs: string[]): string => letter('Dear Madam Mayor,', paragraphs, 'Best wishes,', ['Julia']);
const hours = 'Could future working party meetings start at 6pm, so that members who work can attend?';
const answer = 'The consultation runs from 5 October to 13 November, with drop-in sessions at the library.';

ruleTester.run(copyMadeExplicit, {
  valid: [
    { name: 'the Mayor addressed, her own alias in Cc', draft: aDraft().from(officer.marlow).to(cllr.pennington).cc(mayorAlias)
      .body(toRuth('Your engagements for next week are below.', 'I have sent this to your mayoral inbox as well.')).build() },
    { name: 'the Leader addressed, his own alias in Cc', draft: aDraft().from(officer.marlow).to(cllr.price).cc(leaderAlias)
      .body(letter('Dear Alan,', ['The briefing is on Thursday at 10.'], 'Best wishes,', ['Julia'])).build() },
    { name: '"kept all three ward councillors on this reply"', draft: aDraft().from(officer.tull).to(cllr.price).cc(cllr.holloway, cllr.hussain)
      .body(letter('Dear Cllr Price,', [answer, 'I\u2019ve kept all three Riverside ward councillors on this reply so everyone has the same information.'], 'Kind regards,', ['Gavin'])).build() },
    { name: '"we have left the ward members on the thread"', draft: aDraft().from(officer.tull).to(cllr.price).cc(cllr.holloway)
      .body(letter('Dear Cllr Price,', [answer, 'We have left the ward members on the thread, as they asked the same question.'], 'Kind regards,', ['Gavin'])).build() },
    { name: 'the group leader named and copied', draft: aDraft().from(cllr.adeyemi).to(officer.tull).cc(cllr.forster)
      .body(toGavin(hours, 'I\u2019m copying Diane, as she raised it at the group leaders\u2019 meeting.')).build() },
  ],
  invalid: [
    { name: 'the Leader copied, only "the group leaders\u2019 meeting" said', draft: aDraft().from(cllr.adeyemi).to(officer.tull).cc(cllr.forster, leaderAlias)
      .body(toGavin(hours, 'I\u2019m copying Diane, as she raised it at the group leaders\u2019 meeting.')).build(),
      findings: [{ severity: 'warning', recipients: [leaderAlias.email] }] },
    { name: 'another member\u2019s address beside the Mayor\u2019s alias', draft: aDraft().from(officer.marlow).to(cllr.pennington).cc(mayorAlias, cllr.shaw)
      .body(toRuth('Your engagements for next week are below.')).build(), findings: [{ severity: 'warning', recipients: [cllr.shaw.email] }] },
    { name: '"please leave your comments on this thread" keeps no one', draft: aDraft().from(officer.tull).to(cllr.price).cc(cllr.holloway)
      .body(letter('Dear Cllr Price,', [answer, 'Please leave your comments on this thread.'], 'Kind regards,', ['Gavin'])).build(),
      findings: [{ severity: 'warning', recipients: [cllr.holloway.email] }] },
  ],
});

describe('KEPT_ON_THREAD', () => {
  it.each(['I\u2019ve kept all four Central ward councillors on this reply.', "I'm keeping Cllr Holloway on the thread.", 'We have left the ward members on this email.'])('states a copy: %s', (text) => {
    expect(KEPT_ON_THREAD.test(text)).toBe(true);
  });
  it.each(['Please leave your comments on this thread.', 'I kept the receipt.', 'I have left the papers on the table.', 'I have kept a note of the call. More on this reply later.'])('states none: %s', (text) => {
    expect(KEPT_ON_THREAD.test(text)).toBe(false);
  });
});
