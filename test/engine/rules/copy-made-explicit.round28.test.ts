// Round 28 (session 12): a reply-all that says so ("I've replied to all three Riverside councillors"), and "cllrs"
// for councillors ("cc'd the other Kingsmead cllrs"); "Cllrs Forster and Carver" is a title before names, not the
// members collectively.
import { copyMadeExplicit } from '../../../src/engine/rules/copy-made-explicit';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const fromFatima = (...paragraphs: string[]): string => letter('Dear Councillors,', paragraphs, 'Kind regards,', ['Fatima Noor', 'Waste and Street Scene']);
const toFatima = (...paragraphs: string[]): string => letter('Fatima -', paragraphs, 'Thanks,', ['Owen']);

ruleTester.run(copyMadeExplicit, {
  valid: [
    { name: '"I\u2019ve replied to all three Riverside councillors"', draft: aDraft().from(officer.noor).to(cllr.price).cc(cllr.holloway, cllr.hussain).composeType('replyAll')
      .body(fromFatima('I have replied to all three Riverside councillors so you each have the same account.', 'The missed collections on Ferry Lane were a crew error and will be picked up tomorrow.')).build() },
    { name: '"Replying to both ward members"', draft: aDraft().from(officer.noor).to(cllr.lewis).cc(cllr.forster).composeType('replyAll')
      .body(fromFatima('Replying to both ward members, as the question came from you both.', 'The bins will be swapped on Monday.')).build() },
    { name: '"Cc\u2019d the other Kingsmead cllrs"', draft: aDraft().from(cllr.lewis).to(officer.noor).cc(cllr.forster)
      .body(toFatima('The bins on Mill Street were missed again. Cc\u2019d the other Kingsmead cllrs so they know where we are.')).build() },
    { name: 'Cllrs before names, each named', draft: aDraft().from(cllr.lewis).to(officer.noor).cc(cllr.forster, cllr.carver)
      .body(toFatima('The bins on Mill Street were missed again. I have copied Cllrs Forster and Carver.')).build() },
  ],
  invalid: [
    { name: 'replied to all the residents, no member referred to', draft: aDraft().from(officer.noor).to(cllr.price).cc(cllr.hussain)
      .body(fromFatima('I have replied to all the residents who wrote in about Ferry Lane.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.hussain.email] }] },
    { name: 'a request to reply to all, no statement', draft: aDraft().from(cllr.lewis).to(officer.noor).cc(cllr.forster)
      .body(toFatima('Could you reply to all the questions the residents raised at the meeting?')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.forster.email] }] },
    { name: 'Cllrs before names, a third copied member not named', draft: aDraft().from(cllr.lewis).to(officer.noor).cc(cllr.forster, cllr.carver, cllr.blake)
      .body(toFatima('The bins on Mill Street were missed again. I have copied Cllrs Forster and Carver.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.blake.email] }] },
    { name: 'cllrs mentioned, but nothing says they are copied', draft: aDraft().from(cllr.lewis).to(officer.noor).cc(cllr.forster)
      .body(toFatima('The Kingsmead cllrs all had calls about Mill Street this week.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.forster.email] }] },
  ],
});
