// political-content on round 31's unseen councils (a Labour English city, a bilingual valleys county borough, a
// Welsh-first Plaid county, a Scottish council, a Conservative district's real text) and session 13's two structural
// readings: an officer's verdict on any group's merit or conduct ("the sensible one", "looking shabby", "hopeless"),
// and a campaign read from the message as a whole (doors, leaflets, a rota, the undecided, the poll — three of them,
// in whatever words). Also: Welsh asides ("a bod yn onest"), the "team" of "the red team", a seat not handed over
// "without a fight", services sorted "where they've got the votes", "it takes a Reform councillor", a Full Council
// decision called mad "wrth bob drws"; and the look-alikes: a minute of the political composition, a results line
// ("Labour gain Penrhiw from Conservative"), a refusal citing the publicity code, enquiries "from my group", a group
// room booked "fel arfer", a club named after a party in any mutation, guidance that lists a campaign's concerns to
// forbid them, Electoral Services' polling-day rota, a council campaign's door-knocking, a result with "my door is open".
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

/** A councillor's several-sentence message to a colleague: the campaign reading looks at the message as a whole. */
const memberNote = (...sentences: string[]) => aDraft().from(cllr.carver).to(cllr.rahman)
  .body(letter('Hi Aisha,', sentences, 'Hugh', [])).build();
const officerNote = (...sentences: string[]) => aDraft().from(officer.noor).to(cllr.rahman)
  .body(letter('Dear Cllr Rahman,', sentences, 'Kind regards,', ['Fatima Noor', 'Waste Services Manager'])).build();
/** To a party's own address (the local party named after the council's town). */
const toBranch = (...sentences: string[]) => aDraft().from(cllr.carver).to({ name: 'Sue Hall', email: 'organiser@northbridgelabour.org.uk' })
  .body(letter('Sue,', sentences, 'Hugh', [])).build();

