// political-content on the kinds a fifth round of unseen councils brought: guidance that forbids
// campaigning (describes it, does not do it), "a Green" as a person, well-wishing for polling day,
// a member's own leaflet beside council work, a Full Council decision judged in one clause, parties
// grouped by the constitutional question — and the whip-rounds, batches and Christmas raffles
// that share their words.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
// An officer's own politics, or a member asking an officer to do party work, is an error.
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'guidance that forbids canvassing', draft: officerToMember('Officers in politically restricted posts should not canvass on behalf of a political party or candidate.') },
    { name: 'an imperative "please don\u2019t" in guidance', draft: officerToMember('You can attend the gala, but please don\u2019t use it for canvassing.') },
    { name: 'a whip-round for a retirement', draft: officerToMember('We are having a whip-round for Jean, who retires on Friday after 31 years.') },
    { name: 'the previous lot of calendars', draft: officerToMember('The previous lot of calendars arrived late, so the letters go out four weeks ahead this time.') },
    { name: 'a fundraising raffle for a Christmas party', draft: memberToOfficer('The tenants are planning a fundraising raffle for the children\u2019s Christmas party in the community room.') },
    { name: 'a Green roof', draft: officerToMember('We installed a Green roof on the library extension last spring.') },
    { name: 'a decision and a verdict in different clauses', draft: memberToResident('The budget consultation closes on Friday; the state of the underpass is a disgrace and I have reported it again.') },
    { name: 'no group whip, said as a fact', draft: officerToMember('Planning applications are not decided on party lines. There is no group whip on planning.') },
    { name: 'members not whipped on licensing', draft: officerToMember('Members are not whipped on licensing decisions.') },
    { name: 'fair play to the crews', draft: officerToMember('Fair play to the crews for working through the snow.') },
    { name: 'for once, the weather', draft: memberToResident('For once the sun shone on the fun day.') },
    { name: 'a pact named as plain fact', draft: officerToMember('The Labour–Independent administration took office in 2022 and the Cabinet has eight members.') },
    { name: 'an officer’s leaflet through every door before May', draft: officerToMember('The leaflet about the new bin days goes through every door before May.') },
    { name: 'what volunteers can do', draft: memberToResident('Shows what a team of volunteers can do!') },
    { name: 'students\u2019 party societies at a fair', draft: officerToMember('The Labour Society, the Conservative Society and the Lib Dem society are all in the same hall as our registration stall.') },
    { name: 'a vote that was not on group lines', draft: officerToMember('Members of both the Labour and Liberal Democrat groups voted on each side, so it was not a group-line vote.') },
    { name: 'the ordinary word opening a sentence, written lower case too', draft: officerToMember("Costau llafur. Llafur yw'r pwysau mwyaf eleni, a'r farchnad lafur yn dynn.") },
    { name: 'labour as the biggest part of a cost', draft: officerToMember('Labour is the biggest part of the increase: overtime rates went up from £31 to £36 an hour.') },
    { name: 'good luck on Thursday for a presentation', draft: officerToMember("Pob lwc ddydd Iau gyda'r cyflwyniad i'r pwyllgor.") },
    { name: 'numbered guidance that opens with "Do not"', draft: officerToMember('1. Do not use your council e-mail for any campaigning \u2013 for example canvassing, leaflet drops, branch meetings or candidate selection.') },
    { name: 'magnificent work from the crews', draft: officerToMember('Magnificent work from the crews in the snow last night.') },
    { name: 'a consultation vote', draft: officerToMember('Please vote for your favourite design in the consultation before Friday.') },
    { name: 'backing for a design', draft: memberToResident('Residents can give their backing to the play area design online.') },
    { name: 'wardens knocking on doors for a council campaign', draft: officerToMember('The community wardens will be chapping doors on the estate about the free bulky uplift.') },
    { name: 'a government agreement stated as fact', draft: officerToMember('Under the Co-operation Agreement it remains the intention of both the Welsh Government and Plaid Cymru to reform council tax.') },
    { name: 'a seat at the table', draft: memberToOfficer('If we stay out we would lose the seat at the table on skills and housing investment.') },
    { name: 'guidance addressed to "you"', draft: officerToMember('2. You should not ask any officer to help with party work \u2013 for example proofreading a leaflet or booking a room for a candidate selection meeting.') },
    { name: 'Welsh guidance: "Ni ddylech…"', draft: officerToMember("Ni ddylech ofyn i unrhyw swyddog helpu gydag unrhyw waith plaid \u2013 er enghraifft cyfarfod dewis ymgeiswyr.") },
    { name: 'what an account cannot be used for', draft: officerToMember('It can\u2019t be used for a party meeting, including planning a street stall.') },
    { name: 'the Chair\u2019s charity fundraising evening', draft: officerToMember("Diolch am drefnu'r Parlwr ar gyfer noson codi arian y Cadeirydd ar gyfer yr elusen.") },
    { name: 'good luck with something else', draft: officerToMember('Good luck with the move next week, and thanks for all your help.') },
  ],
  invalid: [
    { name: '"a Green" as the person elected', draft: memberToResident('Electing a Green means we can really stand up for local communities.'), findings: warning },
    { name: 'a party councillor, spelt the American way', draft: memberToResident('Even a single Green councilor makes a real difference to how a council performs.'), findings: warning },
    { name: 'an officer wishing a campaign well', draft: officerToMember('Saw you out with the leaflets on Saturday in the rain \u2013 hope it pays off for you in May.'), findings: error },
    { name: 'a member\u2019s own leaflet, beside council work', draft: memberToOfficer('Could you check the leaflet the three of us are putting out before the election? It is mostly about the recycling figures.'), findings: error },
    { name: 'a Full Council decision judged in one clause', draft: memberToResident('The budget the Council passed on 25 February is a disgrace.'), findings: warning },
    { name: 'parties grouped by the constitutional question', draft: memberToResident('I blame the Unionist parties on this council for the rent freeze falling.'), findings: warning },
    { name: 'the leaflet\u2019s bar chart', draft: memberToOfficer('Please check the bar chart showing only we can beat them here before it goes to the printer.'), findings: error },
    { name: 'an officer cheering a party’s drubbing', draft: officerToMember('Fair play, you lot gave Plaid a proper going over at Council last night.'), findings: error },
    { name: 'the administration blamed in Welsh, the article fused', draft: memberToResident("Dyma'r weinyddiaeth wnaeth addo 500 o dai, ac maen nhw wedi methu'n llwyr."), findings: warning },
    { name: 'the wrong budget', draft: memberToResident('I think the budget Full Council voted through on 4 March is the wrong budget.'), findings: warning },
    { name: 'parties bothering to turn up for once', draft: memberToOfficer('Nice to see the Lib Dems bothering to turn up for once.'), findings: warning },
    { name: 'what a party’s mayor can do', draft: memberToOfficer('Shows what a Labour Mayor can do!'), findings: warning },
    { name: 'publicity crediting a pact', draft: officerToMember('The programme is delivered by the Labour–Independent administration that has made the roads its number one priority.'), findings: error },
    { name: 'a member’s leaflet through every door before May', draft: memberToOfficer("It's the leaflet we're putting through every door in Abbey before May – could you check the Welsh?"), findings: error },
    { name: 'publicity that vindicates a party\u2019s decision', draft: officerToMember("The figures vindicate the Labour Cabinet's decision to press ahead with the zone in the face of noisy opposition from the Conservatives."), findings: error },
    { name: 'an officer urging a member to stand again, in Welsh', draft: officerToMember("Gobeithio'n fawr y gwnewch chi sefyll eto ym mis Mai, ac mae gennych chi fy mhleidlais i!"), findings: error },
    { name: 'a candidate selection meeting, in Welsh', draft: memberToResident("Ma'r cyfarfod dewis ymgeisydd ar gyfer Pentre-gwyn wedi symud i nos Fercher."), findings: warning },
    { name: 'a room for the campaign strategy and manifesto, in Welsh', draft: memberToOfficer("Alli di fwcio ystafell i ni nos Iau? Ni'n cytuno strategaeth yr ymgyrch a'r maniffesto ar gyfer mis Mai."), findings: error },
    { name: 'an officer blaming the lot before', draft: officerToMember('Honestly, the lot before sat on this report for three years.'), findings: error },
    { name: 'an officer speculating on a party\u2019s win', draft: officerToMember("Between you and me, if reform get in come May I'd expect the whole review to be binned."), findings: error },
    { name: 'colour nicknames for two parties', draft: memberToResident('The blues and the yellows between them have spent three years voting down every climate amendment.'), findings: warning },
    { name: 'letters to voters before the poll', draft: memberToResident("I'd like to write to each of them before polling day to tell them what we have done."), findings: warning },
    { name: 'an officer\u2019s counterfactual blame of a group', draft: officerToMember("If the SNP group hadn't voted down the extra gritter we wouldn't be a route short now, and folk should know that."), findings: error },
    { name: 'sarcastic praise of a coalition', draft: memberToResident('Magnificent work from the Unionist coalition yet again: cut the lollipop man and call it efficiency.'), findings: warning },
    { name: 'an officer printing "please vote for…"', draft: officerToMember('The leaflet reads: If you are a voter in the ward, please vote for Dan Irlam.'), findings: error },
    { name: 'a party only interested in the better-off', draft: memberToResident('Just like their government, the Conservative councillors are only interested in looking after the better-off.'), findings: warning },
    { name: 'once we are running the place', draft: memberToResident("Once we're running the place after May that'll be one of the first things to change."), findings: warning },
    { name: 'publicity crediting the current leadership', draft: officerToMember('These homes are here because the current leadership made a promise to residents and kept it.'), findings: error },
    { name: 'an officer on a party turning a meeting into a rally', draft: officerToMember('Between ourselves, expect the Turquoise Army to turn it into a rally.'), findings: error },
    { name: 'faces in the paper, lower case on a phone', draft: memberToOfficer('can we get the play area story out before thurs, the tories will only try n call it in to get their faces in the mercury'), findings: warning },
    { name: 'blame put squarely on a party, in Welsh', draft: memberToResident("Dw i'n rhoi'r bai yn sgwâr ar y Torïaid \u2013 pedair blynedd ar ddeg o lymder."), findings: warning },
    { name: 'an officer on a Full Council decision', draft: officerToMember('On the premium Full Council agreed in March: off the record, I think members got this one wrong.'), findings: error },
    { name: 'sarcasm about a named group', draft: memberToOfficer('Not remotely surprised the Conservative group wants the Quarrendon site taken out of the plan.'), findings: warning },
  ],
});
