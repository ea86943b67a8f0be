// officer-criticism on the kinds round 26's unseen councils wrote (Kettleby, English; Glenrothay, Scottish):
// nothing done, said with emphasis, after a hedge between commas ("…and has, as far as I can tell, done
// precisely nothing"); doubt that the officer knows what the job involves; a verdict put in onlookers' mouths
// ("I don't think anyone watching would have said she had a grip of the evening") — with their look-alikes.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToPress = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.journalist).body(letter('Sam,', paragraphs, 'Kamal', [])).build();
const memberToColleague = (text: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${text}\n\nKamal`).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'precisely nothing done by the contractor', draft: memberToPress(['The contractor was given the photographs in August and has, as far as I can tell, done precisely nothing with them. Tom Baines has now written to them.']) },
    { name: 'the officer has done precisely what was asked (praise)', draft: memberToPress(['Tom Baines was given the photographs in August and has, as far as I can tell, done precisely what residents asked.']) },
    { name: 'wondering whether the contractor knows what the job involves', draft: memberToColleague('Zoe Marsh met the contractor on Monday. I wonder whether the contractor knows what the job involves.') },
    { name: 'wondering whether she knows what time the meeting is (no doubt of the job)', draft: memberToColleague('Zoe Marsh is coming on Thursday. I wonder whether she knows what time the meeting starts.') },
    { name: 'onlookers\u2019 verdict on the service, not a person', draft: memberToColleague('Zoe Marsh ran the count. I don\u2019t think anyone watching would have said the venue was big enough.') },
  ],
  invalid: [
    { name: 'done precisely nothing, a hedge between commas after the name', draft: memberToPress(['Tom Baines was given photographs, dates and registrations in August and has, as far as I or anyone in the village can tell, done precisely nothing with them.']), findings: warning },
    { name: 'wondering whether she knows what the job involves', draft: memberToColleague('Zoe Marsh has told me twice it is on her list. No site visit, no photos. I\u2019m starting to wonder whether she knows what the job involves.'), findings: warning },
    { name: 'a verdict put in onlookers\u2019 mouths', draft: memberToColleague('At one point Zoe Marsh was asking count staff which van the boxes came in. I don\u2019t think anyone watching would have said she had a grip of the evening.'), findings: warning },
  ],
});
