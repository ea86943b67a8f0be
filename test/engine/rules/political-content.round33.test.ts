// political-content on round 33's unseen councils (an English borough's partnership, a bilingual mid Wales county, a
// Labour unitary's real text), scored P 58/58, R 58/61 on first sight: the three misses were a coalition by its
// colours joined with "and" ("the red-and-yellow coalition couldn't organise a raffle in a tombola factory"), "this
// shower", and a party's record judged as "a gap between rhetoric and results" — "results" there a record's, not an
// election's. Look-alikes: election results, the red and blue bins, an event anyone "couldn't organise" without a group.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'election results as fact', draft: officerToMember('The results for the Harlow Moor by-election were declared at 2am: Labour 1,204, Reform UK 1,116.') },
    { name: 'the red and blue bins', draft: memberToResident('The red and blue bins go out on alternate weeks from Monday.') },
    { name: 'a hall that could not organise a fete', draft: memberToResident("The hall committee couldn't organise the fete this year because of the roof.") },
    { name: 'a shower block', draft: officerToMember('This shower block at the leisure centre will be closed for repairs until March.') },
  ],
  invalid: [
    { name: 'a coalition by its colours, joined with and', draft: memberToOfficer("The red-and-yellow coalition couldn't organise a raffle in a tombola factory."), findings: warning },
    { name: 'typical of this shower', draft: memberToOfficer('Nobody told the ward members until it was on Facebook. Typical of this shower.'), findings: warning },
    { name: 'a gap between rhetoric and results', draft: memberToResident("The Reform group's first months reveal a gap between rhetoric and results."), findings: warning },
  ],
});
