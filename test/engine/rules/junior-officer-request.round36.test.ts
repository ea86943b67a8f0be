// Round 36 (session 14): south-west Welsh request frames ("Gallech chi…", "Gallet ti…", "Wi moyn i ti…", "Bydden i'n moyn i
// chi…"), a reminder that opens a clause ("Remember to…", "Don't forget to…", "cofia / cofiwch…", "paid ag anghofio…"), and
// the electoral register handed to the writer (people's details, like names and addresses). The writer's own wish or
// inability ("Sa i moyn…", "ffili"), reminders that ask for information or none, and figures about the register stay out.
import { juniorOfficerRequest } from '../../../src/engine/rules/junior-officer-request';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toEmily = (text: string) => aDraft().from(cllr.holloway).to(officer.stone).subject('Nos Iau').body(letter('Haia Emily,', [text], 'Diolch,', ['Beth'])).build();

ruleTester.run(juniorOfficerRequest, {
  valid: [
    { name: 'allet ti hala … i fi: sent to the writer', draft: toEmily("Allet ti hala'r ffigurau i fi erbyn dydd Llun?") },
    { name: 'gallech chi hala … ata i: sent to the writer', draft: toEmily("Gallech chi hala'r ffigurau ata i?") },
    { name: "sa i moyn: the writer's own wish", draft: toEmily("Sa i moyn cael dim byd yn anghywir yn y daflen.") },
    { name: "ffili: the members' inability", draft: toEmily("Ma'r aelodau hŷn yn ffili dreifo i'r neuadd bentre yn y nos.") },
    { name: "fi'n ffili: the writer's own", draft: toEmily("Fi'n ffili ffeindio'r ffurflen ar y wefan.") },
    { name: 'cofia fi at bawb: a greeting', draft: toEmily('Cofia fi at bawb yn y swyddfa.') },
    { name: 'cofiwch fod: remember that', draft: toEmily("Cofiwch fod y swyddfa ar gau ddydd Llun.") },
    { name: 'cofia roi gwybod i fi: information', draft: toEmily("Cofia roi gwybod i fi pryd mae'r pwyllgor.") },
    { name: 'I must remember to: the writer\u2019s own', draft: toEmily('I must remember to bring the key back on Thursday.') },
    { name: 'remember that', draft: toEmily('Remember that the office is closed on Monday.') },
    { name: "don't forget the meeting: no verb asked for", draft: toEmily("Don't forget the meeting on Tuesday.") },
    { name: 'remember to let me know: information', draft: toEmily('Remember to let me know when the papers are out.') },
    { name: 'the date the register is published', draft: toEmily('Could you send me the date the electoral register is published?') },
    { name: 'the number of electors: a figure', draft: toEmily('Could you send me the number of electors in Morfa ward?') },
    { name: 'whether the register was updated', draft: toEmily('Could you tell me whether the electoral register has been updated?') },
    { name: 'a link to the register page', draft: toEmily('Could you send me a link to the electoral register page?') },
  ],
  invalid: [
    { name: 'gallech chi hala … at y printer', draft: toEmily("Gallech chi hala'r daflen at y printer erbyn dydd Gwener?"), findings: [{ severity: 'warning', recipients: [officer.stone.email] }] },
    { name: "gallet ti fwcio … i ni: a favour", draft: toEmily("Gallet ti fwcio'r neuadd i ni nos Fawrth?"), findings: [{ severity: 'warning' }] },
    { name: 'wi moyn i ti…', draft: toEmily("Wi moyn i ti symud yr eitem i fyny'r agenda."), findings: [{ severity: 'warning' }] },
    { name: "bydden i'n moyn i chi…", draft: toEmily("Bydden i'n moyn i chi hala rhywun mas i'r stad."), findings: [{ severity: 'warning' }] },
    { name: 'cofia after a dash', draft: toEmily("Ni wedi codi £1,800 hyd yn hyn – cofia roi'r cyfanswm yn y cylchlythyr."), findings: [{ severity: 'warning' }] },
    { name: 'peidiwch ag anghofio trefnu', draft: toEmily("Peidiwch ag anghofio trefnu'r lluniaeth ar gyfer y noson."), findings: [{ severity: 'warning' }] },
    { name: 'and remember to put…', draft: toEmily('Thanks for the tickets, and remember to put the total in the staff bulletin.'), findings: [{ severity: 'warning' }] },
    { name: "please don't forget to order…", draft: toEmily("Please don't forget to order the extra chairs."), findings: [{ severity: 'warning' }] },
    { name: 'the electoral register as a spreadsheet', draft: toEmily('Could you send me the electoral register for the ward as a spreadsheet?'), findings: [{ severity: 'warning' }] },
    { name: 'y gofrestr etholwyr', draft: toEmily("Allet ti hala copi o'r gofrestr etholwyr i fi?"), findings: [{ severity: 'warning' }] },
  ],
});
