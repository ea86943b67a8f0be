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
    { name: 'a communications officer in Cc counts as the communications team', draft: aDraft().from(officer.noor).to(resident.journalist).cc(officer.kemp).body(reply).build() },
    { name: 'a communications officer answering a journalist', draft: aDraft().from(officer.kemp).to(resident.journalist).body(reply).build() },
    { name: 'a journalist writing from a personal address is a resident', draft: aDraft().from(officer.noor).to({ name: 'Sam Reed', email: 'samreed77@gmail.com' }).body(reply).build() },
    // Session 14: rules.md turns on configured mediaDomains; a self-declared freelance at a personal address is not
    // recognised from the quoted words (docs/rules/media-enquiry.md, Decisions).
    { name: 'a self-declared freelance writing from a personal address', draft: aDraft().from(officer.noor).to({ name: 'Sam Reed', email: 'samreed77@gmail.com' }).composeType('reply')
      .body(`${reply}\n\nOn Mon, 5 Oct 2026 at 10:12, Sam Reed <samreed77@gmail.com> wrote:\n> I'm a freelance journalist writing a piece for the Herald about bin collections.`).build() },
  ],
  invalid: [
    { name: 'an officer answers a journalist without the communications team',
      draft: aDraft().from(officer.noor).to(resident.journalist).body(reply).build(),
      findings: [{ severity: 'warning', recipients: [resident.journalist.email], message: ['press@harburyvale.gov.uk'] }],
      output: { cc: [{ name: 'Communications Team', email: 'press@harburyvale.gov.uk' }] } },
    { name: 'mentioning the press office in the body is not copying it',
      draft: aDraft().from(officer.noor).to(resident.journalist).body(letter('Hi Sam,', ['The bins are not moving to three-weekly collections.', 'I have let our press office know you were in touch.'], 'Thanks,', ['Fatima'])).build(),
      findings: [{ recipients: [resident.journalist.email] }] },
    { name: 'a reply to a BBC producer, new or reply alike',
      draft: aDraft().from(officer.tull).to({ name: 'Ali Khan', email: 'ali.khan@bbc.co.uk' }).composeType('reply').body(reply).build(),
      findings: [{ recipients: ['ali.khan@bbc.co.uk'] }] },
    { name: 'a journalist blind-copied is still written to',
      draft: aDraft().from(officer.noor).to(resident.gmail).bcc(resident.journalist).body(reply).build(),
      findings: [{ recipients: [resident.journalist.email] }] },
  ],
});
