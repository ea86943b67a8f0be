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
    { name: 'a Cabinet member pleased to confirm a date', draft: aDraft().from(cllr.holloway).to({ email: 'ceo@valehomes.org.uk' }).subject('Housing nominations')
      .body(letter('Dear Lisa,', ["I'm pleased to confirm the date of the tenants' forum as 4 March."], 'Kind regards,', ['Beth Holloway'])).build() },
  ],
  invalid: [
    { name: 'the County Council will pay, written in a county council', draft: toResident('I can confirm that the County Council will pay for the replacement tyre.'),
      context: { directory: county }, findings: error },
    { name: 'a commitment in a P.S. below the signature', draft: withPostscript('P.S. Take this as confirmation that the Council will pay the marquee invoice directly.'), findings: error },
    { name: 'a Cabinet member accepting a contract on her own portfolio', draft: aDraft().from(cllr.holloway).to({ email: 'ceo@valehomes.org.uk' }).subject('Housing nominations')
      .body(letter('Dear Lisa,', ["As Cabinet Member for Housing, I'm pleased to confirm that the Council agrees to extend the nominations contract for two years. Please treat this email as our acceptance."], 'Kind regards,', ['Beth Holloway'])).build(),
      findings: error },
  ],
});
