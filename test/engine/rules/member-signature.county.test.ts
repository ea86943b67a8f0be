// member-signature where "the County Council" is the council itself, commitments in a P.S. below
// the signature, and a Cabinet member accepting a contract on her own portfolio in a pleased tone.
import { memberSignature } from '../../../src/engine/rules/member-signature';
import type { Directory } from '../../../src/engine';
import { sampleDirectory } from '../../../src/sample-council';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

/** The sample council renamed as a county council: "the County Council" is then this council. */
const county: Directory = { ...sampleDirectory, council: { ...sampleDirectory.council, name: 'Harbury Vale County Council' } };
const toResident = (...paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.gmail)
  .body(letter('Dear Mr Jones,', ['As your ward councillor I have looked into this.', ...paragraphs], 'Best wishes,', ['Kamal Hussain'])).build();
const withPostscript = (postscript: string) => aDraft().from(cllr.hussain).to(resident.gmail)
  .body(`Hi Pat,\n\nGreat meeting on Tuesday; the road closure form is on the website.\n\nKamal\n\n${postscript}\n\n--\nCllr Kamal Hussain\nAbbey ward\n`).build();
const error = [{ severity: 'error' as const }];

ruleTester.run(memberSignature, {
  valid: [
    { name: 'the County Council is another council to a district', draft: toResident('I can confirm that the County Council will pay for the new crossing.') },
    { name: 'a P.S. with no commitment', draft: withPostscript('P.S. The marquee firm says it can do the 19th.') },
    { name: '"the County" is another council to a district', draft: toResident('I can confirm the County will cover the cost of the crossing.') },
    { name: 'a visit paid, not an invoice', draft: toResident("We'll pay a visit to the site on Monday with the engineer.") },
    { name: 'a meeting confirmed, not a promise of work', draft: toResident('I can confirm the Council will consider your petition in March.') },
    { name: 'someone else paying in full', draft: toResident("The contractor's insurer will pay the invoice in full, officers tell me.") },
    { name: 'a capacity disowned: not on behalf of the Council', draft: aDraft().from(cllr.hussain).to({ email: 'news@bbc.co.uk' })
      .body(letter('Dear Rhiannon,', ["I'm replying as chair of governors at Abbey Primary, not on behalf of the Council."], 'Kind regards,', ['Kamal Hussain'])).build() },
    { name: 'a promise to chase, not to pay', draft: toResident("I'll make sure it is looked at by the highways team this week.") },
    { name: 'an officer\u2019s go-ahead passed on', draft: toResident('The engineer has given the go-ahead for the resurfacing in May.') },
    { name: 'a Cabinet member pleased to confirm a date', draft: aDraft().from(cllr.holloway).to({ email: 'ceo@valehomes.org.uk' }).subject('Housing nominations')
      .body(letter('Dear Lisa,', ["I'm pleased to confirm the date of the tenants' forum as 4 March."], 'Kind regards,', ['Beth Holloway'])).build() },
  ],
  invalid: [
    { name: 'the County Council will pay, written in a county council', draft: toResident('I can confirm that the County Council will pay for the replacement tyre.'),
      context: { directory: county }, findings: error },
    { name: '"the County will cover", written in a county council', draft: toResident('I can confirm the County will cover the full cost of the fence panels.'),
      context: { directory: county }, findings: error },
    { name: 'an invoice promised in the first person', draft: toResident("I've looked at it with the area team and we'll pay invoice 4471 in full by 31 January."), findings: error },
    { name: 'payment made sure of', draft: toResident("Send the quote straight to me and I'll make sure it is paid within the month."), findings: error },
    { name: 'the email as a go-ahead', draft: toResident('You can take this email as the go-ahead to start the second phase on Monday.'), findings: error },
    { name: 'a cancellation promised', draft: toResident('I can confirm that the Council will cancel every penalty charge notice issued on the road.'), findings: error },
    { name: 'work told as certain', draft: toResident("I can tell you now that the Council will put a permanent camera on the lay-by - I've made sure of that."), findings: error },
    { name: 'official correspondence to another council\u2019s gov.uk address', draft: aDraft().from(cllr.hussain).to({ email: 'planning.policy@rotherbridge.gov.uk' })
      .body(letter('Dear Planning Policy Team,', ['I am writing on behalf of the Council to set out its response: the Council objects to allocation RB/H14.'], 'Yours faithfully,', ['Cllr Kamal Hussain'])).build(),
      findings: [{ severity: 'warning' as const }] },
    { name: 'a booking confirmed and a deposit promised', draft: toResident("I can confirm the booking at the quoted price, and we'll pay the deposit invoice as soon as it arrives."), findings: error },
    { name: 'a commitment in a P.S. below the signature', draft: withPostscript('P.S. Take this as confirmation that the Council will pay the marquee invoice directly.'), findings: error },
    { name: 'a Cabinet member accepting a contract on her own portfolio', draft: aDraft().from(cllr.holloway).to({ email: 'ceo@valehomes.org.uk' }).subject('Housing nominations')
      .body(letter('Dear Lisa,', ["As Cabinet Member for Housing, I'm pleased to confirm that the Council agrees to extend the nominations contract for two years. Please treat this email as our acceptance."], 'Kind regards,', ['Beth Holloway'])).build(),
      findings: error },
  ],
});
