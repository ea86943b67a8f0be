// political-content on the kinds round 18's unseen councils wrote (a Reform-run county, a Scottish
// Labour minority, a Plaid-run Welsh county, real Lib Dem borough text): an officer praising a
// member's group against "the rest of them", "a stick to beat the administration with", "this
// reform-run cabinet" in lower case, the squeeze bar chart on a councillor's survey, a leaflet
// "going through doors before May", standing a candidate — and the look-alikes beside them: a whip
// declaration in scrutiny minutes, "whether I'll stand again" set aside, the Legion's or a union's
// branch AGM.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { sampleDirectory } from '../../../src/sample-council';
import type { Directory } from '../../../src/engine';
import { ruleTester } from '../../support/rule-tester';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];
const memberToMember = (sentence: string) => aDraft().from(cllr.carver).to(cllr.price).body(`${sentence}\n\nSent from my iPhone`).build();
const withReformMember = (directory: Directory): Directory => ({
  ...directory, members: [...directory.members, { ...directory.members[0]!, name: 'Reg Tester', email: 'reg.tester@harburyvale.gov.uk', aliases: [], party: 'Reform UK', roles: [] }],
});

ruleTester.run(politicalContent, {
  valid: [
    { name: 'a whip declaration in draft scrutiny minutes', draft: officerToMember('23. Declarations of interest and of the party whip\nNo member declared that they were subject to a party whip in relation to any item on the agenda.') },
    { name: 'whether I\u2019ll stand again, set aside', draft: memberToResident('On your other questions - why I joined the party I did and whether I\u2019ll stand again - I hope you won\u2019t mind if I don\u2019t get into party politics on my council email.') },
    { name: 'the Legion\u2019s branch AGM', draft: aDraft().from(cllr.carver).to(resident.gmail).body(letter('Dear Mr Cruickshank,', ['Thank you for your letter on behalf of the Harbury branch of the Royal British Legion.',
      'I would be honoured to lay a wreath on Remembrance Sunday.', 'I was also pleased to read that the branch AGM and the veterans\u2019 tea will follow in the afternoon.'], 'Yours sincerely,', ['Hugh Carver'])).build() },
    { name: 'a union branch meeting', draft: officerToMember('The UNISON branch meeting is on Tuesday in Committee Room 2, so the room is not free for your surgery.') },
    { name: 'an open goal at the staff football', draft: officerToMember('The planning team missed an open goal in the last minute of the staff football match.') },
    { name: 'a leaflet through doors about bin days', draft: officerToMember('The leaflet about the new bin days is going through doors before May.') },
    { name: 'a two-horse race for the contract', draft: officerToMember('It is a two-horse race for the grounds maintenance contract between the two shortlisted firms.') },
  ],
  invalid: [
    { name: 'an officer praising a member\u2019s group against the rest', draft: aDraft().from(officer.noor).to(cllr.rahman).body(letter('Dear Cllr Rahman,', ['Off the record - your group\u2019s amendment was the only contribution in that chamber all year from people who had actually read the evidence base.',
      'Shame the rest of them couldn\u2019t see past their own party line.'], 'Regards,', ['Fatima'])).build(), findings: error },
    { name: 'an officer expecting the Nationalists to make trouble', draft: officerToMember('I\u2019d imagine the Nationalists will be all over this at Council looking for a stick to beat the administration with.'), findings: error },
    { name: 'a reform-run cabinet, in lower case, where Reform has members', draft: memberToOfficer('tbh this reform-run cabinet wouldnt know what a library was for if one fell on them'),
      context: { directory: withReformMember(sampleDirectory) }, findings: warning },
    { name: 'the squeeze bar chart on a councillor\u2019s survey, for the print room', draft: memberToOfficer('any chance print room could do 500 of my survey before fri? the one with the its-a-two-horse-race bar chart on the back.'), findings: error },
    { name: 'a leaflet going through doors before May, for proof-reading', draft: memberToOfficer('Could you cast your eye over the attached? It\u2019s the leaflet going through doors in Harbury East before May, with the tear-off slip for a postal vote.'), findings: error },
    { name: 'not standing a candidate', draft: memberToMember('Shortlisting is on the 23rd - I\u2019m not having us not stand a candidate in Eldon Cross.'), findings: warning },
  ],
});
