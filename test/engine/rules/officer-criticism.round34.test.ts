// officer-criticism on the kinds round 34 wrote (Millhaven, Hollinwood): officers run down politely or by implication —
// insinuation ("funny how… always", "draw your own conclusions"), a faint concession ("I'm sure she did her best, but you'd
// never guess…"), a lesson set for them ("he might learn that…", "from behind his desk"), the writer backing a resident's
// complaint ("exactly the same runaround from…"), tries and chasers counted ("four goes at…", "the three emails I've sent
// him… He has answered none"), "not for the first time… I've lost count", "someone else on the estate", a comparison with
// the time before they took over, sarcastic thanks "a mere five weeks after", their explanation quoted and thrown back
// with irony, and a numbered list of their failings. Each look-alike uses the same words kindly, of a thing, or of
// someone else. Sentences are our own, not the round's.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToColleague = (text: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${text}\n\nKamal`).build();
const memberToResident = (text: string) => aDraft().from(cllr.hussain).to(resident.gmail).body(`Dear Pat,\n\n${text}\n\nKamal`).build();
const replyAllToZoe = (text: string) => aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).body(`Zoe,\n\n${text}\n\nKamal`).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'curious how… always, of a memory for dogs (one sentence, two kinds)', draft: memberToResident('It\'s curious how Tom Baines always remembers the name of every dog on the estate. He spent Saturday at the gala.') },
    { name: "you'd never guess, of a hall", draft: memberToResident('You\'d never guess from the outside how big the hall is. Ravi Patel showed us round on Friday.') },
    { name: 'did her very best, with no "but"', draft: memberToResident('I\'m sure Zoe Marsh did her very best, and the tenants are delighted with the new kitchens.') },
    { name: 'the contractor not anywhere near the site', draft: memberToResident('The contractor has not been anywhere near the site since May. I\'ve asked Tom Baines to chase them again.') },
    { name: 'he might learn something, sincerely', draft: memberToColleague('Tom Baines is coming to the training too - he might learn something about the new mapping system, as we all will.') },
    { name: 'exactly the same answer from the contractor', draft: memberToResident('Tom Baines asked the contractor about the fence. I had exactly the same answer from the contractor when I asked in May.') },
    { name: 'three goes at the climbing wall', draft: memberToColleague('Ravi Patel had three goes at the climbing wall on the away day and made it to the top.') },
    { name: "the four emails I've sent her, answered", draft: memberToColleague('Zoe Marsh answered the four emails I\'ve sent her since Monday, each within the day.') },
    { name: 'told me none of the residents objected', draft: memberToColleague('Tom Baines told me none of the residents objected to the new bins.') },
    { name: 'since he took over, on time (no denial before)', draft: memberToColleague('The committee papers went out late again last year and the wrong version went out twice. Since Tom Baines took over the team they have gone out on time.') },
    { name: 'his explanation, and the gully cleared (no irony)', draft: memberToResident('I asked about the flooding. Mr Baines\'s explanation was that "the gully was blocked by leaves". The gully has now been cleared.') },
    { name: "the contractor's explanation passed on, then irony", draft: memberToResident('Tom Baines passed on the contractor\'s explanation, that "the lorry broke down". Apparently the lorry breaks down every Friday.') },
    { name: 'not for the first time, the contractor', draft: memberToColleague('Not for the first time, the contractor has missed the bins on Mill Lane. Tom Baines has chased them.') },
    { name: 'a numbered list of what she has done', draft: memberToResident('Since January Zoe Marsh has:\n1. rehoused four families;\n2. opened the new hub;\n3. cut the waiting list by a third.') },
    { name: 'a numbered list of questions under a request to her', draft: replyAllToZoe('The repairs service has been a mess since the new contract started.\n\nCould you let me know:\n1. how many repairs have not been done since August;\n2. when tenants can expect a normal service again.') },
    { name: 'someone else on the rota while she is on leave', draft: memberToColleague('Zoe Marsh is on leave next week. Can we get someone else on the Ash Court rota until she is back?') },
    { name: 'a mere five weeks, of the building', draft: memberToColleague('Thank you Zoe Marsh for the tour. The new hub went up in a mere five weeks after the old one burned down.') },
    { name: "his predecessor, then under him, with nothing against him", draft: memberToColleague('When Tom Baines\'s predecessor ran the depot, the crews started at six. Under Tom the crews now start at seven and the rounds finish earlier.') },
    { name: 'kept a note of the dates, sincerely', draft: memberToColleague('I\'ve kept a note of the dates Zoe Marsh gave us for the gala, and she has booked the marquee.') },
    { name: 'the same trouble with the contractor', draft: memberToResident('Tom Baines has written to the contractor. I had the same trouble with the contractor on Mill Lane.') },
    { name: "say no more, of the budget", draft: memberToColleague('I\'ll say no more about the budget until Thursday. Zoe Marsh is sending the figures round.') },
  ],
  invalid: [
    { name: "his predecessor, then under him; a note kept; twice wrong",
      draft: memberToColleague('When Tom Baines\'s predecessor ran the depot, a missed bin was collected the next day. Under Tom it takes a fortnight - I\'ve kept a note since June - and twice this spring the date he gave me turned out to be wrong.'), findings: warning },
    { name: 'the same trouble with him, and "say no more"',
      draft: memberToResident('I\'ve had exactly the same trouble with Tom Baines, and I\'ll say no more than that. He promised me a site visit in March. Still nothing.'), findings: warning },
    { name: 'funny how… always, funny too that…; asked a month ago, still waiting',
      draft: memberToResident('Funny how Tom Baines always finds a reason to back the developer, and funny too that he met their agent on site without telling either ward member. I asked for his notes a month ago. Still waiting.'), findings: warning },
    { name: "did his best, but you'd never guess…; the same officer again",
      draft: memberToResident('I\'m sure Ravi Patel did his best, but you would never guess from his report that he had been anywhere near the allotments. This is the third report this year from the same officer that misses the flooding entirely.'), findings: warning },
    { name: 'a lesson: he might learn that an inspection involves actually…, from behind his desk',
      draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).body('Lovely. Perhaps Tom Baines could come along as well - he might learn that an inspection involves actually going into the flat, as the tenants found when he closed the case from behind his desk.\n\nKamal').build(), findings: warning },
    { name: 'agreeing with a resident: the same runaround from…',
      draft: memberToResident('I share your frustration. I\'ve had exactly the same runaround from Tom Baines, who seems to think a leak isn\'t a leak until the ceiling comes down.'), findings: warning },
    { name: "the three emails I've sent him; he has answered none",
      draft: memberToColleague('Before we buy a new system, perhaps Ravi Patel could reply to the three emails I\'ve sent him since March. He has answered none of them.'), findings: warning },
    { name: "not for the first time…; I've lost count",
      draft: memberToColleague('Not for the first time, Zoe Marsh has promised the tenants of Ash Court a visit and not turned up. I\'ve lost count. Can we get someone else on the estate?'), findings: warning },
    { name: 'since you took over; someone on your salary',
      draft: replyAllToZoe('When Bill Hartley ran the team a blocked drain was cleared inside a week. All we have had since you took over is a row of cones. Frankly I expected more from someone on your salary.'), findings: warning },
    { name: 'failings, then "it was never like this before you took over"',
      draft: replyAllToZoe('For the second month running the rent statements went out late, and this time half of them had the wrong balance. I appreciate you have a lot on but it was never like this before you took over the team.'), findings: warning },
    { name: 'thanks a mere five weeks after my chase',
      draft: replyAllToZoe('Thank you for your email, which came a mere five weeks after my first chase. This is the third time since May that you have told me the repair is "booked in", and yet again nobody came.'), findings: warning },
    { name: 'four goes at explaining it and has not managed it',
      draft: memberToResident('The hall has been shut for ten weeks. Tom Baines has now had four goes at explaining the delay to the committee and has not managed it once. Frankly that is not good enough.'), findings: warning },
    { name: 'his explanation quoted, then thrown back with "apparently"',
      draft: memberToResident('The file went to Tom Baines in March and nothing at all happened to it until I chased it. When I asked, Mr Baines\'s explanation was that "it wasn\'t marked as a priority". A family with no heating apparently isn\'t a priority.'), findings: warning },
    { name: 'a numbered list of her failings',
      draft: memberToResident('Since January Zoe Marsh has:\n1. promised the repair would be done "before Easter" (it wasn\'t);\n2. told me the contractor had been booked (they hadn\'t);\n3. cancelled our meeting on the morning it was due.'), findings: warning },
  ],
});
