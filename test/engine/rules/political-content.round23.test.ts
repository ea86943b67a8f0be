// political-content on the kinds round 23's unseen councils wrote (a Reform-opposed metropolitan borough,
// a Labour-run London borough, a Plaid–Independent Welsh county borough): "the greens can moan all they
// like" in lower case, the Welsh nickname "toris", credit claimed "just so the record is straight", "Don't
// bother costing it – once we run this council…" (a dash ends what the opening forbids), an officer's
// "please give him your vote on polling day" — and the look-alikes: bowling greens that are cut, a Welsh
// minute of what the Conservatives asked for, guidance whose dash lists what is forbidden.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'the bowling greens, cut and waterlogged', draft: memberToOfficer('the greens have been cut twice this month and the greens can get waterlogged by the river, so can the contractor come back?') },
    { name: 'a Welsh minute: the Conservatives asked for an assessment', draft: officerToMember("Gofynnodd y Ceidwadwyr am asesiad effaith ar drafnidiaeth i'r ysgol. Cytunwyd i ofyn i'r swyddogion baratoi un.") },
    { name: 'guidance whose dash lists what is forbidden', draft: officerToMember("Don't use your council account for anything to do with your campaign \u2013 no canvassing arrangements, \"vote for me\" messages or fundraising appeals.") },
    { name: 'setting the record straight about the bins, no party', draft: memberToOfficer('Just so the record is straight: the bins on Mill Lane were collected on Tuesday, not left for a week.') },
    { name: 'a vote for a favourite design', draft: officerToMember('Please give us your views on the three designs, and vote for your favourite at the library.') },
    { name: 'a dash after a prohibition, then a council plan', draft: memberToOfficer("Don't bother costing the alternative for now \u2013 once the review is done in May that reserve goes to youth services.") },
  ],
  invalid: [
    { name: 'the greens can moan, in lower case', draft: memberToOfficer("Great, thanks. the greens can moan all they like, they've had four years to come up with something better and haven't."), findings: warning },
    { name: 'the Welsh nickname "toris", in lower case', draft: memberToOfficer("diolch. deng mlynedd o'r toris yn san steffan a dyma'r canlyniad, dim t\u0177 cymdeithasol ar \u00f4l i neb."), findings: warning },
    { name: 'credit claimed to set the record straight', draft: memberToOfficer("Just so the record is straight: it was our group's amendment in February that got the bulky waste charge halved, not a sudden change of heart in the cabinet."), findings: warning },
    { name: 'a prohibition, a dash, then once we run this council', draft: memberToOfficer("Don't bother costing the alternative for now \u2013 once we run this council after May that reserve goes straight back into youth services."), findings: warning },
    { name: 'an officer asking colleagues to vote for her father', draft: officerToMember('My dad is standing for the council in May, so if any of you live over that way please give him your vote on polling day.'), findings: error },
  ],
});
