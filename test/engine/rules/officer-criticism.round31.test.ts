// officer-criticism on the kinds round 31 wrote (Castlebeck): praise turned round by the sentence it stands in ("Six weeks
// to tell me… – I'm impressed"), their work praised in mockery ("the latest masterpiece from…"), a motive imputed with the
// writer's suspicion ("I'm starting to think she does it on purpose"), "You'd think the Parks Manager could…", mock hope
// ("Perhaps this year someone might actually…"), "I'll believe it when I see it", promises "none of which he stuck to" —
// and a Director copied when the directory cannot say which Director is the officer's. With their look-alikes: the same
// words of a contractor, a thing or a sincere compliment, and a Director whose directorate plainly is someone else's.
// The second block holds the same round's kinds found in the older sets still below their floor (Glenaird, Moorcastle,
// Ouseley): their record held up in quotation marks, a claim in their own words set against the facts, "sat on that
// warning", "didn't do her job", "lift a finger", "can't think of a single case she's seen through", "done this to us",
// "given up on", "admitted it hadn't", "not a one-off", complaints of their manner, "seen enough of… to doubt whether",
// the benefit of the doubt withdrawn, a failing foretold, a comparison with a first-named predecessor.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToColleague = (text: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${text}\n\nKamal`).build();
const memberToResident = (text: string) => aDraft().from(cllr.hussain).to(resident.gmail).body(`Dear Pat,\n\n${text}\n\nKamal`).build();
const replyAllToZoe = (text: string) => aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).body(`Zoe,\n\n${text}\n\nKamal`).build();
const warning = [{ severity: 'warning' as const }];
const harsh = 'You told me in May the hedge would be cut. It hasn\'t. You told me in June it would be done by the summer. It hasn\'t. I don\'t think you\'ve taken this seriously.';

