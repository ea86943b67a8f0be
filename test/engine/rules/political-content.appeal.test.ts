// political-content on appeals and motives written in plain words: recruiting for a party, asking
// for votes for "my … team", imputing an electoral motive to the people running the council — and
// the reports, venues and Electoral Services mail that share the words.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToResident, officerToMember } from '../../support/one-sentence-drafts';


ruleTester.run(politicalContent, {
  valid: [
    { name: 'a defection reported as a fact', draft: officerToMember('Cllr Hale has left the Conservative group to join the Reform Party, so the committee places will be recalculated.') },
    { name: 'colleagues asked to vote for a recommendation', draft: memberToResident('I will vote for the officers’ recommendation at Planning Committee on Tuesday.') },
    { name: 'a party club as a licensed venue', draft: officerToMember('The application to vary the premises licence at the Oakfield Labour Club goes to a sub-committee hearing on 16 March.') },
    { name: 'a polling station at a club', draft: officerToMember('The Conservative Club on Mill Lane will be a polling station again this year.') },
    { name: 'an election due, said by Electoral Services', draft: officerToMember('We cannot confirm the hall booking until there is an election due.') },
    { name: 'the administration named in plain business', draft: officerToMember('The previous administration commissioned the stock condition survey in 2023.') },
  ],
  invalid: [
    { name: 'recruiting for a party', draft: memberToResident('Join the Green Party today and help us build a fairer town.'), findings: [{ severity: 'warning' }] },
    { name: 'votes asked for “my … team”', draft: memberToResident('I am writing to ask you to vote for my Conservative team in the local elections on 6 May.'), findings: [{ severity: 'warning' }] },
    { name: 'an electoral motive imputed by an officer', draft: officerToMember('Between ourselves, the previous administration was never keen on spending money on roofs unless there was an election coming.'), findings: [{ severity: 'error' }] },
    { name: 'a raffle at the party club', draft: memberToResident('Raffle tickets for Friday night at the Labour Club are £2 a strip.'), findings: [{ severity: 'warning' }] },
  ],
});
