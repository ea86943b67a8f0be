// officer-criticism on the kinds round 26's unseen councils wrote (Kettleby, English; Glenrothay, Scottish):
// nothing done, said with emphasis, after a hedge between commas ("…and has, as far as I can tell, done
// precisely nothing"); doubt that the officer knows what the job involves; a verdict put in onlookers' mouths
// ("I don't think anyone watching would have said she had a grip of the evening") — with their look-alikes.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
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
    { name: 'stopped believing the contractor\u2019s dates', draft: memberToColleague('Zoe Marsh sent the revised programme. The contractor has slipped three times and I\u2019ve stopped believing the dates they give.') },
    { name: 'a pleasant enough venue (faint praise of a thing)', draft: memberToPress(['Zoe Marsh showed us round the new hall. It is a pleasant enough building, and residents will like it.']) },
    { name: 'her best, sincerely', draft: memberToPress(['Zoe Marsh has done her best for the tenants, and I thank her for it.']) },
    { name: 'need to spell out, of the contractor', draft: memberToColleague('The contractor has missed the date again. I don\u2019t think I need to spell out what that means for the tenants.') },
    { name: 'sure the officer has it in hand (sincere)', draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).body(letter('Zoe,', ['I\u2019m sure you\u2019ll have it all in hand. Could you let me know the date of the next visit?'], 'Kamal', [])).build() },
    { name: 'an excuse granted (workload, stretched)', draft: memberToColleague('Mrs Gallacher has phoned Zoe Marsh six times and left messages. I know its workload, and she is stretched, but this is not good enough from her.') },
    { name: 'who sent it, then a contractor\u2019s failing', draft: memberToColleague("The pack for Tuesday's meeting arrived at seven on Friday. Zoe Marsh sent it out. The contractor's appendix is the wrong draft. Nobody seems to have looked at it. This is the third set this year.") },
    { name: 'who sent it, then nothing wrong with it', draft: memberToColleague("The pack for Tuesday's meeting arrived at seven on Friday. Zoe Marsh sent it out. Appendix C is the revised draft, and the annex is now on the website. This is the third set this year.") },
    { name: 'an answer that says nothing, from the consultants', draft: memberToColleague('The consultants sent four paragraphs and not one of them tells us whether the site is still in the plan. Zoe Marsh has chased them.') },
    { name: 'onlookers\u2019 verdict on the service, not a person', draft: memberToColleague('Zoe Marsh ran the count. I don\u2019t think anyone watching would have said the venue was big enough.') },
  ],
  invalid: [
    { name: 'done precisely nothing, a hedge between commas after the name', draft: memberToPress(['Tom Baines was given photographs, dates and registrations in August and has, as far as I or anyone in the village can tell, done precisely nothing with them.']), findings: warning },
    { name: 'wondering whether she knows what the job involves', draft: memberToColleague('Zoe Marsh has told me twice it is on her list. No site visit, no photos. I\u2019m starting to wonder whether she knows what the job involves.'), findings: warning },
    { name: 'a verdict put in onlookers\u2019 mouths', draft: memberToColleague('At one point Zoe Marsh was asking count staff which van the boxes came in. I don\u2019t think anyone watching would have said she had a grip of the evening.'), findings: warning },
    { name: 'their dates no longer believed, after the officer named', draft: memberToColleague('This is the third timetable Zoe Marsh has put in front of us, and each time it slips. I\u2019ve stopped believing the dates.'), findings: warning },
    { name: 'faint praise turned round', draft: memberToPress(['I\u2019ve no doubt Zoe Marsh is a pleasant enough manager. But her best has left 400 households with bins they can\u2019t shut.']), findings: warning },
    { name: 'an insinuation left unsaid, after the officer\u2019s promise', draft: memberToColleague('Tom Baines took it on and said he would have a date set by October. It\u2019s now November and there is no date. I don\u2019t think I need to spell out where this has got stuck.'), findings: warning },
    { name: 'control promised in mockery, by the time it happens again', draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).body(letter('Zoe,', ['The bins were missed again on Friday and you told me it would settle down.', 'I\u2019m sure you\u2019ll have it all in hand by the time it happens again.'], 'Kamal', [])).build(), findings: warning },
    { name: 'an excuse wondered at and waved off ("workload or what")', draft: memberToColleague('Mrs Gallacher has phoned Zoe Marsh six times and left messages. I dont know if its workload or what but this is not good enough from her.'), findings: warning },
    { name: 'who sent it, then what was wrong with it and that it keeps happening', draft: memberToColleague("The pack for Tuesday's meeting arrived at seven on Friday. Zoe Marsh sent it out. Appendix C is the wrong draft, and the annex was attached to the public version. Nobody seems to have looked at it before it went out. This is the third set this year."), findings: warning },
    { name: 'an answer that says nothing, the officer\u2019s', draft: memberToColleague("Zoe's idea of a full answer: four paragraphs and not one of them tells us whether the site is still in the plan."), findings: warning },
  ],
});
