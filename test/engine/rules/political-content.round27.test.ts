// political-content on the kinds round 27's unseen councils wrote (a Labour outer London borough, an SNP-minority
// Scottish council, a bilingual Plaid–Independent county borough, a Lib Dem district's real text): a resident's or
// caller's party words quoted in an officer's report (theirs, not the officer's); a council team's own door-knocking and
// a landlord ballot, in the body and in the subject; polling-day operations in the words of the jobs (tellers, promise
// sheets, lifts to the polls, "getting our vote out"); a party's sums that "don't add up"; an election motive imputed
// ("froze council tax… to win an election"); the seat of power by any name ("once we're running the town hall");
// a politics label with the body it runs ("typical socialist council") and a colour with a crowd noun ("the yellow
// lot… turfed out"); "tried to wreck"; "paying for their neglect" and "a relief to finally have a Cabinet that…";
// an officer's "help get you back in"; and a message to a party's own address (a CLP secretary) as a party audience.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { isPartyAddress } from '../../../src/engine/political/party-domain';
import { ruleTester } from '../../support/rule-tester';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr } from '../../support/people';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

const memberTo = (email: string, sentence: string) => aDraft().from(cllr.carver).to(email)
  .body(letter('Hi Sam,', [sentence], 'Hugh', [])).build();
const officerWithSubject = (subject: string, sentence: string) => ({ ...officerToMember(sentence), subject });

