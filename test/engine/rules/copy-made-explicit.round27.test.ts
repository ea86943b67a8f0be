// Round 27 (session 12): a copy sentence with a pronoun ("I've copied her in as the other ward member") refers
// to the copied member the sentence before it names ("Please pass on my thanks, and Angharad's.").
import { copyMadeExplicit } from '../../../src/engine/rules/copy-made-explicit';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toFatima = (...paragraphs: string[]): string => letter('Hi Fatima,', paragraphs, 'Thanks,', ['Sarah', '', 'Cllr Sarah Quinn']);

ruleTester.run(copyMadeExplicit, {
  valid: [
    { name: '"…and Diane\u2019s. I\u2019ve copied her in"', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.forster)
      .body(toFatima('The crew cleared Tanyard Lane within the hour. Please pass on my thanks, and Diane\u2019s. I\u2019ve copied her in as she chairs the panel.')).build() },
    { name: '"Cllr Carver raised it first. I have cc\u2019d him"', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.carver)
      .body(toFatima('The verges on Mead Road need cutting. Cllr Carver raised it with me first. I have cc\u2019d him so he sees your reply.')).build() },
    { name: '"Hugh and Diane… copying them in"', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.carver, cllr.forster)
      .body(toFatima('The drain on Station Road is blocked again. Hugh and Diane have both had calls about it. Copying them in.')).build() },
  ],
  invalid: [
    { name: 'the sentence before names a resident, not the copied member', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.forster)
      .body(toFatima('Mrs Jones on Tanyard Lane reported the drain. I\u2019ve copied her in.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.forster.email] }] },
    { name: 'the member is named two sentences before the pronoun', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.forster)
      .body(toFatima('Diane raised this at the panel. The drain on Tanyard Lane is blocked again. I have copied her in.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.forster.email] }] },
    { name: 'a member named before, but no pronoun in the copy sentence', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.forster)
      .body(toFatima('Diane raised this at the panel. I am copying in the contractor\u2019s manager.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.forster.email] }] },
  ],
});
