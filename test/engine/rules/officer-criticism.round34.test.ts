// officer-criticism on the kinds round 34 wrote (Millhaven, Hollinwood): officers run down politely or by implication —
// insinuation ("funny how… always", "draw your own conclusions"), a faint concession ("I'm sure she did her best, but you'd
// never guess…"), a lesson set for them ("he might learn that…", "from behind his desk"), the writer backing a resident's
// complaint ("exactly the same runaround from…"), tries and chasers counted ("four goes at…", "the three emails I've sent
// him… He has answered none"), "not for the first time… I've lost count", "someone else on the estate", a comparison with
// the time before they took over, sarcastic thanks "a mere five weeks after", their explanation quoted and thrown back
// with irony, and a numbered list of their failings. Each look-alike uses the same words kindly, of a thing, or of
// someone else. Sentences are our own, not the round's. The second block says the same kinds in other words.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft } from '../../support/draft-builder';
import { cllr, mailbox, officer, resident } from '../../support/people';
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

// The same kinds in other words (session 14): a second set of our own sentences and look-alikes.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'a comparison with nothing against her (a seat at the forum)', draft: memberToResident('When Amanda Cho had the housing brief, she set up the tenants\' forum. Since Zoe Marsh took over, the forum meets every month and I\'m lucky to get a seat.') },
    { name: '"these days, with him in charge", of a depot move', draft: memberToResident('Under Rob Ellis\'s predecessor the depot was in Mill Lane. These days, with Tom Baines in charge, it is at the Wharf and the crews start earlier.') },
    { name: 'fine before you arrived, and better now', draft: replyAllToZoe('Things ran perfectly well before you arrived, and they run even better now. The new statements are clear and tenants like them.') },
    { name: 'funny how…, of a kind word', draft: memberToResident('It\'s funny how Tom Baines can always find a kind word for everyone but never for himself. He is such good company.') },
    { name: '"interesting that", of plans found', draft: memberToColleague('Interesting that Zoe Marsh found the old plans in the archive. They may help the appeal.') },
    { name: '"you can probably guess", of a scheme', draft: memberToColleague('I won\'t say what I think of the developer\'s scheme, but you can probably guess. Ravi Patel has asked them for a new drainage report.') },
    { name: 'with the greatest respect to the contractor', draft: memberToResident('With the greatest respect to the contractor, Tom Baines has asked them to come back on Monday and they have agreed.') },
    { name: 'nine weeks since I asked, and thanks', draft: replyAllToZoe('It has now been nine weeks since I first asked about the grant, and I\'m delighted you found the money. Thank you so much.') },
    { name: 'something less demanding after an operation', draft: memberToColleague('Ravi Patel is moving to something less demanding after his operation, and we wish him well.') },
    { name: 'assures me "on track", then facts', draft: memberToResident('Ravi Patel assures me the appeal is "on track". The appeal hearing is in March and the inspector has the papers.') },
    { name: 'two attempts at a record', draft: memberToColleague('Tom Baines had two attempts at the county record and broke it in May. He is hoping to go faster since the summer.') },
    { name: 'a note kept of dates kept', draft: memberToResident('I\'ve kept a note of the dates Tom Baines gave us, and he has stuck to every one of them.') },
    { name: 'the housing association not anywhere near', draft: memberToResident('The housing association has not been anywhere near the flats since May. Zoe Marsh has written to them twice.') },
    { name: 'did his best, and thanks', draft: memberToColleague('I\'m sure Tom Baines did his best, and the residents were very grateful.') },
    { name: 'told me none had complained', draft: memberToResident('Zoe Marsh told me none of the tenants had complained, and the survey agrees.') },
    { name: 'you\'d never know the hall flooded', draft: memberToResident('You\'d never know the hall had flooded. Tom Baines and his crew worked all weekend to dry it out.') },
    { name: 'not for the first time, the weather', draft: memberToColleague('Not for the first time, the weather beat the gala. Zoe Marsh moved everything indoors in an hour.') },
    { name: 'his explanation, then "apparently" of the trees', draft: memberToResident('Tom Baines\'s explanation was that "the gully was full of leaves". Apparently the leaves came from the new trees on the estate, so the contractor will clear them monthly.') },
    { name: 'failings, then on time since he took over', draft: memberToColleague('The papers were late and the wrong appendix went out again last month. Since Tom Baines took over the team they have not been late once.') },
    { name: 'he might learn something from the residents', draft: memberToResident('Perhaps Tom Baines could come along too - he might learn something from the residents about the history of the site.') },
  ],
  invalid: [
    { name: 'when… since…: lucky to get one in a month', draft: memberToResident('When Amanda Cho had the housing brief, tenants got a call back the same day. Since Zoe Marsh took over, I\'m lucky to get one in a month.'), findings: warning },
    { name: 'under his predecessor… these days, with him in charge', draft: memberToResident('Under Rob Ellis\'s predecessor the depot answered the phone. These days, with Tom Baines in charge, nobody does, and I\'ve stopped expecting it.'), findings: warning },
    { name: 'fine before you arrived; now wrong every month', draft: replyAllToZoe('Things ran perfectly well before you arrived. Now the rent statements are wrong every month and nobody can tell me why.'), findings: warning },
    { name: 'funny how… but never…', draft: memberToResident('It\'s funny how Tom Baines can always find the time for a photo opportunity but never for a site visit.'), findings: warning },
    { name: '"interesting that"…; make of that what you will', draft: memberToColleague('Interesting that Zoe Marsh found the money for her own team\'s away day but not for the Ash Court repairs. Make of that what you will.'), findings: warning },
    { name: 'I won\'t say what I think…; you can probably guess', draft: memberToResident('I won\'t say what I think of Ravi Patel\'s relationship with the developer, but you can probably guess. He has approved every one of their schemes.'), findings: warning },
    { name: 'with the greatest respect…; the fourth time', draft: memberToColleague('With the greatest respect to Tom Baines, this is the fourth time the bins on Mill Lane have been missed since he promised me it was fixed.'), findings: warning },
    { name: 'sure you\'re very busy, but nine weeks since I first asked', draft: replyAllToZoe('I\'m sure you\'re very busy, but it has now been nine weeks since I first asked, and the tenants still have no heating.'), findings: warning },
    { name: 'something less demanding; missed every deadline', draft: memberToColleague('Perhaps it would be kinder to move Ravi Patel to something less demanding. He has missed every deadline this year.'), findings: warning },
    { name: 'assures me "progressing well"; since March', draft: memberToResident('Ravi Patel assures me the application is "progressing well". It has been progressing well since March.'), findings: warning },
  ],
});

