// political-content on the kinds round 29's unseen councils wrote (a Lib Dem fenland district, a bilingual Labour
// county borough, a Scottish city, a Conservative county's real text): the whip without the word ("agree how we're
// voting… nobody goes off on a frolic"), selection in a branch's words ("on the slate", "someone adopted", "full
// selection", "re-adopted", Welsh "cyfarfod dethol"), a canvass rota ("rota for the doors", "marked-up sheets", "our
// second name"), "since we took over", an officer's aside that a budget was "pure fantasy" or an amendment "the sensible
// one" (an aside is a view, whatever business it names), "serve them right", "labour's mess", "Llanwennog Labour gets
// things done" (a party after the council's own name), a Full Council decision that "turned its back on" the valleys, a
// group statement to go out "under our name with the council logo", holding an announcement "until our MS can", "in May
// you'll have the chance to change that", "since the Tories took control"; and the look-alikes: "the administration's
// proposals" as a label, the registration canvassers' ID "with the Council logo", a Legion branch AGM, a reply asking for
// a post along the lines of the writer's own words (a proposal, not a report).
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'the administration\u2019s proposals as a label of business', draft: memberToOfficer("Could Finance cost these on the same basis as the figures prepared for the administration's proposals?") },
    { name: 'the registration canvassers carry ID with the Council logo', draft: officerToMember('All canvassers carry a photo ID card with the Council logo and will never ask for money.') },
    { name: 'the Legion branch AGM', draft: memberToResident("I was pleased to read that the Legion's branch AGM and the veterans' tea will follow in the afternoon.") },
    { name: 'an officer\u2019s plain business note on an amendment', draft: officerToMember("Your group's amendment has gone to the Section 151 Officer for the robustness check and will be published with the agenda.") },
    { name: 'the pothole budget cut, said of no party', draft: memberToResident('The road budget has been cut year after year, and I have asked the Highways team for the figures.') },
    { name: 'the slate roof', draft: officerToMember('The builders found two loose tiles on the slate roof of the library and will fix them on Monday.') },
    { name: 'the cooks adopted a new menu', draft: officerToMember('The school kitchen has had a new menu adopted by the governors from September.') },
    { name: 'a frolic of his own (the law of agency)', draft: officerToMember('Legal advise that the driver was not on a frolic of his own, so the insurer will cover the claim.') },
  ],
  invalid: [
    { name: 'agree how we\u2019re voting, nobody off on a frolic', draft: memberToOfficer("Could you book Committee Room 1? Helen wants the whole group in so we can agree how we're voting on each amendment and make sure nobody goes off on a frolic of their own."), findings: error },
    { name: 'a vacancy on the slate, someone adopted', draft: memberToResident("We've had three applications for the Gorefield vacancy on the slate, and I want someone adopted before the spring leaflet."), findings: warning },
    { name: 'a canvass rota for the doors', draft: memberToResident('Rota for the doors this weekend is attached; bring the marked-up sheets back to me on Sunday night.'), findings: warning },
    { name: 'the spring newsletter on what we\u2019ve delivered since we took over', draft: memberToOfficer("Could you run your eye over the newsletter? I want the page on what we've delivered since we took over to really sing."), findings: error },
    { name: 'an officer\u2019s aside: pure fantasy', draft: officerToMember("For what it's worth, I thought the opposition's alternative budget was pure fantasy and you were quite right to bin it."), findings: error },
    { name: 'an officer\u2019s aside: your group\u2019s amendment was the sensible one', draft: officerToMember("Off the record, I thought your group's amendment was the sensible one and it's a shame the other side voted it down."), findings: error },
    { name: 'an officer: it would serve them right', draft: officerToMember("Just between us, I think it's a far better budget than the one the administration has put forward - it would serve them right."), findings: error },
    { name: 'labour\u2019s mess, in lower case', draft: memberToOfficer("Its labour's mess, they've had this portfolio for ten years and the list has doubled."), findings: warning },
    { name: 'a Full Council decision that turned its back on the valleys', draft: memberToOfficer("Full Council's decision to close the small schools was wrong. It has turned its back on the valleys, and people will remember that."), findings: warning },
    { name: 'a group statement to go out under our name with the council logo', draft: memberToOfficer("It's the group's response to the budget, so it wants to go out under our name with the council logo. Can you send it to the Gazette?"), findings: error },
    { name: 'hold the announcement until our MS can come', draft: memberToOfficer("Can we hold the announcement until our MS can come down and do it with me? I want it landing as our good news story ahead of May."), findings: [...error, ...error] },
    { name: 'in May you\u2019ll have the chance to change that', draft: memberToResident("The honest truth is that since the Tories took control the road budget has been cut, and in May you'll have the chance to change that."), findings: warning },
    { name: 'Welsh: good luck at the selection meeting', draft: officerToMember("Pob lwc nos Iau yn y cyfarfod dethol – croesi bysedd y cewch chi'ch dewis eto!"), findings: error },
  ],
});
