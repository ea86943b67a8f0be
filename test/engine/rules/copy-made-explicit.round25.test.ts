// Round 25 (session 11): a copied member named in the copy sentence by the name they go by: the recipient's
// display name ("Cllr Phil Stanton"), an address alias in the directory ("winnie.ashdown@"), a usual short form.
import { copyMadeExplicit } from '../../../src/engine/rules/copy-made-explicit';
import { sampleDirectory } from '../../../src/sample-council';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberBody = (copySentence: string): string => letter('Hi Fatima,', ['The verges on Tanyard Lane need cutting again.', copySentence], 'Thanks,', ['Sarah', '', 'Cllr Sarah Quinn']);
const lowerCase = (copySentence: string): string =>
  `fatima the verges on tanyard lane need cutting again. can someone look at it pls. ${copySentence}\n\nsarah\nSent from my iPhone`;
/** Tessa Blake's directory entry with a second address under the name she goes by. */
const tessAlias = {
  directory: { ...sampleDirectory, members: sampleDirectory.members.map((m) => (m.name === 'Tessa Blake' ? { ...m, aliases: [...(m.aliases ?? []), 'tess.blake@harburyvale.gov.uk'] } : m)) },
};
const hughie = { name: 'Cllr Hughie Carver', email: cllr.carver.email };

ruleTester.run(copyMadeExplicit, {
  valid: [
    { name: 'a usual short form of the first name ("Di" for Diane)', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.forster).body(memberBody("I've copied in Di as she chairs the panel.")).build() },
    { name: 'the display name the member goes by ("Cllr Hughie Carver"), in lower case', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(hughie).body(lowerCase('cc hughie as hes on the panel with me')).build() },
    { name: 'a directory address alias ("tess.blake@") gives the name she goes by', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.blake).body(memberBody('I have copied in Tess so she knows.')).build(), context: tessAlias },
  ],
  invalid: [
    // (Round 31: "Tess", the first name clipped, now states it; a pet name that is not a clip still needs evidence.)
    { name: 'a name she goes by with no evidence for it (no alias, no display name)', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.blake).body(memberBody('I have copied in Tessie so she knows.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.blake.email] }] },
    { name: "another name's short form ('Pat' is not Diane)", draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.forster).body(memberBody("I've copied in Pat as she chairs the panel.")).build(),
      findings: [{ severity: 'warning', recipients: [cllr.forster.email] }] },
    { name: 'a pet name the display name does not carry', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.carver).body(lowerCase('cc hughie as hes on the panel with me')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.carver.email] }] },
  ],
});
