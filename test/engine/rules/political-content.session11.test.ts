// political-content on the long tail the development corpus still missed at the start of session 11: an officer
// comparing one party's record with "the rest of the chamber put together", a headline over the sentence that names
// the party ("PROMISES MADE, PROMISES KEPT" above "Greyfriars' Labour council…"), "for residents rather than for the
// few", one side's amendment "more sensible than what the administration pushed through", "they'll oppose anything",
// favours to "a division held by the ruling parties", and a verdict on "their sums" deep in a long sentence that named
// the party near its start — with the look-alikes each must not catch.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'a scheme that did more for tenants than anything else', draft: officerToMember('The boiler scheme has done more for tenants than anything else we funded this year.') },
    { name: 'a headline over a sentence that names no party', draft: officerToMember('PROMISES KEPT\n\nThe council promised 400 new homes by 2026 and handed over the last 38 this month.') },
    { name: 'a headline over an election result, with no verdict in it', draft: officerToMember('RESULTS\n\nLabour won 30 seats and the Conservatives 12.') },
    { name: 'one option more sensible than another', draft: officerToMember('Option B is a lot more sensible than the one in the draft, because it keeps the depot open.') },
    { name: 'residents who object to everything in the street', draft: memberToOfficer('Two residents object to everything on this street, so expect a letter.') },
    { name: 'their report, far from the party named at the start', draft: officerToMember('Labour asked for the figures on Monday at the meeting with the finance team, the auditors and the two external advisers from the county, and on Friday the auditors wrote that their last report was a disgrace.') },
  ],
  invalid: [
    { name: 'an officer: one party has done more than the rest of the chamber', draft: officerToMember('Between ourselves, the Labour group has done more for disabled tenants in the last four years than the rest of the chamber put together.'), findings: error },
    { name: 'an officer: a headline crediting the party named under it', draft: officerToMember('PROMISES MADE, PROMISES KEPT\n412 new council homes and counting\n\nWhen the Labour council was re-elected in 2026, it promised residents 400 new council homes.'), findings: error },
    { name: 'an officer: run for residents rather than for the few since the ruling group took charge', draft: officerToMember('Since the new ruling group took charge, the county is finally being run for residents rather than for the few.'), findings: error },
    { name: 'an officer: your group\u2019s amendment more sensible than the administration\u2019s', draft: officerToMember("Strictly between us, your group's amendment was a lot more sensible than what the administration pushed through on the night."), findings: error },
    { name: 'a member: the Greens will oppose anything with a roof', draft: memberToOfficer("I'd expect an objection from the Greens, they'll oppose anything with a roof on it."), findings: warning },
    { name: 'a member: schemes land in divisions held by the ruling parties', draft: memberToOfficer('Why is it that every new cycle scheme lands in a division held by the ruling parties while Saxton gets a shrug?'), findings: warning },
    { name: 'a member: their sums are fantasy economics, far into a long sentence', draft: memberToOfficer("I'm asking because the Nats' amendment claims they can freeze the tax and scrap the permit without touching reserves, and I'd like to show the chamber on Thursday that their sums are fantasy economics."), findings: warning },
  ],
});
