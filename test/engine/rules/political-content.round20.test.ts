// political-content on the kinds round 20's unseen councils wrote (a Scottish SNP–Labour
// administration, a Labour-run metropolitan borough, a Labour–Green unitary): an officer's "this
// coalition has put more in than the last administration managed", "I hope they're still in
// charge after next May", "you'll be top of the poll again", "the administration are going to get
// an absolute kicking over this in May", "the whip's on", a local party named after a ward
// ("the Ainsley Labour newsletter") — and the look-alikes: a street called "Labour in Vain Road",
// "Kingsley Green councillors" where Kingsley Green is a ward, a result stated as fact.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { sampleDirectory } from '../../../src/sample-council';
import type { Directory } from '../../../src/engine';
import { ruleTester } from '../../support/rule-tester';
import { aDraft } from '../../support/draft-builder';
import { cllr } from '../../support/people';
import { memberToOfficer, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

/** The sample council with a street and a ward whose names hold a party's word, and a ward a local party is named after. */
const withPartyWordPlaces: Directory = {
  ...sampleDirectory,
  wards: [
    ...sampleDirectory.wards.map((w) => w.id === 'riverside' ? { ...w, places: [...(w.places ?? []), 'Labour in Vain Road'] } : w),
    { id: 'kingsley-green', name: 'Kingsley Green', aliases: ['Kingsley Green ward'], places: ['Kingsley Moor'] },
    { id: 'ainsley', name: 'Ainsley', places: ['Ainsley Fold'] },
  ],
};
const council = { directory: withPartyWordPlaces };

ruleTester.run(politicalContent, {
  valid: [
    { name: 'door-knocking on a street called Labour in Vain Road', context: council,
      draft: officerToMember('Our recycling advisers will be door-knocking on Labour in Vain Road in the week of 22 February.') },
    { name: 'the councillors of a ward called Kingsley Green', context: council,
      draft: officerToMember('I have written to the Kingsley Green councillors about the bus shelter.') },
    { name: 'a result stated as fact: came top of the poll', draft: officerToMember('Cllr Hey came top of the poll in Upper Walden in 2022, with a turnout of 31%.') },
    { name: 'a pitch that took a hammering in May', draft: officerToMember('The cricket pitch took a hammering in May and the groundsman wants to reseed it.') },
    { name: 'an officer hoping staff are still in', draft: officerToMember("I hope they're still in the office when you call; the contractor will still be in charge of the site after May.") },
    { name: 'a green leaflet about bins, in lower case', draft: officerToMember('The green leaflet about garden waste goes out with the bills.') },
    { name: 'the car park of a club named after a ward', context: council, draft: officerToMember('The Ainsley Labour Club car park will be closed for resurfacing on Monday.') },
    { name: 'a press office agreeing its line', draft: officerToMember("Comms team - let's agree our line on the bin strike before the press call at 3.") },
    { name: 'a landlord with form', draft: memberToOfficer('The landlord has form on this: three notices last year and not one repair done.') },
    { name: 'not a group-line vote (an officer reporting a planning vote)', draft: officerToMember('Members of both the Labour and Liberal Democrat groups voted on each side, so it was not a group-line vote.') },
    { name: 'nominating a volunteer for a civic award', draft: memberToOfficer("Nominations for the civic awards close on Friday. I'll nominate you for the volunteer award and Jo says she'll second it.") },
    { name: "the Legion branch's wreath", draft: memberToOfficer('The branch agreed to lay a wreath on Remembrance Sunday with the Royal British Legion.') },
    { name: 'a whip-round for a leaving present', draft: officerToMember("There's a whip-round for Sandra's leaving present; the card is on my desk.") },
  ],
  invalid: [
    { name: 'an officer crediting the coalition against the last administration', draft: officerToMember('Credit where it\u2019s due, this coalition has put more into the glen roads in two years than the last administration managed in ten.'), findings: error },
    { name: 'an officer hoping the group stays in charge after May', draft: officerToMember("The resurfacing is in next year's bid, and I hope they're still in charge after next May to see it through."), findings: error },
    { name: 'an officer foretelling a councillor topping the poll', draft: officerToMember("Between ourselves, if the Indies get anything like last year's turnout you'll be top of the poll again."), findings: error },
    { name: 'an officer foretelling the administration a kicking in May', draft: officerToMember('Between us the administration are going to get an absolute kicking over this in May.'), findings: error },
    { name: "the whip's on, in Scots", draft: aDraft().from(cllr.carver).to(cllr.price).body("Mind the whip's on for Thursday, nae freelancing this time.\n\nTam").build(), findings: warning },
    { name: 'a local party named after a ward, in lower case', context: council, draft: memberToOfficer("can you run 400 of the ainsley labour newsletter off on the colour printer for saturdays round"), findings: error },
    { name: 'candidate selection with no party named', draft: aDraft().from(cllr.carver).to(cllr.price).body("Kieran, nominations for Parkside close next Friday. You need 12 months' continuous membership and to be up to date with subs. I'll nominate you and Sandeep says he'll second. The branch want an experienced name on that ballot paper in May.\n\nY").build(), findings: [{ severity: 'warning' as const }, { severity: 'warning' as const }, { severity: 'warning' as const }] },
    { name: 'the administration with form, cynical politics', draft: memberToOfficer("This administration has form on this. It's cynical politics and parents can see straight through it."), findings: warning },
    { name: 'a group agreeing its line, on a reply-all', draft: memberToOfficer("Labour group colleagues - let's agree our line on the call for sites at the group meeting on Monday."), findings: warning },
    { name: 'a party by a jeering nickname', draft: memberToOfficer('Four years the Limp Dems have been running this place and the waiting list is longer than ever.'), findings: warning },
    { name: 'a local party named after a ward, capitalised', context: council, draft: aDraft().from(cllr.carver).to(cllr.price).body('The Ainsley Labour newsletter is at the printers; can you do Ainsley Fold on Saturday?\n\nHugh').build(), findings: warning },
  ],
});
