// Round 28 (session 12): Welsh commitments whose verb takes its object's pronoun or article ("bydd y Cyngor yn
// talu'ch anfoneb", "talu'r bil"), "mae'r Cyngor wedi cytuno i dalu…", and "Dwi'n hapus i gadarnhau bod y Cyngor yn
// cytuno…" (I'm happy to confirm that the Council agrees…); questions and receipts are not commitments.
import { memberSignature } from '../../../src/engine/rules/member-signature';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toContractor = (text: string) => aDraft().from(cllr.hussain).to(resident.contractor).subject('Wal y parc')
  .body(letter('Annwyl Mr Evans,', [text], 'Diolch,', ['Kamal'])).build();

ruleTester.run(memberSignature, {
  valid: [
    { name: 'whether the Council will agree to pay, asked', draft: toContractor("Rwyf wedi gofyn i'r swyddogion a fydd y Cyngor yn cytuno i dalu'r bil.") },
    { name: 'a question: has the Council agreed to pay?', draft: toContractor("A yw'r Cyngor wedi cytuno i dalu am y wal eto?") },
    { name: 'the Council has received the application', draft: toContractor("Dwi'n hapus i gadarnhau bod y Cyngor wedi derbyn eich cais.") },
    { name: 'the work is finished, confirmed', draft: toContractor("Rwy'n falch o gadarnhau bod y gwaith ar y wal wedi gorffen.") },
    { name: 'if the Council pays', draft: toContractor("Os bydd y Cyngor yn talu'r bil, fe roddaf wybod i chi.") },
  ],
  invalid: [
    { name: "bydd y Cyngor yn talu'ch anfoneb", draft: toContractor("Bydd y Cyngor yn talu'ch anfoneb o fewn 30 diwrnod."),
      findings: [{ severity: 'error' }] },
    { name: "mae'r Cyngor wedi cytuno i dalu'r bil", draft: toContractor("Mae'r Cyngor wedi cytuno i dalu'r bil am y sgip."),
      findings: [{ severity: 'error' }] },
    { name: "dwi'n hapus i gadarnhau bod y Cyngor yn cytuno", draft: toContractor("Dwi'n hapus i gadarnhau bod y Cyngor yn cytuno i chi ddechrau ddydd Llun."),
      findings: [{ severity: 'error' }] },
    { name: "gallaf gadarnhau y bydd y Cyngor yn talu'r gweddill", draft: toContractor("Gallaf gadarnhau y bydd y Cyngor yn talu'r gweddill pan ddaw'r anfoneb."),
      findings: [{ severity: 'error' }] },
  ],
});
