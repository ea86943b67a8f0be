// political-content on the kinds round 17's unseen councils wrote (an English district, a Scottish
// council, real council and party text): "LD-run", "people should know who delivered it", credit for
// what a party "went into the co-operation agreement to deliver", "out on the doors", a teller's
// shift at a polling place, a whips' voting sheet — and the look-alikes beside them: a table row
// ending on its figure, "X gain from Y" in an election notice, guidance that lists what it forbids
// in the same sentence, BBC ALBA, doors and windows, "telling me", "Dear Group Whips".
import { politicalContent } from '../../../src/engine/rules/political-content';
import { sampleDirectory } from '../../../src/sample-council';
import type { Directory } from '../../../src/engine';
import { ruleTester } from '../../support/rule-tester';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer } from '../../support/people';
import { memberToOfficer, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];
const memberToMember = (sentence: string) => aDraft().from(cllr.carver).to(cllr.price).body(`${sentence}\n\nSent from my iPhone`).build();

ruleTester.run(politicalContent, {
  valid: [
    { name: 'a table row that ends on its figure', draft: officerToMember('Current group strengths:\nLabour Group \u2013 30\nConservative (not in a group) \u2013 1') },
    { name: 'an election notice: one party gains from another', draft: officerToMember('Harbury East by-election, 5 November: Liberal Democrats gain from Conservative (vacancy caused by the resignation of the previous member).') },
    { name: 'guidance that lists what it forbids in the same sentence', draft: officerToMember('Council e-mail and the members\u2019 room printers must not be used for campaigning - that includes canvassing lists, leaflets or campaign meetings.') },
    { name: 'the joiners out on the doors and windows', draft: memberToOfficer('The joiners are out on the doors and windows at Birch Court this week.') },
    { name: 'telling me, not telling at a polling place', draft: memberToOfficer('She was telling me about the flooding at the school gates.') },
    { name: 'a crossing that will make a difference', draft: officerToMember('The new crossing will make a difference to pupils at Ferry Lane.') },
    { name: 'the whips addressed in a greeting', draft: aDraft().from(officer.noor).to(cllr.rahman).body(letter('Dear Group Whips,', ['The seat allocation paper for Annual Council is attached.'], 'Kind regards,', ['Fatima Noor'])).build() },
    { name: 'BBC ALBA, a broadcaster, in a council with an Alba member', draft: officerToMember('BBC ALBA have been in touch \u2013 they would like to interview a Gaelic-speaking councillor about the new Gaelic-medium class.'),
      context: { directory: withAlbaMember(sampleDirectory) } },
  ],
  invalid: [
    { name: 'an LD-run council, in a councillor\u2019s planning query', draft: memberToOfficer('People out here are sick of watching an LD-run council wave through executive homes on every green field it can find.'), findings: warning },
    // Said to the officer who writes the leaflet, it asks for party credit in Council publicity: an error.
    { name: 'people should know who delivered it', draft: memberToOfficer('Please keep the second paragraph as it is: people should know who delivered the freeze.'), findings: error },
    { name: 'what a party went into the agreement to deliver', draft: memberToOfficer('It\u2019s exactly what the Greens went into the co-operation agreement to deliver.'), findings: warning },
    { name: 'a party\u2019s councillors in the room make a difference', draft: memberToOfficer('It\u2019s the best argument yet that Green councillors in the room make a difference.'), findings: warning },
    // Asking an officer to prepare for the canvass is asking for party work: an error.
    { name: 'out on the doors, and a list asked for', draft: memberToOfficer('We\u2019re out on the doors round Whinfield Drive on Saturday morning, so could you pull together the open repairs for those streets?'), findings: error },
    { name: 'a teller\u2019s shift at a polling place', draft: memberToMember('any chance u could do 7-10am telling at keirfield hall on the 6th?'), findings: warning },
    { name: 'an officer circulating the whips\u2019 voting sheet', draft: aDraft().from(officer.noor).to(mailbox.labourGroup).body(letter('Dear Councillors,', ['Cllr Hebden has asked me to circulate the whips\u2019 voting sheet for Thursday.'], 'Kind regards,', ['Fatima Noor'])).build(), findings: error },
  ],
});

/** The sample council with one Alba member, so "Alba" is a party there. */
function withAlbaMember(directory: Directory): Directory {
  const [first] = directory.members;
  return { ...directory, members: [...directory.members, { ...first!, name: 'Morag Alba Test', email: 'morag.test@harburyvale.gov.uk', aliases: [], party: 'Alba Party', roles: [] }] };
}
