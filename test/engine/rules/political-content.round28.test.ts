// political-content on the kinds round 28's unseen councils wrote (a Reform-run coastal unitary, a Welsh county writing
// mostly in Welsh, an Independent-led Highland council, a London borough's real text): blame and credit without a stock
// phrase ("years of drift under the previous administration… long may it continue", "cares more about which flags…",
// "this is what you get when the turquoise franchise runs a council", "the Reformers", "have both ignored towns like
// ours", "tried to scrap", "for no better reason than that it came from your side", "a welcome change from the fare rises
// imposed under the previous administration"); a vote declared or asked for ("I know which way I'll be voting", "back me
// again on 6 May", Welsh "fy fôt i'n mynd i'ch criw chi"); the whip without the word ("wants us all voting the same way…
// no freelancing"); a party's rally; "typical labour," in lower case; Welsh asides, selection, campaign doors, the old
// administration; and the look-alikes: Welsh chapels and halls named after denominations ("Capel yr Annibynwyr", "Neuadd
// y Rhyddfrydwyr"), a councillor passing on a resident's words and distancing himself, a statement of persons
// nominated pasted as a table, an officer's refusal that goes on "That includes…", "typical plaid shirt".
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'Capel yr Annibynwyr (a chapel, not the Independents)', draft: officerToMember("Diolch am eich e-bost ynglŷn â'r cais i droi hen Gapel yr Annibynwyr ar Heol y Bont yn dair fflat.") },
    { name: 'Neuadd y Rhyddfrydwyr (a listed hall)', draft: officerToMember("Mae hen Neuadd y Rhyddfrydwyr drws nesaf yn adeilad rhestredig Gradd II.") },
    { name: 'Undeb yr Annibynwyr Cymraeg (a denomination)', draft: memberToResident("Pob lwc efo cymanfa Undeb yr Annibynwyr Cymraeg ym mis Mehefin.") },
    { name: 'a councillor passes on a resident\u2019s words and distances himself', draft: memberToResident('One gentleman told me, in so many words, that "the Labour lot at the Town Hall couldn\u2019t care less about the village". I don\u2019t share that view and told him so.') },
    { name: 'a resident\u2019s words marked as hers', draft: memberToOfficer('Mrs Cole said, and these are her words, that she is "never voting Green again" after the bin changes.') },
    { name: 'a statement of persons nominated pasted as a table', draft: officerToMember('ADEBAYO Grace Temitope | address in the London Borough of Thameswick | Labour Party') },
    { name: 'an officer\u2019s refusal goes on to list what the rule covers', draft: officerToMember("Under paragraph 14.3 of the Member/Officer Protocol, officers can't provide support for party business. That includes proofreading a party leaflet and booking rooms for a party branch meeting.") },
    { name: 'typical plaid shirt', draft: memberToResident('He was wearing a typical plaid shirt and walking boots, the neighbours said.') },
    { name: 'the committee cares more about detail', draft: officerToMember('The planning committee cares more about the design of the frontage than the parking, in my experience.') },
    { name: 'I know which way the vote went at committee', draft: officerToMember('I know which way the vote went at committee; the minutes will be out on Friday.') },
    { name: 'a reply slip asking residents to back a lottery bid', draft: officerToMember('The reply slip asks residents to back the bid for lottery funding for the play area.') },
    { name: 'a welcome change from the weather', draft: officerToMember('The dry spell has been a welcome change from the flooding, and the crews have caught up.') },
    { name: 'the final push on the accounts', draft: officerToMember('We are on the final push to close the accounts before the audit starts.') },
  ],
  invalid: [
    { name: 'an officer: years of drift under the previous administration', draft: officerToMember('Years of drift under the previous administration, and your group has got it moving in six months - long may it continue!'), findings: error },
    { name: 'an officer\u2019s aside: cares more about flags; knows how they will vote', draft: officerToMember("Between you and me, this administration cares more about which flags are flying on the town hall than whether your bins get emptied, and I know which way I'll be voting next time."), findings: error },
    { name: 'the turquoise franchise', draft: memberToOfficer('This is what you get when the turquoise franchise runs a council - slogans for the cameras and no inspectors.'), findings: warning },
    { name: 'the Tories think it is a woke conspiracy', draft: memberToOfficer('Net zero was dropped because the Tories think climate change is a woke conspiracy.'), findings: warning },
    { name: 'the whip without the word', draft: memberToOfficer("Don't forget group at 6. The leader wants us all voting the same way on the motion, no freelancing this time."), findings: warning },
    { name: 'speaking at the party\u2019s rally', draft: memberToOfficer("I'm speaking at the party's East Coast rally on Saturday and I want the members to see what a council run by us looks like."), findings: warning },
    { name: 'both parties ignored towns like ours', draft: memberToResident('Frankly, the Conservatives who signed these contracts and the Labour government that kept them going have both ignored towns like ours.'), findings: warning },
    { name: 'typical labour, in lower case', draft: memberToOfficer('Residents are livid. typical labour, find a new way to tax people then spend it on pet projects.'), findings: warning },
    { name: 'unlike the opposition, who tried to scrap the fund', draft: memberToResident('This is exactly what a Labour council should be backing - unlike the opposition, who tried to scrap the community events fund in their budget amendment.'), findings: warning },
    { name: 'back me again on 6 May', draft: memberToOfficer("Could you run off 250 copies? It's my spring update for the doors with a reply slip asking folk to back me again on 6 May."), findings: error },
    { name: 'an officer: no better reason than that it came from your side', draft: officerToMember("For what it's worth, if the Independents vote it down it will be for no better reason than that it came from your side."), findings: error },
    { name: 'a bulletin credits the administration\u2019s promise', draft: officerToMember('The freeze delivers the administration\u2019s promise to islanders and makes a welcome change from the fare rises imposed under the previous administration.'), findings: error },
    { name: 'Welsh: an officer\u2019s aside declaring his vote', draft: officerToMember("Rhwng ti a fi, mae'r Cabinet wedi gwneud smonach llwyr o hyn. Pan ddaw mis Mai, mi fydd fy fôt i'n mynd i'ch criw chi."), findings: error },
    { name: 'Welsh: the old administration\u2019s legacy, before we took the reins', draft: memberToOfficer("Dyma etifeddiaeth yr hen weinyddiaeth unwaith eto – deng mlynedd o adael i'r stoc dai bydru cyn i ni gymryd yr awenau."), findings: warning },
    { name: 'Welsh: a newsletter through every door before the election', draft: memberToOfficer("Allet ti gael golwg sydyn dros y cylchlythyr? Mae'n mynd drwy bob drws yn y dre cyn yr etholiad."), findings: [...error, ...error] },
    { name: 'an officer builds a campaign rota', draft: officerToMember("I've put everyone's names into the spreadsheet for your campaign team, and left the last weekend before polling day for the final push."), findings: error },
  ],
});
