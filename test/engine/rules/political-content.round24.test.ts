// political-content on the kinds round 24's unseen councils wrote (a Conservative county with Reform in
// opposition, a Scottish city, a bilingual Welsh county borough, a Lib Dem London borough's real text): a party
// by its leader's "fan club", an officer's "refreshing having Reform in the chamber… about time somebody shook this
// place up", credit "only because the Lib Dems took control", Welsh "ers i Lafur a'r Blaid gipio'r cyngor… fel petai
// dim yfory", a councillor's own newsletter with a donation slip, "the polling station for our lad" — and the
// look-alikes: a council post's candidates, canvassing that disqualifies and selection day; long guidance that
// forbids canvassing; the council's own engagement team door-knocking.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'a council post: canvassing members disqualifies a candidate', draft: officerToMember('Four candidates have been shortlisted for Director of Place. The candidate pack states that canvassing of elected members will disqualify a candidate.') },
    { name: 'a council post: selection day and interviews', draft: officerToMember('Eleven applications were received and four candidates have been shortlisted. Selection day is Friday: presentations at 09:30 and formal interviews at 14:00.') },
    { name: 'long guidance that forbids canvassing', draft: officerToMember('If you are standing again, please do not use your Council e-mail address, Council telephone, printing or any other Council resource for campaigning, canvassing or leaflets.') },
    { name: 'the council\u2019s engagement team door-knocking for participatory budgeting', draft: officerToMember('To boost turnout our community engagement team will be door-knocking across the estate and doing a leaflet drop to every household.') },
    { name: 'only because of the weather', draft: officerToMember('It is only because of the weather that the gritting ran late on Tuesday.') },
    { name: 'a refreshing change to the play area', draft: memberToOfficer('It has been refreshing to see the new play area so busy - about time the swings were replaced.') },
    { name: 'the polling station for our area', draft: officerToMember('The polling station for our area moves to the library for the by-election.') },
  ],
  invalid: [
    { name: 'a party by its leader\u2019s fan club', draft: memberToOfficer("I'd rather it was watertight, because if it falls on a technicality Farage's fan club will have it all over Facebook by teatime."), findings: warning },
    { name: 'an officer: refreshing having the Greens in the chamber', draft: officerToMember('Off the record, it has been refreshing having the Greens in the chamber asking the awkward questions - about time somebody shook this place up!'), findings: error },
    { name: 'an officer: only because the Lib Dems took control', draft: officerToMember('To be candid, it is only because the Lib Dems took control that the street has any protection now.'), findings: error },
    { name: 'Welsh: since Labour and Plaid seized the council, spent as if there were no tomorrow', draft: memberToOfficer("Mae'n amlwg i bawb, ers i Lafur a'r Blaid gipio'r cyngor, fod y cronfeydd wedi cael eu gwario fel petai dim yfory."), findings: warning },
    { name: 'a councillor\u2019s own newsletter with a donation slip, for an officer to check', draft: memberToOfficer("It's my winter newsletter for Foxley - could you check the donation slip on the back adds up?"), findings: error },
    { name: 'the polling station for our lad', draft: memberToOfficer('ps tell your mum to get down the polling station for our lad in Ketterby on the 4th'), findings: warning },
  ],
});
