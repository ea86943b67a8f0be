// political-content on round 37's unseen councils (a Green–Labour cathedral city, a bilingual valleys county borough,
// a Scottish central-belt council, a north-west borough's real text), scored P 72/73, R 72/88 on first sight. Read
// in the session's last hour, by kind: one place moved by the balance formula is fact; an officer's "usual Greens
// virtue-signalling with no idea where the money comes from"; a Full Council policy called "a nonsense and a waste of
// money" that the councillor will tell "every constituent"; a group's own campaign and dues ("target wards", "subs are
// due"); "Lib Dums".
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'one place moved by the formula', draft: officerToMember('On the agreed formula this moves one place on the Licensing Committee from Labour to the Conservatives.') },
    { name: 'the usual greens, on a course', draft: officerToMember('The usual greens at the golf course are being re-turfed in March.') },
    { name: 'where the money comes from, explained', draft: officerToMember('The report sets out where the money comes from: reserves, grant and the capital receipt.') },
    { name: 'a nonsense figure corrected', draft: memberToOfficer('The figure in the parish newsletter is a nonsense - could you confirm the right one?') },
    { name: 'target dates', draft: officerToMember('The target dates for the ward boundary review are in the appendix.') },
    { name: 'a waste contract', draft: officerToMember('The waste of money on skips will stop once the new contract starts.') },
    { name: 'Electoral Services will not say who to vote for', draft: officerToMember('I cannot tell you who to vote for, but the candidates are listed on our website.') },
    { name: 'the Council’s campaign helped', draft: officerToMember('Thanks for sharing the recycling posters - it will help the campaign in the flats.') },
    { name: 'loose paving', draft: memberToOfficer('The paving on Mill Street is loose and the kerb stones too.') },
    { name: 'no whip on planning', draft: officerToMember('There is no whip on planning: each member decides on the merits.') },
  ],
  invalid: [
    { name: 'an officer: the usual Greens virtue-signalling', draft: officerToMember('Usual Greens virtue-signalling with no idea where the money comes from.'), findings: error },
    { name: 'a Full Council policy a nonsense, told to every constituent', draft: memberToResident("This whole policy that Full Council voted through is a nonsense, and I'll be telling every constituent who asks."), findings: warning },
    { name: 'target wards for May', draft: memberToOfficer('Next on the list is the May campaign: target wards and who is doing what.'), findings: warning },
    { name: 'subs are due', draft: memberToResident('Subs are due at the end of the month, Finn will chase.'), findings: warning },
    { name: 'Lib Dums', draft: memberToResident('Typical Lib Dums, wanting a review six months after they sat on their hands.'), findings: warning },
    { name: 'a card through each door so they know who to vote for', draft: memberToOfficer('We want to get a card through each door before May so they know who to vote for.'), findings: warning },
    { name: 'playing fast and loose', draft: memberToResident("It all amounts to Labour and the Greens playing fast and loose with taxpayers' money."), findings: warning },
    { name: 'our whip wants us voting against', draft: memberToOfficer('Yes I will sub for Peter. Our whip wants us all voting against the scheme anyway.'), findings: warning },
  ],
});
