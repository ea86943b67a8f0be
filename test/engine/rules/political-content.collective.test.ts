// political-content on groups of politicians named by what they hold, not by party ("the crowd
// who've run this place for decades", "the ruling parties", "the ones across the chamber"), and on
// a party reported doing formal business in its own clause, not somewhere else in the sentence.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToOfficer = (sentence: string) => aDraft().from(cllr.carver).to(officer.noor)
  .body(letter('Hi Fatima,', ['Thanks for the note about the play area.', sentence], 'Cheers,', ['Hugh'])).build();
const memberToResident = (sentence: string) => aDraft().from(cllr.carver).to(resident.gmail)
  .body(letter('Dear Pat,', ['As one of your ward councillors, thank you for writing about the footpath.', sentence], 'Best wishes,', ['Hugh Carver'])).build();
const officerToMember = (sentence: string) => aDraft().from(officer.noor).to(cllr.rahman)
  .body(letter('Dear Cllr Rahman,', ['The revised timetable is attached.', sentence], 'Kind regards,', ['Fatima Noor', 'Waste Services Manager'])).build();

ruleTester.run(politicalContent, {
  valid: [
    // The same nouns in everyday senses.
    { name: 'the people who run the leisure centre', draft: memberToOfficer('Could you put me in touch with the people who run the leisure centre?') },
    { name: 'a lot of residents', draft: memberToOfficer('A lot of residents have asked about the new crossing.') },
    { name: 'the other side of the road', draft: memberToOfficer('The other side of the road floods every winter.') },
    { name: 'the crowd at the gala', draft: memberToOfficer('The crowd at the gala was the biggest in years.') },
    { name: 'the team who run the council tax helpline', draft: memberToOfficer('The team who run the council tax helpline were brilliant with her.') },
    { name: 'the same people who came last year', draft: memberToResident('It is the same people who came to the litter pick last year.') },
    { name: 'the group that runs the community centre', draft: memberToResident('The group that runs the community centre meets on Tuesdays.') },
    { name: 'the ones on Mill Lane', draft: memberToOfficer('The ones on Mill Lane are still waiting for their new bins.') },
    { name: 'a bunch of flowers from the crew', draft: memberToOfficer('The crew left a bunch of flowers for the caretaker.') },
    { name: 'an officer names the ruling group as fact', draft: officerToMember('The ruling group has nominated Cllr Shah to the Fire Authority.') },
    { name: 'a committee chair who runs the meeting', draft: memberToOfficer('Whoever chairs it, the people who run the meeting need the papers by Friday.') },
    // A party doing formal business in its own clause.
    { name: 'a party formally asks for a call-in', draft: memberToOfficer('Plaid Cymru have formally asked for the decision to be called in.') },
    { name: 'a party voted against, reported', draft: memberToResident('Labour voted against the amendment at last night’s meeting.') },
    { name: 'one councillor each from the parties', draft: officerToMember('The panel will have one councillor each from Labour, the Greens and Reform UK.') },
    { name: 'places counted in words', draft: officerToMember('That gives three Conservative places and one Labour place on the committee.') },
  ],
  invalid: [
    // A crowd tied to power by a relative clause.
    { name: 'the crowd who have run the council for years', draft: memberToOfficer('The crowd who have run the council for twenty years will never fix this.'), findings: [{ severity: 'warning' }] },
    { name: 'the lot that has this place stitched up', draft: memberToResident('Nothing changes while the lot that has this place stitched up stays put.'), findings: [{ severity: 'warning' }] },
    { name: 'the gang in charge', draft: memberToOfficer('I suppose the gang who are in charge at the Civic Centre will say it is too expensive.'), findings: [{ severity: 'warning' }] },
    // Where the group sits.
    { name: 'the usual faces across the chamber', draft: memberToOfficer('Expect the usual suspects across the chamber to call it a cut.'), findings: [{ severity: 'warning' }] },
    { name: 'that side of the chamber', draft: memberToResident('Same old excuses from that side of the chamber, I am afraid.'), findings: [{ severity: 'warning' }] },
    // A qualifier of power before the noun.
    { name: 'the governing parties', draft: memberToOfficer('The governing parties have parked every scheme for our end of town.'), findings: [{ severity: 'warning' }] },
    { name: 'the current crowd', draft: memberToResident('The current crowd will take the credit for it anyway.'), findings: [{ severity: 'warning' }] },
    // Welsh: the adjective follows.
    { name: 'Welsh: the present administration credited by an officer', draft: officerToMember("Diolch i'r weinyddiaeth bresennol, mae'r ysgol newydd ar agor o'r diwedd."), findings: [{ severity: 'error' }] },
    { name: 'Welsh: the crew that runs the council', draft: memberToOfficer("Dyw'r criw sy'n rheoli'r cyngor ddim yn gwrando ar neb yn y cwm."), findings: [{ severity: 'warning' }] },
    // Formal words elsewhere in the sentence do not excuse the party acting.
    { name: 'a party acts; a vote is another clause', draft: memberToOfficer('The Greens will be thrilled either way – anything with a cycle lane gets their vote.'), findings: [{ severity: 'warning' }] },
    { name: 'a party acts; "asked" is far away', draft: memberToResident('The Lib Dems will find a way to spend the money on a scheme that nobody in this ward ever asked for.'), findings: [{ severity: 'warning' }] },
  ],
});