ruleTester.run(politicalContent, {
  valid: [
    { name: 'an officer judges a contractor, not a group', draft: officerToMember('The resurfacing on Mill Road was shabby and the contractor has been told to come back.') },
    { name: 'an officer: not sensible to wait', draft: officerToMember('It would not be sensible to wait for the survey before ordering the barriers.') },
    { name: 'a minute of the political composition', draft: officerToMember('"It was noted that the political composition of the Council now stood at: Conservative 16, Liberal Democrat 7, Green 3."') },
    { name: 'a results line', draft: officerToMember('Changes: Plaid Cymru gain Tyle Coch from Independent; Labour gain Penrhiw from Conservative. All other wards held.') },
    { name: 'a refusal that cites the publicity code', draft: officerToMember("I can't include the line about Labour's commitment: Council press releases are about the Council's decisions, not who proposed them (the Code of Recommended Practice on Local Authority Publicity).") },
    { name: 'enquiries from my group', draft: memberToOfficer('Three member enquiries from my group are still unanswered after 60 days (refs attached).') },
    { name: 'a group room booked as usual, in Welsh', draft: memberToOfficer("Allech chi archebu Ystafell 2 i'r Grŵp Annibynnol o 9 tan 10 fore'r Cyngor llawn, fel arfer?") },
    { name: 'a club named after a party, mutated', draft: officerToMember("Rydym wedi ysgrifennu at bob busnes ar y stryd ac at Glwb y Rhyddfrydwyr am y trefniadau danfon.") },
    { name: 'guidance listing what a campaign must not use', draft: officerNote(
      "Please don't use your council e-mail address for campaigning of any kind: canvassing arrangements, leaflet drafts, requests for votes.",
      'The pre-election period starts on 22 March and the Labour and Green groups have both asked for a briefing.',
      'Delivery rotas and lists of supporters belong on your party systems.') },
    { name: 'Electoral Services\u2019 polling-day rota', draft: officerNote(
      'The polling station staff rota for polling day is attached.',
      'Postal votes can be handed in at any station in the ward, and poll cards go through doors from Monday.',
      'Please let us know if any hall keyholder changes.') },
    { name: 'a council campaign on the doors', draft: memberNote(
      "We're doing doors on the Brookside estate for the council's food waste campaign on Saturday.",
      'Leaflets and caddies are at the depot; the rota is on the recycling team page.',
      'The turnout at the last roadshow was poor, so every door counts.') },
    { name: 'a result, and my door is always open', draft: memberNote(
      'Many congratulations on your election yesterday; you were elected at stage 5 of the count.',
      'Turnout was 31% and first preferences were close.',
      'My door is always open if you want a tour of the chamber.') },
    { name: 'a councillor asks Electoral Services about the count', draft: memberToOfficer('Could you tell me what time the count starts and whether candidates can bring a guest?') },
    { name: 'the blues in a festival, no verdict', draft: officerToMember('The blues night at the bandstand raised £400 for the food bank.') },
    { name: 'an officer: doors and leaflets for a council survey, no party', draft: officerNote(
      'Meet at the depot at 9 on Saturday.',
      "We'll do the doors on Brookside with the tenancy survey and leave a leaflet where nobody's in.") },
  ],
  invalid: [
    { name: 'an officer: your group\u2019s amendment was the sensible one', draft: officerToMember("I thought your group's line on the parking charges was the sensible one, and it's a shame the other side couldn't see it."), findings: error },
    { name: 'an officer: the blues came out looking shabby', draft: officerToMember('I thought the Tories came out of that one looking pretty shabby.'), findings: error },
    { name: 'an officer: the opposition are hopeless', draft: officerToMember('Frankly the opposition have been hopeless on this from the start.'), findings: error },
    { name: 'an officer aside in Welsh blames the old administration', draft: officerToMember("A bod yn onest efo chi, y weinyddiaeth cyn 2022 sy'n gyfrifol am hyn."), findings: error },
    { name: 'a campaign in its own words', draft: memberNote(
      "Saturday's sorted: meet at the Co-op at ten.",
      "Take the clipboards and mark anyone who's undecided so we can go back before May.",
      'The bundles for the estate are in my boot.'), findings: warning },
    { name: 'asking an officer to do a round before May', draft: memberToOfficer("We're really short of hands for delivering leaflets between now and May - don't suppose you'd do a round for us?"), findings: error },
    { name: 'to the local party: leaflets through doors', draft: toBranch("Yes, I'll pick up the leaflets on Thursday and get them through doors on the Heights by Saturday."), findings: warning },
    { name: 'a group\u2019s political assistant organises the canvass, in Welsh', draft: officerNote(
      "Dyma'r trefniadau ar gyfer y Sadyrnau hyd at fis Mai.",
      "Mae'r taflenni newydd yn cyrraedd dydd Mercher ac rydan ni angen dau wirfoddolwr arall.",
      "Mae hon yn sedd i'w chipio oddi ar y Ceidwadwyr, felly cofiwch ganfasio bob stryd."), findings: error },
    { name: 'the red team have had this city for forty years', draft: memberToResident("Honestly, the red team have had this city for forty years and this is what we've got to show for it."), findings: warning },
    { name: 'not handing the seat over without a fight', draft: memberNote("And don't worry, we're not handing that seat to the Greens without a fight!"), findings: warning },
    { name: 'services sorted where the votes are', draft: memberToOfficer("Round here the Tories only sort the roads where they think they've got the votes."), findings: warning },
    { name: 'it takes a Reform councillor', draft: memberToOfficer('Three winters of flooding, and it takes a Reform councillor to get a wagon sent out.'), findings: warning },
    { name: 'a Full Council decision called mad, on every doorstep, in Welsh', draft: memberToOfficer("Penderfyniad hollol wallgof oedd un y Cyngor Llawn ym mis Hydref, ac fe fydda i'n dweud hynny wrth bob drws."), findings: warning },
    { name: 'we can gain a place', draft: memberNote('We need to gain Kingsmead in May, so please sign up for the canvassing rota.'), findings: warning },
    { name: 'an officer: the blues came out looking shabby (lower case)', draft: officerToMember('I thought the blues came out of that one looking pretty shabby.'), findings: error },
    { name: 'the blues would bin it given half a chance', draft: memberToResident('The blues would bin the whole zone tomorrow given half a chance.'), findings: warning },
    { name: 'an officer invites a colleague onto the doors for a candidate', draft: officerNote(
      'Are you still up for the doors with me on Saturday for Shona?',
      "Meet at the Co-op at 10, I'll bring the leaflets and rosettes.",
      'Her agent says we need to do Kirkton Park twice before the 6th.'), findings: error },
  ],
});