// The writer's wait and sarcasm in a third set of our own sentences (session 14).
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'another month, another newsletter', draft: memberToResident('Another month, another newsletter from Zoe Marsh. This time it\'s about the gardens.') },
    { name: 'still waiting for the contractor', draft: memberToColleague('I\'m still waiting for the survey from the contractor, and Tom Baines has chased them twice for me.') },
    { name: 'no doubt he will tell us more, and helpful', draft: memberToResident('No doubt Ravi Patel will tell us more at the meeting. He has been very helpful.') },
    { name: 'I wish I could thank her enough', draft: memberToColleague('I wish I could thank Zoe Marsh enough. She has been so helpful to the tenants.') },
    { name: 'I wish I could tell you the grant had come, and brilliant', draft: memberToResident('I wish I could tell you the grant had come through. Zoe Marsh has been brilliant, and we will try again in spring.') },
    { name: 'six weeks and the hub is open', draft: memberToResident('Six weeks and the new hub is open. Tom Baines has done a remarkable job.') },
    { name: 'asked him; still waiting for the contractor, who he has chased', draft: memberToColleague('I asked Tom Baines for the survey in January. I\'m still waiting for the contractor to finish it, though Tom has chased them.') },
  ],
  invalid: [
    { name: 'asked him in January; I\'m still waiting, and I suspect…', draft: memberToResident('I asked Tom Baines for the survey in January. I\'m still waiting, and I suspect I\'ll be waiting a while yet.'), findings: warning },
    { name: 'six weeks and not so much as an acknowledgement', draft: memberToColleague('Ravi Patel\'s idea of urgent is clearly different from mine. Six weeks and not so much as an acknowledgement.'), findings: warning },
    { name: 'I wish I could tell you she had been helpful', draft: memberToResident('I wish I could tell you Zoe Marsh had been helpful. She hasn\'t, and I\'ve given up waiting for her to call back.'), findings: warning },
    { name: 'another month, another excuse; this time…', draft: memberToResident('Another month, another excuse from Zoe Marsh. This time it\'s the weather.'), findings: warning },
  ],
});

