// Round 31 (session 13): a copied member named by their first name clipped, as colleagues say it ("I've copied Tess in"
// for Tessa, "copying in Nad" for Nadia). Only a clip of a name of five letters or more; a clip that is an everyday
// word ("Car" of Caroline) is read as the word, and a name that is not the copied member's states nothing about them.
import { copyMadeExplicit } from '../../../src/engine/rules/copy-made-explicit';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toGavin = (...paragraphs: string[]): string => letter('Gavin,', paragraphs, 'Thanks,', ['Hugh']);
const benches = 'Thanks for the costings on the Greenacres benches, they are clear.';

ruleTester.run(copyMadeExplicit, {
  valid: [
    { name: '"I\u2019ve copied Tess in" for Tessa', draft: aDraft().from(cllr.carver).to(officer.tull).cc(cllr.blake)
      .body(toGavin(benches, 'I\u2019ve copied Tess in as she will want to see the figures.')).build() },
    { name: '"copying in Nad" for Nadia', draft: aDraft().from(cllr.carver).to(officer.tull).cc(cllr.rahman)
      .body(toGavin(benches, 'Copying in Nad, who raised it at committee.')).build() },
    { name: 'a clip beside a full name, both copied', draft: aDraft().from(cllr.carver).to(officer.tull).cc(cllr.blake, cllr.rahman)
      .body(toGavin(benches, 'I have copied Tess and Nadia Rahman.')).build() },
  ],
  invalid: [
    { name: 'another first name is not the copied member', draft: aDraft().from(cllr.carver).to(officer.tull).cc(cllr.blake)
      .body(toGavin(benches, 'I\u2019ve copied Tom in as he will want to see the figures.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.blake.email] }] },
    { name: 'the clipped name without a copy statement', draft: aDraft().from(cllr.carver).to(officer.tull).cc(cllr.blake)
      .body(toGavin(benches, 'Tess mentioned them at committee last week.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.blake.email] }] },
    { name: 'one clip names one of two copied members', draft: aDraft().from(cllr.carver).to(officer.tull).cc(cllr.blake, cllr.rahman)
      .body(toGavin(benches, 'I\u2019ve copied Tess in.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.rahman.email] }] },
  ],
});
