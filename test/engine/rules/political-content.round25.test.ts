// political-content on the kinds round 25's unseen councils wrote (a Labour metropolitan borough, a Scottish SNP
// minority, a bilingual Welsh county, a Conservative district's real text): selection without the word ("who goes
// forward where in May", "choosing who stands"), a whip without the word ("all of us voting the same way"), Scots
// STV ("a wee number 1 for me"), "don't forget Thursday… 31 votes in it", an officer's "a few votes for you come May",
// "the chamber could do with a few more Tories", "our group's amendment", "if the coalition had listened", "paying
// for the last administration's rent freeze", a "Nat budget", "Red Tories", the "promoted-by line", a pledge card, an
// officer siding against last year's budget — and the look-alikes: "Labour-wise", party membership that "plays no
// part", a community council's hustings for every candidate, an officer who "cannot help" with leaflets, a group line
// quoted only to say it was left out, a briefing offered to every group "as usual", "in practice" after guidance,
// "members outside the administration".
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'Labour-wise: staffing', draft: officerToMember('Labour-wise, the new rounds need two fewer crews and those staff move across to food waste, so no job losses.') },
    { name: 'party membership plays no part', draft: officerToMember("Planning applications are decided on planning grounds, and councillors' party membership plays no part in the assessment.") },
    { name: 'a community council\u2019s hustings for every candidate', draft: officerToMember("I'm pleased to confirm the let of the main hall on 22 April for the community council's candidates' hustings. The community council is inviting every candidate standing in the ward.") },
    { name: 'officers cannot help with leaflets', draft: officerToMember('During the period officers cannot help with campaign material, canvass returns or leaflets, and cannot attend party events.') },
    { name: 'a group line quoted only to say it was left out', draft: officerToMember('I\u2019ve left out the line from the Labour group\u2019s own release ("keeping our promise on food waste") \u2013 we can\u2019t carry group lines in a council release.') },
    { name: 'a briefing offered to every group, as usual', draft: officerToMember('As usual, the same briefing has been offered to the Liberal Democrat, Green and Labour groups and to Cllr Stroud.') },
    { name: 'in practice, after guidance that forbids', draft: officerToMember('Your council e-mail must never be used for electioneering or party business. In practice: no campaign material, canvassing rotas, leaflet drafts or party fundraising on council e-mail.') },
    { name: 'members outside the administration', draft: memberToOfficer('I think the Leader needs to know this is how members outside the administration feel about the hostel contract.') },
    { name: 'a board deciding who stands down', draft: officerToMember('The trust board will decide who stands down at the AGM in June.') },
    { name: 'paying for the old depot roof', draft: officerToMember('The administration confirmed the grant is paying for the old depot roof and the new gates.') },
    { name: 'an officer: the youth council asks young people to get out and vote', draft: officerToMember('The youth council wants young people to get out and vote in the youth parliament elections.') },
    { name: 'bowling greens, in lower case, counted', draft: officerToMember('The bowls club has two more greens to reseed, and both were a disgrace after the flood.') },
    { name: 'an officer\'s aside that reports a group\'s request', draft: officerToMember('Between us, the Conservative group has also asked for a briefing on Monday.') },
    { name: 'an officer without an aside: your group\'s approach is sensible (ordinary advice)', draft: officerToMember("Your group's approach to the consultation is sensible and the timetable works.") },
    { name: 'residents asked whether the door-knockers were the election lot (the registration canvass)', draft: memberToOfficer('Folk have asked me whether the people knocking doors last week were from the council or "the election lot". I told them it will be the registration canvass.') },
    { name: 'Nat as a first name', draft: memberToOfficer('Nat from the library said the new opening hours start on Monday.') },
  ],
  invalid: [
    { name: 'selection in a branch\u2019s words', draft: memberToOfficer('Branch exec meets on the 14th to sign off who goes forward where in May.'), findings: warning },
    { name: 'choosing who stands at an association AGM', draft: memberToOfficer("It's for our association AGM \u2013 we'll be choosing who stands in Bryn-glas and Porthwen in May."), findings: warning },
    { name: 'a whip without the word', draft: memberToOfficer('As agreed at group, we need all eight of us in the chamber and voting the same way or the whole thing falls.'), findings: warning },
    { name: 'Scots STV: a wee number 1 for me', draft: memberToOfficer('Mind and get out and vote on Thursday - and a wee number 1 for me wouldnae go amiss!'), findings: warning },
    { name: 'votes in it last time', draft: memberToOfficer('It was 31 votes in it up here last time, so every one of you that turns out counts!'), findings: warning },
    { name: 'an officer: a few votes for you come May', draft: officerToMember("Keep it up and there'll be a few votes for you in our mess room come May!"), findings: error },
    { name: 'an officer: the chamber could do with a few more Tories', draft: officerToMember('Between us, the chamber could do with a few more Tories in it!'), findings: error },
    { name: 'a member: it was our group\u2019s amendment', draft: memberToOfficer("It was our group's amendment at the budget meeting that found the \u00a340,000 for this."), findings: warning },
    { name: 'an officer: if the coalition had listened to you', draft: officerToMember('If the coalition had listened to you lot last February we would not be filling the same holes three times a year.'), findings: error },
    { name: 'an officer minutes the group\u2019s press line', draft: officerToMember("Isla to take the lead for the group in the press, with the line that tenants are paying for the last administration's rent freeze."), findings: error },
    { name: 'a Nat budget on money that does not exist', draft: memberToOfficer("Mind you, a Nat budget balanced on money that doesn't exist would hardly be a first."), findings: warning },
    { name: 'the Red Tories\u2019 amendment', draft: memberToOfficer("The Red Tories' amendment is a shambles."), findings: warning },
    { name: 'a councillor\u2019s promoted-by line', draft: memberToOfficer("It's my annual report to residents. I've put the promoted-by line at the bottom this year."), findings: warning },
    { name: 'an officer prints the candidates\u2019 pledge card', draft: officerToMember("I'll print 80 copies of the candidates' pledge card on the colour machine on Thursday."), findings: error },
    { name: 'an officer sides against last year\u2019s budget', draft: officerToMember("If the prevention fund hadn't been cut by a third in last year's budget we would not be in this position."), findings: error },
    { name: 'an officer: a few more Greens (a party counted, without "the")', draft: officerToMember('Between us, the chamber could do with a few more Greens in it!'), findings: error },
    { name: 'Welsh: a Full Council policy pushed through by a majority, the stupidest thing', draft: memberToOfficer("Penderfyniad y Cyngor llawn ym mis Hydref oedd un o'r pethau mwya hurt i mi ei weld — polisi wedi'i wthio drwodd gan fwyafrif sydd heb syniad."), findings: warning },
    { name: 'an officer\'s aside: your group\'s approach is more sensible', draft: officerToMember("Between us, your group's approach is much more sensible."), findings: error },
    { name: 'an officer\'s aside: the administration got this badly wrong', draft: officerToMember("For what it's worth, I think the administration got this badly wrong."), findings: error },
    { name: 'a councillor knocking doors for May in a message that names the registration canvass', draft: memberToOfficer("Thanks for the registration canvass figures. If any of our lot want to stay on after the litter pick we can knock doors on Canal Side for May."), findings: warning },
    { name: 'Plaid and Labour carved up the money', draft: memberToOfficer('Plaid and Labour carved up the highways capital money between their own town wards and the hill roads got the crumbs, as usual.'), findings: warning },
  ],
});