// A reply-all to an officer's notice to every member, mocking another officer in front of them all (session 14).
const replyAllToNotice = (text: string) => aDraft().from(cllr.hussain).to(officer.kemp).to(mailbox.allMembers).subject('RE: Planning training')
  .body(`${text}\n\nKamal\n\nFrom: Lisa Kemp <lisa.kemp@harburyvale.gov.uk>\nSent: 02 November 2026 09:30\nTo: All Members <allmembers@harburyvale.gov.uk>\nSubject: Planning training\n\nDear Councillors,\nPlanning training is on 18 November.\nLisa Kemp`).build();
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'Splendid, then his session again', draft: replyAllToNotice('Splendid. Ravi Patel will run the session again this year.') },
    { name: 'Bravo, then the backlog cleared', draft: replyAllToNotice('Bravo. Tom Baines has cleared the whole backlog before Christmas.') },
    { name: "for his benefit, as he is new", draft: replyAllToNotice("I've attached the map for Tom Baines's benefit, as he is new to the ward.") },
    { name: 'the last three sessions he ran, excellent', draft: replyAllToNotice('Count me in. The last three sessions Ravi Patel ran were excellent.') },
    { name: 'sent him two, answered the same day', draft: replyAllToNotice('I sent him two questions last week. Tom Baines answered both the same day.') },
    { name: 'he might find out more at the conference', draft: replyAllToNotice('Ravi Patel might find out more at the conference next week.') },
  ],
  invalid: [
    { name: 'Marvellous; he might find out what a material consideration is',
      draft: replyAllToNotice('Marvellous. Could Ravi Patel attend as well? He might find out what a material consideration is.'), findings: warning },
    { name: "for his benefit; sent him five and had one reply",
      draft: replyAllToNotice("Count me in. Perhaps the session could cover how to answer a councillor's email, for Tom Baines's benefit. I've sent him five since August and had one reply."), findings: warning },
  ],
});

// A reply to a resident whose quoted complaint is about an officer: the writer backs it before naming them (session 14).
const replyToComplaint = (text: string) => aDraft().from(cllr.hussain).to(resident.gmail).subject('Re: Flooding')
  .body(`Dear Pat,\n\n${text}\n\nKamal\n\nOn Mon, 2 Nov 2026 at 09:30, Pat Jones <pat.jones@gmail.com> wrote:\n> Dear Cllr Hussain,\n> Tom Baines came out about the flooding and was rude and dismissive.\n> Pat`).build();
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'doesn\'t surprise me; he warned us', draft: replyToComplaint('That doesn\'t surprise me. Tom Baines warned us the drains were old.') },
    { name: 'couldn\'t agree more; the best officer', draft: replyToComplaint('I couldn\'t agree more. Tom Baines is the best officer we have, and he will sort it.') },
    { name: 'doesn\'t surprise me; he told me the same', draft: replyToComplaint('That doesn\'t surprise me. Tom Baines told me the same thing more than once: the river is the Agency\'s.') },
    { name: 'couldn\'t agree more that the drains need replacing', draft: replyToComplaint('I couldn\'t agree more that the drains need replacing. Tom Baines has asked for the money in next year\'s budget.') },
  ],
  invalid: [
    { name: 'doesn\'t surprise me; the same with me', draft: replyToComplaint('I\'m sorry, but I\'m afraid that doesn\'t surprise me at all. Tom Baines has been the same with me more than once.'), findings: warning },
    { name: 'couldn\'t agree more; treated me the same way', draft: replyToComplaint('I couldn\'t agree more. Tom Baines treated me in exactly the same way in the spring.'), findings: warning },
  ],
});

// Rhetoric and mock titles in our own sentences (session 14).
ruleTester.run(officerCriticism, {
  valid: [
    { name: '"Apparently so." answering a question about a hall', draft: memberToResident('Is the hall open on Sunday? Apparently so. Ravi Patel confirmed it this morning.') },
    { name: 'apparently "delighted", and so are the crews', draft: memberToResident('Apparently Tom Baines is "delighted" with the new depot, and so are the crews.') },
    { name: 'how hard can it be to find a hall', draft: memberToResident('How hard can it be to find a hall in August? Zoe Marsh found three in a day.') },
    { name: 'three weeks and counting until the gala', draft: memberToColleague('Three weeks and counting until the gala! Zoe Marsh has the bunting ready.') },
    { name: 'at her best, and the tenants loved it', draft: memberToResident('Zoe Marsh at her best: the tenants loved the new hub, again.') },
    { name: 'I\'d hate to see him leave', draft: memberToColleague('I\'d hate to see Tom Baines leave the depot; he knows every crew by name.') },
    { name: 'our so-called summer', draft: memberToColleague('Our so-called summer has been a washout. Tom Baines has moved the gala indoors.') },
    { name: '"If that tank doesn\'t work", a thing after "that"', draft: memberToColleague('Frankly Zoe Marsh\'s recommendation was the right one. If that tank doesn\'t work it\'s Mill Lane that floods.') },
    { name: '"If that is the case", of the weather', draft: memberToResident('The hall flooded. If that is the case again next year, Tom Baines will move the gala.') },
  ],
  invalid: [
    { name: 'too much to expect…? Apparently so.', draft: memberToResident('Is it too much to expect the planning officer, Ravi Patel, to visit a site before recommending it? Apparently so.'), findings: warning },
    { name: 'how hard can it be for her to return a call? Three weeks and counting.', draft: memberToResident('How hard can it be for Zoe Marsh to return a phone call? Three weeks and counting.'), findings: warning },
    { name: 'apparently "on top of it"; I would hate to see behind', draft: memberToResident('Apparently Tom Baines is "on top of it". If that is on top of it, I would hate to see behind.'), findings: warning },
  ],
});
