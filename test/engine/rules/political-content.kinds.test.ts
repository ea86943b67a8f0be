// political-content on the kinds of text that unseen councils write: party-named attack and praise
// in plain words, parties as councils name them, implicit references, party business and
// electioneering with no party name, officers crediting the ruling group, political criticism of
// Council decisions, Welsh — and, for each, the everyday council work that must NOT be flagged.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { policySchema, type Directory } from '../../../src/engine';
import { sampleDirectory } from '../../../src/sample-council';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToOfficer = (sentence: string) => aDraft().from(cllr.carver).to(officer.noor)
  .body(letter('Hi Fatima,', ['Thanks for the update on the depot.', sentence], 'Cheers,', ['Hugh'])).build();
const memberToResident = (sentence: string) => aDraft().from(cllr.carver).to(resident.gmail)
  .body(letter('Dear Pat,', ['Thank you for getting in touch about the bus shelter.', sentence], 'Best wishes,', ['Hugh Carver'])).build();
const officerToMember = (sentence: string) => aDraft().from(officer.noor).to(cllr.rahman)
  .body(letter('Dear Cllr Rahman,', ['Please find the figures attached.', sentence], 'Kind regards,', ['Fatima Noor', 'Waste Services Manager'])).build();
const memberToGroup = (sentence: string) => aDraft().from(cllr.price).to(mailbox.labourGroup)
  .body(letter('Dear all,', [sentence], 'Alan', [])).build();

/** The sample council with other parties: a Welsh, a Scottish and a local party among them. */
function councilWithParties(parties: string[]): Directory {
  return { ...sampleDirectory, members: sampleDirectory.members.map((m, i) => ({ ...m, party: parties[i % parties.length] })) };
}