ruleTester.run(officerCriticism, {
  valid: [
    // A Director copied: the directory names no Director over Waste and Street Scene or Planning, so the Director of Place may be theirs.
    { name: 'Tom Baines (no Director in his team) criticised to him with the Director of Place copied',
      draft: aDraft().from(cllr.hussain).to(officer.baines).cc(officer.ellis).body(`Tom,\n\n${harsh}\n\nKamal`).build() },
    { name: 'Ravi Patel (Planning) criticised to him with the Director of Place copied',
      draft: aDraft().from(cllr.hussain).to(officer.ravi).cc(officer.ellis).body(`Ravi,\n\n${harsh}\n\nKamal`).build() },
    // Praise that stays praise.
    { name: 'two days to rehouse the block, impressed (days, not weeks)', draft: replyAllToZoe('Two days to rehouse the whole block - you have worked wonders and I\'m genuinely impressed. Frankly I did not think you could do it.') },
    { name: 'six weeks to rehouse the block, impressed (nothing of theirs held up in quotation marks)', draft: replyAllToZoe('Six weeks to rehouse the whole block - you have worked wonders and I\'m genuinely impressed. Frankly I did not think you could do it.') },
    { name: 'thanks beside "impressed" after a long job', draft: replyAllToZoe('Three weeks to rehouse the whole block - I\'m impressed, and thank you. The families have told me how kind you were.') },
    // Mock praise, "on purpose", "I'll believe it" and "you'd think" said of something else, or kindly.
    { name: 'the latest masterpiece from the school art club', draft: replyAllToZoe('You sent the mural designs round on Friday. The latest masterpiece from the school art club goes up on the hoarding on Monday. Frankly it is lovely.') },
    { name: 'on purpose, with no evasion imputed', draft: replyAllToZoe('I think you left the depot gate open on purpose so the crews could start early. Frankly it saved us a morning.') },
    { name: "I'll believe it when I see it, of the contractor", draft: memberToColleague('Tom Baines passed on the new date. The contractor says the wall will be finished by Friday. I\'ll believe it when I see it.') },
    { name: "you'd think a new boiler could manage (a thing)", draft: replyAllToZoe('You told me the boiler is only two years old. You would think a new boiler could manage a cold snap. Frankly the make is the problem.') },
    { name: 'perhaps the new rota might actually help (sincere hope)', draft: replyAllToZoe('You have drawn up a new rota. Perhaps it might actually let us cover the weekends at last.') },
    { name: 'none of which the contractor stuck to', draft: replyAllToZoe('You asked the contractor for a programme in May. The contractor sent three, none of which they stuck to.') },
  ],
  invalid: [
    { name: "Zoe Marsh (Housing, whose Director is Amanda Cho) criticised with the Director of Place copied",
      draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(officer.ellis).body(`Zoe,\n\n${harsh}\n\nKamal`).build(), findings: warning },
    { name: 'six weeks to… – impressed, their words thrown back', draft: replyAllToZoe('Eight weeks to tell me you\'ve "put it on the list" - I\'m really impressed. You still haven\'t sent anyone round to the tenant.'), findings: warning },
    { name: 'the latest masterpiece, and "on purpose" with the writer\'s suspicion', draft: memberToResident('Attached is the latest masterpiece from Tom Baines. I asked him a simple question. I\'m starting to think he writes these on purpose so nobody can hold him to anything.'), findings: warning },
    { name: "none of which she stuck to, then you'd think the manager could…", draft: memberToResident('I asked Fatima Noor for a collection date three times and got three different dates, none of which she stuck to. You\'d think the Waste Services Manager could organise one lorry.'), findings: warning },
    { name: "perhaps this year someone might actually…, and I'll believe it when I see it", draft: replyAllToZoe('Perhaps this winter someone might actually bleed the radiators in Ash Court, which you assured me in March were on the list. I\'ll believe it when I see the van.'), findings: warning },
  ],
});

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'sat on the panel, and did the job', draft: memberToResident('Tom Baines sat on the panel for four months. Frankly he knows the estate better than anyone.') },
    { name: 'lifted a finger to the map', draft: memberToResident('Zoe Marsh lifted a finger to the flood line on the map. Frankly it made the point better than the report.') },
    { name: "can't think of a single appeal he's lost (a failure after him is praise)", draft: memberToColleague("Ravi Patel has covered Riverside for three years now and I honestly can't think of a single appeal he's lost.") },
    { name: 'third time the contractor has done this to us', draft: memberToColleague("The contractor promised to come on Monday. It's Thursday. Still no heating. Third time they've done this to us, and Tom Baines agrees.") },
    { name: 'the contractor has given up on the ward', draft: memberToResident('Tom Baines chased the contractor again. Between you and me the contractor seems to have given up on our ward altogether.') },
    { name: 'much the same heard about the bins (no officer near)', draft: memberToColleague('Zoe Marsh sent the survey round. I have heard much the same about the new bins from other residents.') },
    { name: 'not a one-off, said of the contractor', draft: memberToColleague('Tom Baines passed on the news. Sadly this is not a one-off: the contractor has missed three streets this month.') },
    { name: 'look at it properly when she has time (nothing to redo)', draft: memberToColleague("I'd be grateful if Zoe Marsh could look at it properly when she has time. Frankly there is no rush.") },
    { name: 'a chart records the gullies as "running clear" (no officer)', draft: memberToColleague('Tom Baines sent the chart. The old survey records the gullies as "running clear" in January, which is why we asked for a new one.') },
    { name: "she'll lose no time", draft: memberToColleague("Give the keys to Zoe Marsh, she'll lose no time getting the crews in. She did the same last year.") },
    { name: 'a difference of opinion, said so', draft: memberToColleague('Tom Baines and I read the hedge rules differently. It is a difference of opinion, not a complaint, and frankly he may be right.') },
    { name: 'said in quotes, and it happened', draft: memberToColleague('Tom Baines said the crossing would be "finished by Friday". It was finished on Thursday, a day early.') },
  ],
  invalid: [
    { name: "sat on that warning for four months; an officer who didn't do his job", draft: memberToResident("Tom Baines, who looks after the depot, sat on that warning for four months. That is an officer who didn't do his job."), findings: warning },
    { name: 'on neither occasion did she lift a finger', draft: memberToResident('Zoe Marsh promised me the same thing in March and again in June, and on neither occasion did she lift a finger.'), findings: warning },
    { name: "can't think of a single case he's seen through", draft: memberToColleague("Ravi Patel has been the planning officer covering Riverside for three years now and I honestly can't think of a single case he's seen through on time.") , findings: warning },
    { name: "third time she's done this to us", draft: memberToColleague("Zoe Marsh told us Monday. It's Thursday. Still no heating. Third time she's done this to us."), findings: warning },
    { name: 'assured residents, then admitted it had not', draft: memberToResident('In May Ravi Patel assured residents the survey had been checked. Last week he admitted to me it hadn\'t.'), findings: warning },
    { name: 'a failing after a comma in a list of what he did, then "barely looked"', draft: memberToResident("Tom Baines spent five minutes in the house, didn't go into the cellar and told the tenant it was fine. Frankly he barely looked."), findings: warning },
    { name: "not a one-off, and complaints about her manner", draft: memberToResident("Zoe Marsh told Mrs Adams she was making a fuss. I'm sorry to say this isn't a one-off: I have had three similar complaints about her manner from other tenants."), findings: warning },
    { name: 'logged as "running clear", then seen enough to doubt whether', draft: memberToColleague('Tom Baines logged the gullies as "running clear" in January. I have seen enough of Tom\'s inspection records to doubt whether the inspections happen at all.'), findings: warning },
    { name: 'when Sue had the patch…, since…, and the benefit of the doubt withdrawn', draft: memberToResident('When Sue had the patch, repairs got chased. Since Zoe Marsh took it over, the lift has been reported to her twice and, as far as I can see, not one repair has been followed through. I have given her the benefit of the doubt for long enough.'), findings: warning },
    { name: 'a claim in her own words, against the facts', draft: memberToColleague('I simply don\'t believe what Zoe Marsh told the meeting. She stood in front of thirty residents and said the order "went in last month". I rang the contractor today. They have never had an order from us.'), findings: warning },
    { name: 'a failing foretold', draft: memberToColleague("Don't give the new keys to Zoe Marsh, she'll lose them like she lost the last set twice."), findings: warning },
    { name: "that isn't a difference of opinion", draft: memberToResident("Tom Baines signed the notice without, as far as I can see, reading the file at all. That isn't a difference of opinion, it's basic competence."), findings: warning },
  ],
});

