// Round 32 (session 13): spoken and North Walian request frames ("fedri di…", "fedrwch chi…", "fasech chi'n gallu…"),
// "dw i isio i ti…" / "hoffwn i chi…" (I want you to…), and Welsh "i mi" read as "for me" after a verb that does not
// hand anything over ("sbïo dros y daflen i mi"). Sending the writer something, telling, checking whether, and "I want
// you to know" stay questions or courtesies.
import { juniorOfficerRequest } from '../../../src/engine/rules/junior-officer-request';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toEmily = (text: string) => aDraft().from(cllr.holloway).to(officer.stone).subject('Dydd Iau').body(letter('Haia Emily,', [text], 'Diolch,', ['Beth'])).build();

ruleTester.run(juniorOfficerRequest, {
  valid: [
    { name: 'fedri di anfon … i mi: sent to the writer', draft: toEmily('Fedri di anfon y ffigurau i mi erbyn dydd Gwener?') },
    { name: 'fedrwch chi gadarnhau: a confirmation', draft: toEmily("Fedrwch chi gadarnhau pryd mae'r pwyllgor yn cyfarfod?") },
    { name: 'fedri di jecio os…: check whether', draft: toEmily("Fedri di jecio os ydi'r agenda wedi mynd allan?") },
    { name: 'dw i isio i chi wybod: I want you to know', draft: toEmily("Dw i isio i chi wybod bod y trigolion yn ddiolchgar iawn.") },
    { name: 'fasech chi\'n gallu dweud: tell', draft: toEmily("Fasech chi'n gallu dweud wrtha i faint o bobl sydd wedi cofrestru?") },
    { name: 'mae isio: somebody else wants', draft: toEmily("Mae'r trigolion isio gwybod pryd fydd y cyfarfod.") },
  ],
  invalid: [
    { name: 'fedri di sbïo dros … i mi: a favour for the writer', draft: toEmily("Fedri di sbïo dros y daflen 'ma i mi cyn dydd Gwener?"),
      findings: [{ severity: 'warning', recipients: [officer.stone.email] }] },
    { name: 'dw i isio i ti jecio: I want you to check', draft: toEmily("Dim ond y Saesneg dw i isio i ti jecio cyn iddo fynd i'r argraffwyr."),
      findings: [{ severity: 'warning' }] },
    { name: "fasech chi'n gallu bwcio", draft: toEmily("Fasech chi'n gallu bwcio'r ystafell fach i ni nos Fawrth?"),
      findings: [{ severity: 'warning' }] },
    { name: 'hoffwn i chi roi … ar yr agenda', draft: toEmily("Hoffwn i chi roi'r mater ar agenda'r cyfarfod nesaf."),
      findings: [{ severity: 'warning' }] },
    { name: 'English: I want you to check', draft: toEmily('I only want you to check the Welsh before it goes to the printer.'),
      findings: [{ severity: 'warning' }] },
  ],
});