ruleTester.run(politicalContent, {
  valid: [
    // Everyday council work with election or campaign words.
    { name: 'the electoral-registration canvass and its canvassers', draft: officerToMember('Canvassers from Electoral Services will call at the Fern Road addresses that have not returned their household enquiry form.') },
    { name: 'door-knocking for a council food-waste campaign', draft: officerToMember('Our crews will be door-knocking in Riverside next week to explain the new food waste caddies.') },
    { name: 'a leaflet drop about new bin days', draft: officerToMember("We're doing a leaflet drop on the Hollins estate about the change to bin days.") },
    { name: 'a council energy campaign', draft: officerToMember('The warm homes campaign team will be knocking on doors in Millside to offer free insulation checks.') },
    { name: 'Electoral Services reminding people to vote', draft: officerToMember('Remember to vote on Thursday: polling stations are open from 7am to 10pm.') },
    // Parties named as plain fact.
    { name: 'a political-balance allocation', draft: officerToMember('Under the political balance rules the Liberal Democrat Group gains one seat on Planning Committee.') },
    { name: 'election results', draft: officerToMember('At the count the Conservatives took nine seats and the Greens held both of theirs.') },
    { name: 'a cross-party working group', draft: officerToMember('The cross-party task group on flooding meets on the 14th.') },
    { name: 'group rooms booked for two groups', draft: officerToMember('Group rooms are booked for the Labour and Independent groups on Monday evening.') },
    { name: 'a group asked why something failed', draft: officerToMember('The Conservative Group has asked why the pool refurbishment failed its inspection.') },
    { name: "the administration's budget proposals, neutrally", draft: officerToMember("The administration's budget proposals go to Cabinet on 9 February.") },
    { name: 'a committee vote reported by a member', draft: memberToResident('The motion was carried by 28 votes to 14, with the Conservatives voting against.') },
    { name: 'councillors from every group at a briefing', draft: officerToMember('Councillors from all three groups attended the briefing on the local plan.') },
    // Words that look political.
    { name: '"thanks to" ward councillors for a council campaign', draft: officerToMember('The recycling push has been a real success thanks to the ward councillors.') },
    { name: 'a previous contractor made a mess', draft: officerToMember('The previous contractor made a mess of the resurfacing on Dale Street.') },
    { name: 'a job shortlist of candidates', draft: officerToMember('We have shortlisted our candidates for the Parks Manager post and interviews are on Friday.') },
    { name: '"our focus is on"', draft: officerToMember('Our focus is on getting the missed bins emptied before the weekend.') },
    { name: 'standing down as a chair', draft: memberToResident("I'm standing down as chair of the allotments panel after six years.") },
    { name: 'a member votes for a recommendation', draft: memberToResident('I will vote for the recommendation to keep the library open.') },
    { name: 'Welsh: a party in the park, labour costs and an independent review',
      draft: officerToMember("Bydd y parti yn y parc ddydd Sadwrn. Mae costau llafur wedi codi, ac mae adolygiad annibynnol ar y gweill.") },
    { name: 'a street named Reform in a council with Reform members',
      draft: officerToMember('The Reform Street depot will close at noon on Friday.'), context: { directory: councilWithParties(['Reform UK', 'Labour']) } },
    { name: 'thanks for support on a planning application', draft: memberToResident('Thank you for your support on the planning application.') },
    { name: 'our group asked for a briefing', draft: memberToOfficer('Our group has asked for a briefing on the budget before Cabinet.') },
    { name: 'an event promoted by the council', draft: officerToMember('The fun day is promoted by the events team and the parish council.') },
    { name: 'library staff knocking on doors for a consultation',
      draft: officerToMember('Library staff will be knocking on doors in the villages so people without the internet can have their say.') },
    { name: 'a fostering leaflet drop', draft: officerToMember("We'd like to do a leaflet drop in Riverside for the foster carers recruitment push.") },
    { name: 'Welsh: "plaid" in the sense of a side, and a party in the park',
      draft: officerToMember("Mae'r ddwy blaid yn yr anghydfod wedi cytuno i gyfarfod. Bydd y parti yn y parc ddydd Sadwrn.") },
    { name: 'a raffle for a school sent to a ward colleague, not a party group',
      draft: memberToOfficer('The school raffle raised £380 for the new library books.') },
    { name: 'a declared result', draft: officerToMember('The Returning Officer declared the result at 2.14am: the Green Party candidate was elected with 1,204 votes.') },
    { name: 'canvassers\' pay and training', draft: officerToMember('Canvassers are paid £12.50 an hour and must finish the online training before the canvass starts.') },
    { name: 'a club car park', draft: officerToMember('Please tell residents the Conservative Club car park will be closed for resurfacing.') },
    { name: 'an amendment lost, reported as fact', draft: officerToMember('The Labour Group tabled an amendment to raise the hardship fund by £40,000, which was lost by 21 votes to 19.') },
    { name: 'a group leaders\' meeting', draft: memberToOfficer("Our group leaders' meeting is on Monday at 5pm in Committee Room 1.") },
    { name: 'polite disagreement with a decision', draft: memberToResident('I disagree with the decision to close the depot and have asked for it to be looked at again by scrutiny.') },
    { name: 'a group asks for a deferral', draft: officerToMember('Liberal Democrat councillors have asked for the report to be deferred to March.') },
    { name: 'a party for volunteers', draft: officerToMember('There is a party for the volunteers at the Greenway centre on Friday.') },
    { name: 'thanks to the residents of a street called Reform', draft: officerToMember('Thanks to the Reform Street residents for their patience during the works.'),
      context: { directory: councilWithParties(['Reform UK', 'Labour']) } },
    { name: 'Welsh: a motion carried, as fact', draft: officerToMember('Cafodd y cynnig gan y Grŵp Llafur ei dderbyn o 30 pleidlais i 12.') },
    { name: 'Full Council approved the budget, as fact', draft: officerToMember('Full Council approved the budget on 22 February after a long debate.') },
    { name: 'door-knocking for flood warnings', draft: officerToMember('Door-knocking for the flood warning sign-up starts in Lower Meadows next week.') },
    { name: 'a group nominates to a board', draft: officerToMember('The SNP group has nominated Cllr Reid to the licensing board.') },
    { name: 'a member signs as a group leader', draft: aDraft().from(cllr.carver).to(officer.noor)
      .body(letter('Hi Fatima,', ['Could you send me the repair figures for Station Road?'], 'Thanks,', ['Hugh', 'Leader of the Conservative Group'])).build() },
    { name: 'an officer says a group had a good discussion', draft: officerToMember('The Labour Group had a good discussion with officers about the depot.') },
    { name: 'a member thanks officers for a group briefing', draft: memberToOfficer('Thanks for the Green Group briefing yesterday, it was really useful.') },
    { name: 'a member says when a group always meets', draft: memberToOfficer('The Conservative Group always meets on a Monday, so Tuesday works better for me.') },
    { name: 'an idiom about a contractor, no party', draft: officerToMember('The contractor has kicked the resurfacing into the long grass again.') },
    { name: '"they" after a neutral mention of a group', draft: officerToMember('The Green Group asked for the figures. They were sent on Monday.') },
    { name: 'ran the half marathon', draft: memberToResident('The Labour councillors ran the half marathon for the hospice on Sunday.') },
    { name: 'a cross-party meeting', draft: memberToOfficer('Would you be open to a short cross-party meeting before it goes to Cabinet?') },
    { name: 'a registration campaign named in the subject, with a dash',
      draft: aDraft().from(officer.noor).to(cllr.rahman).subject("'Your Vote Counts' registration campaign – leaflet drop")
        .body(letter('Dear Cllr Rahman,', ['Here is the outline of this year\'s voter registration campaign, to run alongside the annual canvass.'], 'Kind regards,', ['Fatima Noor'])).build() },
    { name: 'dry rot raised by a group, as fact', draft: officerToMember('The Labour Group asked about the dry rot in the Mead Road flats.') },
    { name: 'a resident\'s vote in a park competition', draft: officerToMember('Residents can vote for their favourite design at the library until Friday.') },
    { name: 'a "never political" phrase of the council',
      draft: officerToMember('The Labour Club car park is full, so crews will start at the Greens Lane end.'),
      context: { policy: policySchema.parse({ political: { neverPolitical: ['Labour Club car park'] } }) } },
    // A party named in council business, not as the actor of the writer's prose.
    { name: 'a party group as a label on a request', draft: memberToOfficer('The Green group would like the consultation extended by a fortnight.') },
    { name: 'an affiliation in brackets', draft: officerToMember('The amendment was moved by Cllr Hale (Labour) and seconded by Cllr Dunn.') },
    { name: 'a list of parties in a composition note', draft: officerToMember('Labour, Reform UK and the Greens will each be represented at the launch.') },
    { name: 'a party beside a number in a results line', draft: officerToMember('Result for Millside ward: Labour 1,204 and Green 881, turnout 31 per cent.') },
    { name: 'a party that voted', draft: memberToResident('The Conservatives voted against the amendment at Full Council last night.') },
    { name: 'a party that did not win a seat', draft: officerToMember('In the end the Greens did not win a seat in the northern wards.') },
    { name: 'a signature-like line with a party', draft: officerToMember('Leader of the Liberal Democrat Group, Westfield') },
    { name: 'a place named like a party before a council noun', draft: memberToOfficer("I'm copying my Kingsley Green colleagues, who have had the same complaints.") },
    { name: 'a Welsh chapel denomination', draft: officerToMember("Mae gan Undeb yr Annibynwyr ganllawiau i'w capeli, ac mae Cadw yn cynnig grantiau.") },
    { name: 'an officer names the administration in business', draft: officerToMember('The administration has asked for options on the depot before the budget.') },
    { name: 'our group members as the audience', draft: memberToOfficer('Could you send the note round to all our group members this afternoon?') },
    { name: 'a party at the end of a bracketed role in minutes', draft: officerToMember('The amendment was moved by Cllr Rowe (Cabinet Member for Highways, Labour) and carried.') },
    { name: 'Welsh: canvassing park users\' opinion', draft: officerToMember("Rydyn ni am ganfasio barn defnyddwyr y parc dros yr haf am y maes chwarae newydd.") },
    { name: 'guidance to every member "whether or not you are standing again"',
      draft: officerToMember('The guidance applies to all of you, whether or not you are standing again in May.') },
    { name: 'the Returning Officer writes to members who may be standing again',
      draft: officerToMember('I am writing to all members, as each of you may be standing again, about the arrangements for 6 May.') },
    { name: 'a council campaign and a leaflet drop either side of a spaced hyphen', draft: officerToMember('Food waste campaign - leaflet drop to 2,100 households in March.') },
    { name: 'an officer reports a group will call an item in', draft: officerToMember('I understand the Greens are planning to call the decision in at scrutiny.') },
    { name: 'an officer reports a party will ask a question at Council', draft: officerToMember('I gather the Lib Dems will be asking a question about it at Full Council.') },
  ],
  invalid: [
    // Party-named attack and praise in plain words.
    { name: 'what a party did to the town', draft: memberToOfficer('Residents round here still remember what the Lib Dems did to the bus station.'), findings: [{ severity: 'warning', message: ['party-political'] }] },
    { name: 'two parties lined up together', draft: memberToOfficer('Once again the Greens and the Conservatives lined up behind the developer.'), findings: [{ severity: 'warning' }] },
    { name: 'only our councillors turn up', draft: memberToResident("It's only our Labour councillors who actually turn up for residents."), findings: [{ severity: 'warning' }] },
    { name: 'the vision of a lower-case administration', draft: officerToMember('This is the vision of the labour administration for the riverside.'), findings: [{ severity: 'error' }] },
    { name: 'a party nickname with "lot"', draft: memberToResident('The Tory lot have no idea what a food bank is.'), findings: [{ severity: 'warning' }] },
    { name: 'a hyphenated framing', draft: memberToResident('This Green-led council spends more on consultants than on potholes.'), findings: [{ severity: 'warning' }] },
    { name: 'a "-run" framing with a blame word', draft: memberToResident('The Lib Dem-run cabinet has ignored Westfield for years.'), findings: [{ severity: 'warning' }] },
    // Implicit references, credited or blamed.
    { name: 'the previous lot blamed', draft: memberToResident('We inherited a mess from the previous lot.'), findings: [{ severity: 'warning' }] },
    { name: 'this coalition blamed', draft: memberToResident('This coalition has done nothing for the north of the town.'), findings: [{ severity: 'warning' }] },
    { name: "an officer credits the administration's pledge", draft: officerToMember("Delivering on the administration's pledge, the Council has now planted 5,000 trees."), findings: [{ severity: 'error' }] },
    { name: "an officer praises a group leader's group", draft: officerToMember("Your group has done a cracking job on the high street, if you don't mind me saying."), findings: [{ severity: 'error' }] },
    // Party business with no party name.
    { name: 'a three-line whip', draft: memberToGroup("Group meeting moved to 6pm. It's a three-line whip on the budget, so no apologies please."), findings: [{ severity: 'warning', message: ['party business'] }] },
    { name: 'a member asks an officer to proof-read the Focus', draft: memberToOfficer('Could you cast your eye over the draft Focus before it goes to the printers on Friday?'), findings: [{ severity: 'error' }] },
    { name: 'a raffle at the club', draft: memberToGroup('Raffle tickets for the Conservative Club quiz night are on sale from Monday.'), findings: [{ severity: 'warning' }] },
    { name: 'selecting candidates', draft: memberToGroup('We will be selecting candidates for the two Riverside seats on the 20th.'), findings: [{ severity: 'warning' }] },
    // Electioneering with no party name.
    { name: 'standing again and asking for support', draft: memberToResident("I'm putting my name forward again and would be grateful for your support in May."), findings: [{ severity: 'warning', message: ['electioneering'] }] },
    { name: 'a councillor: remember to vote', draft: memberToResident("Don't forget to vote on Thursday!"), findings: [{ severity: 'warning' }] },
    { name: 'once we take over', draft: memberToResident("When we take over in May the first thing we'll do is reopen the tip."), findings: [{ severity: 'warning' }] },
    { name: 'an officer says they will vote for the member', draft: officerToMember('Between ourselves, I will be voting for you in May.'), findings: [{ severity: 'error' }] },
    // Political criticism of a Council decision.
    { name: 'Full Council forced it through', draft: memberToResident("What Full Council forced through on Tuesday is indefensible and I'll fight it all the way."), findings: [{ severity: 'warning', message: ['Council decision'] }] },
    { name: 'this budget is a disgrace', draft: memberToResident('This budget is a disgrace.'), findings: [{ severity: 'warning' }] },
    // Parties as the council's own directory names them.
    { name: 'Plaid, short for Plaid Cymru - The Party of Wales, with a Welsh attack word',
      draft: memberToOfficer("Mae Plaid wedi gwneud llanast llwyr o'r cynllun parcio."), context: { directory: councilWithParties(['Plaid Cymru - The Party of Wales', 'Welsh Labour']) },
      findings: [{ severity: 'warning' }] },
    { name: 'a bare "Reform" in a council with Reform UK members',
      draft: memberToResident('Reform have let this town down at every turn.'), context: { directory: councilWithParties(['Reform UK', 'Labour']) },
      findings: [{ severity: 'warning' }] },
    { name: 'a local party by its own name',
      draft: memberToResident('Harbury Residents First have wrecked the high street.'), context: { directory: councilWithParties(['Harbury Residents First', 'Labour']) },
      findings: [{ severity: 'warning' }] },
    { name: 'the Nats', draft: memberToResident('Typical Nats, announcing it in Edinburgh and leaving us to pay.'), findings: [{ severity: 'warning' }] },
    { name: 'Welsh electioneering', draft: memberToResident('Pleidleisiwch dros Blaid Cymru ddydd Iau!'), findings: [{ severity: 'warning' }] },
    { name: 'Welsh: a mutated attack word and a mutated party ("eu hesgeuluso gan Lafur")',
      draft: memberToOfficer("Mae'r tai wedi cael eu hesgeuluso am flynyddoedd gan Lafur yn y Bae."), findings: [{ severity: 'warning' }] },
    { name: 'a lower-case hyphenated framing of Plaid', draft: memberToOfficer('The plaid-led cabinet has sat on its hands for three years.'), findings: [{ severity: 'warning' }] },
    { name: 'Welsh: our group credited in a press release an officer is asked to change',
      draft: memberToOfficer("Ein grŵp ni sydd wedi gwthio am y llyfrgell newydd o'r dechrau, a dwi isio hynny yn y datganiad."), findings: [{ severity: 'warning' }] },
    { name: 'a fundraising round-up to the party-group mailbox, no party named',
      draft: memberToGroup('The Christmas raffle raised £380 for the fund, and the cheese and wine night is on 5 March.'), findings: [{ severity: 'warning' }] },
    { name: 'credit claimed for the member\'s own group', draft: memberToOfficer('The scheme only exists because our group insisted on it in the budget talks.'), findings: [{ severity: 'warning' }] },
    { name: '"the lot in charge" and a threat about May', draft: memberToOfficer("The lot in charge couldn't care less about the villages, and they'll find that out in May."), findings: [{ severity: 'warning' }] },
    { name: 'a leaflet with an election imprint, sent to be printed: asking an officer is an error',
      draft: memberToOfficer('Could you print 200 of these? Promoted by J. Carver on behalf of Harbury First, 2 Mill Lane.'), findings: [{ severity: 'error' }] },
    { name: '"vote" and a local group\'s name, no request: a warning', draft: memberToOfficer("Keep the village independent: vote Residents' Association."), findings: [{ severity: 'warning' }] },
    { name: 'support asked for on a polling date', draft: memberToResident("I'd be very grateful for your support on 6 May."), findings: [{ severity: 'warning' }] },
    { name: 'a shameful choice and a campaign to overturn it', draft: memberToResident("Full Council's decision to scrap the bus pass top-up was a shameful choice, and I will be campaigning to overturn it."),
      findings: [{ severity: 'warning' }] },
    { name: 'a councillor\'s sarcastic aside naming a party', draft: memberToOfficer('Funny how the Lib Dems are always first in the queue when there is a photographer about.'),
      findings: [{ severity: 'warning' }] },
    { name: 'an officer\'s sarcastic remark about a party', draft: officerToMember("I'm sure the Greens will find something to object to whatever we put in the draft."),
      findings: [{ severity: 'error' }] },
    { name: 'credit for the member\'s group and blame for "the other lot"', draft: memberToOfficer('It only got over the line because our group kept pushing it, and the other lot voted against it.'),
      findings: [{ severity: 'warning' }] },
    { name: 'a strong verdict on "they" in the sentence after a party is named',
      draft: memberToOfficer("Would the Lib Dems have done any better? Of course not, they'd have sold off the family silver to their friends."), findings: [{ severity: 'warning' }] },
    { name: 'a political idiom with "the administration"', draft: memberToResident('The administration has kicked the flood scheme into the long grass again.'), findings: [{ severity: 'warning' }] },
    { name: 'an officer\'s credit in an idiom', draft: officerToMember('Honestly, the Greens have been a breath of fresh air on the climate plan.'), findings: [{ severity: 'error' }] },
    { name: 'lower-case "labour ran this council"', draft: memberToResident('When labour ran this council we built 400 homes here.'), findings: [{ severity: 'warning' }] },
    { name: 'a councillor asks a resident to vote for a named candidate', draft: memberToResident('Please do get out and vote for Sam Okoye on Thursday.'), findings: [{ severity: 'warning' }] },
    { name: 'an officer hopes the member\'s candidate wins', draft: officerToMember('Fingers crossed your candidate romps home on the 25th!'), findings: [{ severity: 'error' }] },
    { name: 'the old regime shown the door', draft: memberToResident('Residents can see the difference since the old regime was finally shown the door.'), findings: [{ severity: 'warning' }] },
    { name: 'council publicity crediting the ruling group, the verdict in the next sentence',
      draft: officerToMember('Two years ago the ruling group promised to fill 1,000 potholes. It has delivered on every one.'), findings: [{ severity: 'error' }] },
    { name: '"the benches opposite" and a stunt', draft: memberToOfficer("It's the usual stunt from the benches opposite to get their names in the paper."), findings: [{ severity: 'warning' }] },
    { name: 'an officer gives the member their vote', draft: officerToMember("Good luck on the 6th, you've got my vote."), findings: [{ severity: 'error' }] },
    { name: 'a policy term of the council', draft: memberToResident('Llais have ruined the market.'),
      context: { policy: policySchema.parse({ political: { partyTerms: ['Llais'] } }) }, findings: [{ severity: 'warning' }] },
    // A party or "the ruling group" as the actor of the writer's own prose, in words no list holds.
    { name: 'a party taking a ward for granted', draft: memberToOfficer('The Conservatives have taken Westfield for granted for twenty years.'), findings: [{ severity: 'warning' }] },
    { name: 'an officer predicts what a party will do', draft: officerToMember('I expect the Lib Dems will make a meal of that figure at scrutiny.'), findings: [{ severity: 'error' }] },
    { name: 'the party a town elected, and the difference since', draft: memberToResident('Since the town sent Reform UK to the council offices the difference is plain to see.'),
      context: { directory: councilWithParties(['Reform UK', 'Labour']) }, findings: [{ severity: 'warning' }] },
    { name: 'Welsh: if the Tories had had their way', draft: memberToOfficer("Petai'r Ceidwadwyr wedi cael eu ffordd, byddai'r llyfrgell wedi cau ers tro."), findings: [{ severity: 'warning' }] },
    { name: 'the ruling group as the actor of a councillor\'s sentence', draft: memberToOfficer('The ruling group has treated the villages as an afterthought since day one.'), findings: [{ severity: 'warning' }] },
    { name: 'a hyphenated coalition of two parties', draft: memberToResident('This is another raid on your wallet by the Labour-Indy coalition.'), findings: [{ severity: 'warning' }] },
    { name: 'a cross next to my name', draft: memberToResident('On 6 May please put your cross next to my name so I can keep at it.'), findings: [{ severity: 'warning' }] },
    { name: 'a Full Council decision called an ideological stunt', draft: memberToOfficer("Full Council's decision to double the premium was an ideological stunt."), findings: [{ severity: 'warning' }] },
    { name: '"the ones opposite" and a moan', draft: memberToOfficer('Funny how the ones opposite who opposed the extra crews are first on Facebook moaning about the bins.'), findings: [{ severity: 'warning' }] },
    { name: 'Welsh: an officer hopes to see a party hold its seats', draft: officerToMember("Pob lwc ym mis Mai – byddai'n hyfryd gweld Plaid yn dal gafael ar y ddwy sedd."), findings: [{ severity: 'error' }] },
    { name: 'a false economy voted through at Full Council', draft: memberToResident("The library closures were voted through at Full Council. Frankly, it's a false economy."), findings: [{ severity: 'warning' }] },
    { name: 'a councillor hopes to hold both seats', draft: memberToOfficer("Knocked 180 doors on Saturday. If we get the postal votes in we'll hold both seats in May."),
      findings: [{ severity: 'warning', message: ['Knocked 180 doors'] }, { severity: 'warning', message: ['hold both seats'] }] },
    { name: "an officer helps with a friend's campaign for a by-election", draft: officerToMember("I'm helping my mate Dean with his campaign for the by-election this weekend."), findings: [{ severity: 'error' }] },
  ],
});