ruleTester.run(politicalContent, {
  valid: [
    // Reported speech: a third party's words, attributed, in an officer's report.
    { name: 'a caller\u2019s words quoted in a complaint review', draft: officerToMember('The caller said, in her words, that the rise was "the Greens bleeding pensioners dry again". Our adviser did not comment.') },
    { name: 'two tenants quoted at a meeting note', draft: officerToMember("One tenant said it was 'what you get for voting Labour' and another said 'the Tories never did anything either'. I said I could not comment on politics.") },
    { name: 'a complaint that ends with a voting remark', draft: officerToMember('Her complaint ends: "I won\u2019t be voting Labour again after this." The substance is the lift, and that is what the response will address.') },
    { name: 'a resident asked me to pass on her words', draft: officerToMember('Mrs Hale asked me to pass on, in her words, that she is "fed up with the Lib Dems and the lot of them". I said I would let you know.') },
    { name: 'a member of the public quoted', draft: officerToMember('A member of the public wrote that "the Conservatives have ruined the market", and the complaint has been logged.') },
    // A council team's own campaign, in the body and the subject.
    { name: 'the regeneration team door-knocking for a landlord ballot', draft: officerToMember('From Monday the regeneration team will be door-knocking every flat to explain the landlord ballot, and we\u2019ll do a leaflet drop on Saturday.') },
    { name: 'the subject "door-knocking and leaflet drop" over a council campaign', draft: officerWithSubject('Hollins Park: door-knocking and leaflet drop', 'The housing team will explain the estate ballot to every household and will not tell anyone how to vote.') },
    // Look-alikes of the polling-day and seat words.
    { name: 'counting assistants at the count', draft: officerToMember('The count starts at 10pm; counting assistants should arrive by 9.30pm with their badges.') },
    { name: 'the committee room booked for a hearing', draft: officerToMember('The committee room has been booked for the licensing hearing on Tuesday.') },
    { name: 'taking numbers for the consultation event', draft: officerToMember('Could the desk staff keep taking numbers for the consultation event so we know how many came?') },
    { name: 'the figures add up', draft: memberToOfficer('I have been through the budget paper and the figures add up; thank you for the clear tables.') },
    { name: 'a locksmith will help get you back in', draft: officerToMember('The locksmith will help get you back in the flat this afternoon.') },
    { name: 'a relief to finally have a date', draft: officerToMember("It's a real relief to finally have a date for the roof works.") },
    { name: 'the socialist history society', draft: officerToMember('The Socialist History Society has asked to use the library meeting room in June.') },
    { name: 'the green/brown bin rounds by ward', draft: officerToMember('The green/brown bin rounds in the northern wards move to Tuesdays from March.') },
    { name: 'an officer lists the wards on the route plan', draft: officerToMember('The priority routes cover the Lab Exchange wards first, as in the plan.') },
    { name: 'a customer pays for their mistakes in a form', draft: officerToMember('The applicant will not be paying for their mistakes on the form; we have corrected it.') },
  ],
  invalid: [
    // A councillor quoting a resident is not the officer's report: left to the rule as before.
    { name: 'a councillor borrowing a resident\u2019s words', draft: memberToResident('As one neighbour put it to me, "the Tories have ruined this town", and I agree with every word.'), findings: warning },
    // A politician's quoted words in an officer's draft release are the release's.
    { name: 'an officer’s release quoting the Leader', draft: officerToMember('The Leader said: "Only Labour has delivered for this borough, and the Tories have let residents down."'), findings: error },
    { name: 'an officer’s release quoting a councillor', draft: officerToMember('Councillor Asante said the scheme was "proof that Labour delivers while the Tories just talk".'), findings: error },
    // Polling-day operations.
    { name: 'short of tellers for the 6th, asked of an officer', draft: memberToOfficer("We're short of tellers for the 6th. Any chance you could do an hour outside the library polling station?"), findings: error },
    { name: 'getting our vote out on polling day', draft: memberToOfficer('Any chance you\u2019d give us a few hours getting our vote out round the estate on Thursday?'), findings: error },
    { name: 'lifts to the polls for supporters', draft: memberToResident('If you can drive elderly supporters to the polls on Thursday, tell me which hours.'), findings: warning },
    // Stances and references.
    { name: 'a party\u2019s sums do not add up', draft: memberToOfficer("I suspect the SNP's numbers simply don't add up, and I want to be able to show it."), findings: warning },
    { name: 'an election motive imputed to the previous administration', draft: memberToOfficer('The previous administration froze council tax four years running to win an election.'), findings: warning },
    { name: 'once we are running the town hall', draft: memberToOfficer("Once we're running the town hall after May this sort of thing won't happen."), findings: warning },
    { name: 'typical socialist council', draft: memberToOfficer('Typical socialist council - invent a new way to milk the motorist and call it air quality.'), findings: warning },
    { name: 'an officer: the yellow lot turfed out', draft: officerToMember("Personally I'll be cheering if the yellow lot finally get turfed out of the ward."), findings: error },
    { name: 'tried to wreck the budget', draft: memberToOfficer('The story is simple: a Green budget that the Tories and Labour both tried to wreck with their amendments.'), findings: warning },
    { name: 'an officer: paying for their neglect', draft: officerToMember('The previous administration let the maintenance budget run down for a decade, so we are paying for their neglect now.'), findings: error },
    { name: 'an officer: relief to finally have a Cabinet that…', draft: officerToMember("It's been a real relief to finally have a Cabinet that puts council housing first."), findings: error },
    { name: 'an officer: help get you back in', draft: officerToMember("If you're short of people to knock on doors next week I'm free Saturday - would be lovely to help get you back in!"), findings: error },
    { name: 'lab/green wards done first again', draft: memberToOfficer('is the gritter coming today or is it just the lab/green wards that get done first again'), findings: warning },
    // A party's own address is a party audience.
    { name: 'a branch-meeting agenda item sent to a CLP secretary', draft: memberTo('secretary@northwoldclp.org.uk', 'Can we get the closures on the agenda for Thursday\u2019s branch meeting so members are not blindsided?'), findings: warning },
  ],
});

describe('isPartyAddress', () => {
  test.each(['secretary@marlstoneclp.org.uk', 'office@haringeylabour.org', 'agent@northwoldlibdems.org.uk', 'info@plaid.cymru', 'hello@snp-glenkirk.scot'])('%s is a party address', (email) => {
    expect(isPartyAddress(email)).toBe(true);
  });
  test.each(['clerk@localhistories.org.uk', 'sales@tartanplaid.co.uk', 'info@villagegreens.org', 'pat.jones@gmail.com', 'a.person@northwold.gov.uk'])('%s is not', (email) => {
    expect(isPartyAddress(email)).toBe(false);
  });
});
