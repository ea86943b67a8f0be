import { mediaEnquiry } from '../../../src/engine/rules/media-enquiry';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const reply = letter('Hi Sam,', ['The bins are not moving to three-weekly collections.'], 'Thanks,', ['Fatima']);

ruleTester.run(mediaEnquiry, {
  valid: [
    { name: 'the communications team is copied', draft: aDraft().from(officer.noor).to(resident.journalist).cc(mailbox.press).body(reply).build() },
    { name: 'sent by the communications team itself', draft: aDraft().from(mailbox.press).to(resident.journalist).body(reply).build() },
    { name: 'a member talking to a journalist (their own business)', draft: aDraft().from(cllr.price).to(resident.journalist).body(reply).build() },
    { name: 'an officer writing to a resident', draft: aDraft().from(officer.noor).to(resident.gmail).body(reply).build() },
  ],
  invalid: [
    { name: 'an officer answers a journalist without the communications team',
      draft: aDraft().from(officer.noor).to(resident.journalist).body(reply).build(),
      findings: [{ severity: 'warning', recipients: [resident.journalist.email], message: ['press@harburyvale.gov.uk'] }],
      output: { cc: [{ name: 'Communications Team', email: 'press@harburyvale.gov.uk' }] } },
  ],
});
