// Round 32 (session 13): a promise withheld ("I can't promise the Council will pay", "there's no guarantee…", "I'm not
// sure yet that…", Welsh "alla i ddim addo y bydd y Cyngor yn talu") is not a commitment; and a Cabinet member's title
// in a signature block the letter's parts left in the message (after a sign-off they did not know) does not make the
// letter one on her portfolio, nor names the team that should send it.
import { memberSignature } from '../../../src/engine/rules/member-signature';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (text: string) => aDraft().from(cllr.hussain).to(resident.gmail).subject('The fence')
  .body(letter('Dear Pat,', [text], 'Best wishes,', ['Kamal'])).build();

/** Beth Holloway is Cabinet Member for Housing and Communities; "See you there!" is a sign-off the parts do not know. */
const fromHolloway = (text: string) => aDraft().from(cllr.holloway).to(resident.club).subject('Regatta day')
  .body(`Dear all,\n\n${text}\n\nSee you there!\n\nBeth\n\nCllr Beth Holloway\nCabinet Member for Housing and Communities\nHarbury Vale District Council`).build();

ruleTester.run(memberSignature, {
  valid: [
    { name: 'a promise refused', draft: toResident("I can't promise the Council will pay for it – it depends on who owns the land.") },
    { name: 'no guarantee', draft: toResident("There's no guarantee the Council will cover the cost, but I have asked the estates team.") },
    { name: 'not sure yet', draft: toResident("I'm not sure yet that the Council will pay for the repair; I'll let you know.") },
    { name: 'cannot confirm', draft: toResident('I cannot confirm that the Council will refund the fee until the finance team has looked at it.') },
    { name: 'Welsh: I cannot promise the Council will pay', draft: toResident("Alla i ddim addo y bydd y Cyngor yn talu am y ffens, ond rydw i wedi holi'r swyddogion.") },
    { name: 'Welsh: I cannot guarantee', draft: toResident("Ni allaf warantu y bydd y Cyngor yn talu'r bil.") },
    { name: 'Welsh: not sure the Council will pay', draft: toResident("Dw i ddim yn siŵr y bydd y Cyngor yn talu am y gwaith eto.") },
    { name: 'Welsh: no guarantee', draft: toResident("Does dim sicrwydd y bydd y Cyngor yn talu, ond mi wna i holi.") },
    { name: 'a Cabinet member on her own portfolio, signature left in the message', draft: fromHolloway('On behalf of the Council I can tell you the Council has agreed the new housing allocation for the boathouse flats.') },
    { name: 'her title said in a sentence of the message still counts', draft: fromHolloway('As Cabinet Member for Housing and Communities, on behalf of the Council, I can tell you the Council has decided to keep the community room open.') },
  ],
  invalid: [
    { name: 'a promise given', draft: toResident('I can promise the Council will pay for the new fence.'), findings: [{ severity: 'error' }] },
    { name: "sure, not 'not sure'", draft: toResident("I'm sure the Council will pay for it, so go ahead and order the panels."), findings: [{ severity: 'error' }] },
    { name: 'Welsh: I can confirm the Council will pay', draft: toResident('Gallaf gadarnhau y bydd y Cyngor yn talu am y ffens.'), findings: [{ severity: 'error' }] },
    { name: 'a refusal in another sentence does not reach this one', draft: toResident("I can't promise anything about the wall. The Council will pay for the fence."),
      findings: [{ severity: 'error' }] },
    // (Nor does her title name the officer who should send it: Housing is her portfolio, not this matter.)
    { name: 'off her portfolio, with her title only in the signature block', draft: fromHolloway('Good news – on behalf of the Council I can tell you the Council has agreed the road closure for the regatta on Saturday.'),
      findings: [{ severity: 'warning', message: ['the responsible officer'] }] },
  ],
});
