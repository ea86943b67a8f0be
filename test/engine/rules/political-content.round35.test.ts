// political-content on round 35's unseen councils (a Labour metropolitan borough, a bilingual north-east Wales county,
// an inner London borough's real text, a rural Scottish council), scored P 73/74, R 73/88 on first sight — north Walian
// Welsh the weakest (R 0.59). The kinds missed: a leaflet "rownd y tai" (round the houses) and "ers i ni ddod i mewn"
// (since we came in); "cyn y lecsiwn"; an officer's "gobeithio gewch chi'r sedd" for a party; "pure theatre" in an
// officer's P.S.; a Full Council decision called "a political stitch-up… residents will pay for it"; two parties joined
// ("Plaid-Indy tax grab") before any word; an opposition with "no alternative budget – all noise, no numbers"; "lab group
// agm", "subs money", "the selection meeting", "nominate me at the branch"; a subject that names council business in one
// clause and attacks a party in the next; "the Libs"; an officer delivering the councillor's own leaflets; a party
// newsletter by its brand with the branch paying for it.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];
const memberWithSubject = (subject: string, sentence: string) => aDraft().from(cllr.carver).to(officer.noor).subject(subject)
  .body(letter('Hi Fatima,', [sentence], 'Hugh', [])).build();

ruleTester.run(politicalContent, {
  valid: [
    { name: 'Welsh: came in to the office', draft: memberToResident("Ers i ni ddod i mewn i'r swyddfa mae'r ffôn wedi canu drwy'r bore.") },
    { name: 'came in this morning', draft: memberToResident('Since we came in this morning the phones have not stopped.') },
    { name: 'a council leaflet round the houses', draft: officerToMember("Bydd y tîm ailgylchu yn mynd â'r daflen newydd rownd y tai wythnos nesa.") },
    { name: 'theatre as a building', draft: officerToMember('The Labour group has booked the theatre bar for its reception after Full Council.') },
    { name: 'a Full Council decision reported', draft: officerToMember('Full Council agreed the three-weekly collections in July; residents will be written to in May.') },
    { name: 'a pact word after two parties, as fact', draft: officerToMember('The Plaid-Independent cabinet meets on Tuesday at 10am.') },
    { name: 'a budget submitted', draft: officerToMember('The Conservative group submitted its alternative budget on time and it has been costed.') },
    { name: 'committee substitutes', draft: memberToOfficer('Can you send me the subs for Planning on Thursday? Cllr Iqbal cannot make it.') },
    { name: 'an officer asked to brief a group', draft: memberToOfficer('Could you brief the Labour group meeting on the leisure contract on Monday?') },
    { name: 'a staff selection meeting', draft: officerToMember('The panel for the new Head of Housing will hold its selection meeting on the 14th.') },
    { name: 'business and a plain subject', draft: memberWithSubject('Budget amendment – notice under Standing Order 22', 'Please find attached the Labour group amendment to the revenue budget.') },
    { name: 'liberal use', draft: officerToMember('Please make liberal use of the new grit bins on Ferry Lane.') },
    { name: 'the council\u2019s leaflets out', draft: officerToMember('We will get the leaflets out to every household on the estate next week.') },
    { name: 'keeping in touch', draft: memberToResident('Our spring drop-in is a chance to keep in touch with residents about the library.') },
  ],
  invalid: [
    { name: 'Welsh: a leaflet round the houses before Christmas', draft: memberToOfficer("Dw i'n rhoi taflen at ei gilydd i fynd rownd y tai cyn y Dolig, fedri di tsiecio'r ffigyrau?"), findings: error },
    { name: 'Welsh: since we came in', draft: memberToResident("Ers i ni ddod i mewn, mae'r dreth gyngor wedi codi llai nag unman arall."), findings: warning },
    { name: 'Welsh: a leaflet drop before the election', draft: memberToResident("Dw i am drefnu'r leaflet drop cyn y lecsiwn, mae'r hogia isio dechrau dydd Sadwrn."), findings: warning },
    { name: 'Welsh: an officer hoping a party takes the seat', draft: officerToMember("Pob lwc, gobeithio gewch chi'r sedd i'r Blaid Lafur tro 'ma."), findings: error },
    { name: 'an officer: pure theatre', draft: officerToMember("Between ourselves, the Greens' motion last week was pure theatre."), findings: error },
    { name: 'an officer: a political stitch-up by Full Council', draft: officerToMember('Honestly, the charges Full Council agreed were a political stitch-up and residents will pay for it.'), findings: error },
    { name: 'two parties joined, before any word', draft: memberToResident('Second homes premium: another Plaid-Indy tax grab.'), findings: warning },
    { name: 'no alternative budget, all noise', draft: memberToResident('The Conservatives have put forward no alternative budget at all – all noise and no numbers.'), findings: warning },
    { name: 'a group AGM and subs money by text', draft: memberToOfficer('r u coming to con group agm tues? bring the subs money pls'), findings: error },
    { name: 'a subject attacking a party after the business', draft: memberWithSubject('Budget amendment – end the Labour cuts', 'Please find attached our amendment to the revenue budget.'), findings: warning },
    { name: 'an officer delivering the councillor\u2019s leaflets', draft: officerToMember("I'm free Saturday if you want a hand getting your leaflets out round the estate."), findings: error },
    { name: 'a party newsletter by its brand', draft: memberToOfficer("I'm doing our winter In Touch for Harbury North – could you check the library hours paragraph?"), findings: error },
  ],
});
