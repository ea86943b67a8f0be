// political-content on round 36's unseen councils (a Welsh-first west Wales county, a Midlands district, a bilingual
// county borough's real text, a north-east unitary with a local party), scored P 70/72, R 70/89 on first sight. The
// kinds missed: Welsh phrases opening with the article, which "'r" writes onto the word before ("Mae'r weinyddiaeth
// hon…" — cy() had also dropped every one-letter first word); councillors arranging canvassing or leaflet rounds among
// themselves; a councillor asking for the register or new addresses to get round before polling day; Welsh newsletters
// ("o'n taflen newyddion haf"), "i bob tŷ", "dosbarthu'r taflenni"; "y Cons", "druan â Llafur… haeddu bob dim",
// "rhagrith"; "the Indie-Green shambles", "the Firsters" (a local party "… First"), taking the credit; an officer
// "out helping the local councillors" with "leaflets to deliver before the election", blaming "the administration's
// doing" in an aside, calling a Full Council policy "economically illiterate… for the headlines". False alarms: the
// Monitoring Officer quoting a line and naming the rule it breaks; the register of interests' "bodies of a political
// nature".
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr } from '../../support/people';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];
const memberToMember = (sentence: string) => aDraft().from(cllr.carver).to(cllr.rahman).body(letter('Nadia,', [sentence], 'Hugh', [])).build();

ruleTester.run(politicalContent, {
  valid: [
    { name: 'councillors walking a site together', draft: memberToMember("If you want to see the site before Thursday I'm happy to walk it with you.") },
    { name: 'a council leaflet named between councillors', draft: memberToMember('The leaflet at the day centre says 7 January but the website says the 14th.') },
    { name: 'the Council\u2019s leaflets at a surgery', draft: memberToMember("I'll bring the sign-in sheets and a box of the Council's warm spaces leaflets.") },
    { name: 'the pros and cons', draft: officerToMember('The report sets out the pros and cons of each option for the depot.') },
    { name: 'Electoral Services helping candidates', draft: officerToMember('We are helping candidates complete their nomination papers this week.') },
    { name: 'the register of interests', draft: officerToMember('Membership of bodies of a political nature: Labour Party. Gifts and hospitality: none.') },
    { name: 'the Monitoring Officer quoting the line that breaks the rule', draft: officerToMember('The closing line - "Same old Labour - tax and spend!" - is a party-political comment. Paragraph 9.4 of the Member/Officer Protocol asks members to keep such remarks out of Council e-mail.') },
    { name: 'a register extract for the Council\u2019s own survey', draft: officerToMember('The electoral register extract is only released to those entitled by law; I cannot send it for the street survey.') },
    { name: 'Welsh: the article-less phrase in plain business', draft: officerToMember("Mae'r weinyddiaeth wedi cyhoeddi'r adroddiad blynyddol heddiw.") },
    { name: 'the credit given to a contractor', draft: memberToResident('Thanks to the contractor, who deserves the credit for finishing early.') },
    { name: 'Independent living', draft: officerToMember('The Indie Living scheme at Holly Court opens to tenants in March.') },
    { name: 'an officer out at the depot', draft: officerToMember("I'm out helping the crews at the depot on Saturday morning.") },
  ],
  invalid: [
    { name: 'Welsh: the administration has forgotten, article written onto "Mae"', draft: memberToResident("Mae'r weinyddiaeth hon wedi anghofio'r pentrefi yn llwyr."), findings: warning },
    { name: 'councillors arranging canvassing among themselves', draft: memberToMember("Canvassing Saturday - meet at the Co-op at 10, I'll bring the clipboards."), findings: warning },
    { name: 'the register wanted for door-knocking', draft: memberToOfficer('Could you send me the electoral register for Harbury North as a spreadsheet? We want to knock every door on Mill Street this month.'), findings: error },
    { name: 'new addresses to get round before polling day', draft: memberToOfficer('Could you send me a list of the new addresses on the register? We want to get round every one of them before polling day.'), findings: error },
    { name: 'Welsh: our summer newsletter to every house', draft: memberToOfficer("Fi wedi atodi drafft o'n taflen newyddion haf ni – allet ti tsiecio'r ffeithiau?"), findings: error },
    { name: 'Welsh: y Cons and hypocrisy', draft: memberToResident("Y Cons wedi torri'r grant a nawr yn esgus bod nhw'n becso. Rhagrith llwyr."), findings: warning },
    { name: 'Welsh: an officer\u2019s druan â Llafur', draft: officerToMember("Druan â Llafur – dim un ohonyn nhw ar ôl. Haeddu bob dim."), findings: error },
    { name: 'a coalition by short names, a shambles', draft: memberToOfficer('This Indie-Green shambles of a rota change was always going to end like this.'), findings: warning },
    { name: 'taking the credit', draft: memberToOfficer('The Conservatives will try to take the credit for this when it was residents who got the petition together.'), findings: warning },
    { name: 'an officer out helping the councillors before the election', draft: officerToMember("On leave Friday - I'll be out helping the local councillors, we have leaflets to deliver before the election."), findings: error },
    { name: 'an officer blaming the administration in an aside', draft: officerToMember("Off the record, the timing is the administration's doing rather than ours, which is politics for you."), findings: error },
    { name: 'an officer on a Full Council policy: for the headlines', draft: officerToMember('Council voted the 20% target through for the headlines, and it will stop sites coming forward.'), findings: error },
  ],
});
