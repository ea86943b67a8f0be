// political-content on the kinds round 26's unseen councils wrote (a Conservative–Reform unitary, a Scottish
// partnership, a bilingual Plaid minority, a Labour–Green city's real text): a campaign helped without a campaign word
// (an officer's "a couple of hours telling on the 6th", a poster "for her front window", "your leaflets for May",
// "congrats on getting picked again… you'll walk it in May"), Scots "get yer family oot tae the polling station",
// publicity's "another promise kept… promised on the doorstep in 2022", "who's standing where", "what a night for the
// Lib Dems… this coalition is finished", a group's own newsletter, an officer's aside giving campaign tactics — and the
// look-alikes: "whether in the administration or in opposition", "Labour-in-Vain Lane", guidance that sends campaigns
// to "personal or party accounts", an officer citing the Protocol to refuse, "I have not mentioned it to my group", the
// food-caddy leaflet drop, "thinking about standing again – does the move affect whether I qualify?", wreaths by group size.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'both sides named', draft: memberToOfficer('I want to make sure that everyone, whether in the administration or in opposition, has the same information in good time.') },
    { name: 'Labour-in-Vain Lane', draft: officerToMember('The barns at Labour-in-Vain Farm, Labour-in-Vain Lane, are a disgrace and the application is recommended for refusal.') },
    { name: 'guidance that sends campaigning to personal or party accounts', draft: officerToMember('Anything to do with your own campaign \u2013 leaflets, canvassing and so on \u2013 needs to go through your personal or party accounts.') },
    { name: 'an officer citing the Protocol to refuse a party newsletter', draft: officerToMember("Because it's a Green Party newsletter, it counts as party political material, and the Protocol doesn't allow council printers to be used for it.") },
    { name: 'not mentioned to my group', draft: memberToOfficer("I'm raising it with you because he reports to you. I have not mentioned it to my group.") },
    { name: 'the food-caddy door-hanger and leaflet drop', draft: officerToMember('Final text for the door-hanger that goes on with the caddies, and the plan for the leaflet drop.') },
    { name: 'thinking about standing again: a question to the elections office', draft: memberToOfficer("My seat is up next year and I'm thinking about standing again \u2013 does the move affect whether I qualify?") },
    { name: 'wreaths by group size', draft: memberToOfficer('SNP and Labour are level on six so alphabetical by leader\u2019s surname, then the Tories, then Iain for the Independents.') },
    { name: 'the Warm Homes campaign posters', draft: officerToMember("We're also putting campaign posters in the lift lobbies and a leaflet through every door the week before.") },
    { name: 'the bin-day leaflets before May', draft: officerToMember('The crews will deliver the new bin day leaflets before May, with the calendar.') },
    { name: 'telling residents about bin days', draft: officerToMember('Telling residents about the new bin days is the main job this week.') },
  ],
  invalid: [
    { name: 'an officer offers to tell on polling day', draft: officerToMember("Tell your agent I can do a couple of hours telling on the 6th if you're still short."), findings: error },
    { name: 'an officer collects a poster for a front window', draft: officerToMember("Mrs Hughes wants one of your posters for her front window \u2013 I could pop over and pick one up."), findings: error },
    { name: 'an officer delivered the councillor\u2019s leaflets for May', draft: officerToMember('I dropped your leaflets for May at the community flat so the tenants can take one at the drop-in.'), findings: error },
    { name: 'an officer: congrats on getting picked again', draft: officerToMember("Congrats on getting picked again for Glenorran, you'll walk it in May!"), findings: error },
    { name: 'Scots: get yer family oot tae the polling station', draft: memberToOfficer('And get yer family oot tae the polling station the morn, I need every one of them.'), findings: warning },
    { name: 'Welsh publicity: another promise kept', draft: officerToMember("Addewid arall wedi'i chadw \u2013 yn union fel yr addawodd Rhodri a'r t\u00eem ar stepen y drws yn 2022."), findings: error },
    { name: 'who is standing where in May', draft: memberToOfficer("Could you book a room for the group to sort out who's standing where in May before nominations open?"), findings: error },
    { name: 'results night gloating, two sentences', draft: memberToOfficer('What a night for the Lib Dems! Two more gains next year and this coalition is finished.'), findings: [...warning, ...warning] },
    { name: 'a group\u2019s spring newsletter to proof-read', draft: memberToOfficer("Could you give our group's spring newsletter a proof-read before it goes to the printers?"), findings: error },
    { name: 'an officer recruits a colleague for a party\u2019s leaflets before May', draft: officerToMember("If you're free Sat morning the Labour lot are meeting outside the Cross Keys at 10 to do the Chapel Row leaflets before May."), findings: error },
    { name: 'an officer\u2019s aside with campaign tactics', draft: officerToMember("Your nomination paper is fine. One more thing, between us \u2013 the postal packs go out on 21 April, so if you're planning a leaflet round I'd get it done the weekend before, while they're still making their minds up."), findings: error },
  ],
});