// The same round's kinds in Ravenmoor: congratulations with the delay beside them, "questions to answer", "chose to do
// nothing", "leave it to someone who can", "three different opinions", "her evidence… economical with the truth", "Honestly
// Rob," as a name said to the officer, and a member written to ("Victoria, you promised…") who is not the officer greeted.
const replyAllToZoeAndMember = (greeting: string, text: string) => aDraft().from(cllr.hussain).to(officer.zoe, cllr.price).cc(cllr.blake).body(`${greeting}\n\n${text}\n\nKamal`).build();

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'well done, with no delay', draft: replyAllToZoe('Well done, Zoe, for getting the lift fixed in two days. Remarkable work, and the residents noticed.') },
    { name: 'the contractor has questions to answer', draft: memberToResident('Tom Baines sent the contractor the photos in May. The contractor has serious questions to answer about why nothing was done.') },
    { name: 'residents chose to do nothing (not the officer)', draft: memberToColleague('Tom Baines wrote to every house. Most residents chose to do nothing, and frankly who can blame them.') },
    { name: 'leave it to someone who can, of the writer', draft: memberToColleague('Zoe Marsh asked me to chair it. I can\'t do Thursdays, so I will leave it to someone who can.') },
    { name: 'three different options (not their word changing)', draft: memberToColleague('Ravi Patel has set out three different options for the car park. Frankly I like the second.') },
    { name: "Fiona's advice that my motion is out of order (the advice's content is the subject)", draft: memberToColleague("Some of you will have seen Zoe Marsh's advice that my motion is out of order for Thursday, because the matter is before the committee.") },
    { name: 'a member written to is blamed, not the officer greeted', draft: replyAllToZoeAndMember('Zoe, Alan,', `Zoe has been trying to get a date out of the Cabinet diary since October. I'm afraid the delay is down to Alan, not the housing team. Alan, you promised the residents a meeting before Christmas and it still hasn't happened.`) },
  ],
  invalid: [
    { name: 'well done… eighteen months after everybody else', draft: replyAllToZoe('Well done, Zoe, for spotting the leak at 4 Mill Row eighteen months after everybody else on the street had. Remarkable detective work.'), findings: warning },
    { name: 'chose to do nothing; questions to answer', draft: memberToResident('The Director responsible, Tom Baines, was sent the photographs and chose to do nothing. He has serious questions to answer about why the warnings were ignored.'), findings: warning },
    { name: 'Honestly Zoe, if you can\'t read a plan, leave it to someone who can', draft: replyAllToZoeAndMember('Hi all,', "Honestly Zoe, if you can't read a site plan maybe leave it to someone who can."), findings: warning },
    { name: 'three different opinions, and her advice not relied on', draft: memberToColleague('Zoe Marsh has now given three different opinions in a fortnight. I honestly don\'t think we can rely on her advice any more.'), findings: warning },
    { name: 'her evidence was economical with the truth', draft: memberToColleague('I am afraid Zoe Marsh\'s evidence to the committee was, to put it kindly, economical with the truth.'), findings: warning },
  ],
});

// And in Pontnewydd: a name said to the reader before a dash ("Emyr - Rhys promised the residents Friday"), a promised day
// followed by a line naming the day now ("It's Wednesday."), "for the second committee running", "her mistakes", "without
// once setting foot on", "I'm afraid that tells you everything", Welsh "gyda pob parch" as it is often typed.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'a promised day, and the day named was kept', draft: memberToColleague('Tom Baines promised the residents Friday. On Friday the crew came, and frankly they did a tidy job.') },
    { name: 'the second meeting running, of the committee', draft: memberToColleague('Tom Baines sent the papers. For the second committee running the chair has asked for them a week early.') },
    { name: 'my mistakes, not hers', draft: memberToColleague('Zoe Marsh checked the list. I am not prepared to let her carry the can for my mistakes.') },
    { name: 'without once being asked (of residents)', draft: memberToColleague('Ravi Patel held the drop-in. Residents left without once being asked for their postcodes, which frankly was a relief.') },
    { name: "I'm afraid that means another week (news passed on)", draft: memberToColleague("Tom Baines told me the order was late. I'm afraid that means another week for the residents.") },
  ],
  invalid: [
    { name: 'a name and a dash, a promised day, "It\'s Wednesday."', draft: replyAllToZoe("Alan - Tom Baines promised the residents Friday. It's Wednesday. Does he actually write any of these dates down?"), findings: warning },
    { name: 'the second committee running, and her mistakes', draft: memberToColleague('For the second committee running Zoe Marsh circulated the wrong version of the report. I am not prepared to carry the can for her mistakes.'), findings: warning },
    { name: "without once setting foot on the site; I'm afraid that tells you everything", draft: memberToResident("Ravi Patel recommended approval without once setting foot on Lon Las. If he had, he'd have seen there is no room for a bin lorry. I'm afraid that tells you everything."), findings: warning },
  ],
});
