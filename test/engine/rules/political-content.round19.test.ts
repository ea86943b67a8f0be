// political-content on the kinds round 19's unseen councils wrote (a Labour-run metropolitan borough
// with Reform in opposition, a Welsh Independent–Plaid coalition, a Conservative county's real text):
// "the indies" in lower case, "since the blues took over", an officer's "you've got my X", "it has done
// exactly that – a far cry from…", "instead of hiding behind their cabinet", "your party" credited,
// a leaflet the branch "puts through doors" — and the look-alikes: "you lot" for a team, "Leader of the
// Opposition" as a title, a guidance subject line about whipping.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { memberToOfficer, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: '"you lot" for the officer\u2019s team', draft: memberToOfficer('It\u2019s my mistake and I\u2019m not having you lot take the flak for it.') },
    { name: '"Leader of the Opposition" as a title', draft: aDraft().from(cllr.carver).to(officer.noor).body(letter('Hi Fatima,', ['Thanks for the figures.'], 'Hugh', ['Cllr Hugh Carver', 'Leader of the Conservative Group and Leader of the Opposition'])).build() },
    { name: 'a guidance subject line about whipping', draft: aDraft().from(officer.noor).to(cllr.rahman).subject('Planning Committee - reminder on predetermination and whipping')
      .body(letter('Dear Members,', ['Planning decisions are quasi-judicial and must not be subject to a party whip.'], 'Kind regards,', ['Fatima Noor'])).build() },
    { name: 'a far cry from last year, of the figures', draft: officerToMember('This year\u2019s recycling rate is a far cry from last year\u2019s, thanks to the new food waste bins.') },
    { name: 'we could do without the rain', draft: officerToMember('We could really do without the rain on Saturday for the park fun day.') },
    { name: 'a polling station notice from Electoral Services', draft: officerToMember('The polling station at Linnbank school will open at 7am, and the committee rooms upstairs are booked for the count staff.') },
    { name: 'the blues festival, not a party', draft: officerToMember('Since the blues festival came to the park, footfall in the high street has doubled.') },
  ],
  invalid: [
    { name: 'the indies, in lower case', draft: memberToOfficer('the indies have had this county for years and still can\u2019t grit a hill'), findings: warning },
    { name: 'since the blues took over', draft: memberToOfficer('Recycling has slid since the blues took over County Hall, and their record on this is shameful.'), findings: warning },
    { name: 'an officer telling a councillor she has his vote', draft: officerToMember('Filled my postal vote in last night and you\u2019ve got my X, so fingers crossed for you.'), findings: error },
    { name: 'an officer\u2019s newsletter crediting the administration', draft: officerToMember('When the current administration took control it promised new play areas, and it has done exactly that.'), findings: error },
    { name: 'a telling and knock-up rota for polling day', draft: aDraft().from(cllr.carver).to(cllr.price).body('Are you free on the 6th? Need someone outside Linnbank polling station 7-10am telling, then a couple of bodies on the knock-up from 4pm.\n\nSent from my iPhone').build(), findings: warning },
    { name: 'an officer wishing the other side fewer seats', draft: officerToMember("Oh and good luck on the 6th! We could really do without Farage's lot getting any more seats in that chamber."), findings: error },
    { name: 'a party hiding behind its cabinet', draft: memberToOfficer('It\u2019s about time the Tory benches stood up and voted on this in public instead of hiding behind their cabinet.'), findings: warning },
  ],
});
