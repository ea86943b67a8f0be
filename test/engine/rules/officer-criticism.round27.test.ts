// officer-criticism on the kinds round 27's unseen councils wrote (Caerdegog, bilingual Welsh; Dalbrack, Scottish;
// Fosterley, English): the officer's word set against the facts or kept coming back to, sarcastic thanks, their own
// dates and promises held up, the writer's side of the story (no reply had, their reaction), a comparison with a
// predecessor no longer listed, "not the first time" after a line of evidence — with their look-alikes, and the
// writer clearing the officer ("not Tom's fault… and I believe him", "I don't accept that she was rude").
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToPress = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.journalist).body(letter('Sam,', paragraphs, 'Kamal', [])).build();
const memberToColleague = (text: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${text}\n\nKamal`).build();
const replyAllToZoe = (text: string) => aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).body(`${text}\n\nKamal`).build();
const officerToMember = (text: string) => aDraft().from(officer.kemp).to(cllr.price).body(`Dear Alan,\n\n${text}\n\nLisa`).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    // The writer clears the officer.
    { name: 'not the officer\u2019s fault, and I believe him', draft: memberToColleague("This is not Tom Baines's fault at all. He covers 300 miles of road on his own. He told me himself he can't get round the rural routes more than twice a year, and I believe him. The problem is the regime.") },
    { name: 'Welsh: nid bai (not his fault)', draft: memberToColleague("Nid bai Tom Baines yw hyn. He told me he can't inspect the back lanes more than twice a year, and the backlog is growing again.") },
    { name: 'a resident\u2019s complaint denied ("I don\u2019t accept that…")', draft: memberToPress(["I have looked into it, and I don't accept that Zoe Marsh was rude or unhelpful. She explained the rules calmly and I have every confidence in her."]) },
    // Thanks that are meant.
    { name: 'sincere thanks, with a date in them', draft: replyAllToZoe('Thanks so much for this, Zoe \u2013 only five minutes\u2019 walk from the school, which is ideal. The parents will be pleased.') },
    // Their word, but nothing held against it.
    { name: 'the contractor\u2019s promise, made again', draft: memberToColleague('Zoe Marsh passed on the news. This is the third time the contractor has promised the gullies will be cleared. Frankly I will believe it when I see it.') },
    { name: 'told me the road would open when the works finish (no contradiction)', draft: memberToColleague('Tom Baines told me that the road would open when the contractor had finished the drainage. That seems sensible to me.') },
    { name: 'Welsh "sa i\u2019n credu bod" (I don\u2019t think that…) about a decision', draft: memberToColleague("Mae Tom Baines wedi anfon yr adroddiad. Sa i'n credu bod y Cabinet wedi penderfynu eto.") },
    { name: 'your dates, sincerely, said to the officer', draft: replyAllToZoe('Your dates are in the diary. You gave us the same date in March and again in May, which suits everyone on the panel.') },
    // The writer's side of the story, about someone else.
    { name: 'no reply had, from the contractor', draft: memberToColleague('Zoe Marsh gave me the contractor\u2019s number. I have chased the contractor five times. I have not had a single reply from the contractor.') },
    { name: 'a comparison with no failing ("since X took over we meet fortnightly")', draft: memberToColleague('When Jo Pryce ran the team we met monthly. Since Tom Baines took over we meet every fortnight, and the agenda is shorter.') },
    // An excuse among a few failings still excuses.
    { name: 'late and missed a visit while on leave (an excuse)', draft: memberToColleague('Zoe Marsh was late with the figures and missed the site visit because she was on leave. It is not the first time the rota has done that to her.') },
    // Phrases of round 27 about someone else.
    { name: 'the contractor has not had the courtesy to reply', draft: memberToColleague('Tom Baines passed the complaint on in May. The contractor still hasn\u2019t had the courtesy to reply.') },
    { name: 'an officer\u2019s title in quotation marks with a capital', draft: memberToPress(["Zoe Marsh's \"Tenants' Guide\" has now reached every household. Quite an achievement, and thanks to her team for it."]) },
    { name: 'not the first time, after a line about the contractor', draft: memberToColleague('Tom Baines signed the order in May. The contractor then failed to turn up on the day. It is not the first time either.') },
    { name: 'the opposite of what the consultants told us, said of a report', draft: memberToColleague('Zoe Marsh sent the traffic study round. It says the opposite of what the consultants told the committee in March.') },
    // Later in session 12 (older sets: Ashwell, Auchterbrae, Llwynderw, Cwm Llan, Hollybank, Kilmarran, Stoneleigh).
    { name: 'a courtesy thanks, then the contractor’s failings', draft: replyAllToZoe('Thank you Zoe. The contractor has missed Hawthorn Avenue again, for the third week running. Frankly it can’t be that hard for the contractor to find it.') },
    { name: 'great excitement, of children', draft: memberToPress(['Zoe Marsh opened the new play area on Saturday. The children ran in with great excitement and stayed until dusk.']) },
    { name: 'good to know, sincerely', draft: memberToColleague('Zoe Marsh rang me this morning. Good to know the road has reopened, and the diversion signs are down.') },
    { name: 'had to correct a date for the officer’s visit (no work of theirs)', draft: memberToColleague('I have had to correct the date for the visit by Tom Baines in my newsletter. He is coming on the 14th, not the 4th, and I have told the residents again.') },
    { name: 'not the only resident to ask', draft: memberToPress(['You are not the only resident to ask about the crossing. Zoe Marsh is writing to everyone on the street this week.']) },
    { name: 'more useful answers from the helpline, said of the contractor', draft: memberToColleague('Tom Baines passed on the contractor’s reply. I have had more useful answers from the contractor’s helpline than from their site manager.') },
    { name: 'a name said at the head of a paragraph, and nothing held against them', draft: aDraft().from(officer.kemp).to(officer.zoe, officer.baines).cc(cllr.price).body('Zoe, the figures are in, thank you.\n\nTom, I asked you for the housing numbers on Monday and again this morning. They arrived an hour ago, which is in time for the paper.\n\nLisa').build() },
    // A courtesy thanks still shields the officer when nothing mocks them.
    { name: 'thanks, then a colleague’s efforts and the contractor’s record', draft: aDraft().from(cllr.hussain).to(officer.baines).cc(cllr.price).body("Thanks Tom. I know you've chased the contractor again and again. Frankly, their record is unacceptable.\n\nKamal").build() },
    { name: 'thanks, then the officer let down again', draft: aDraft().from(cllr.hussain).to(officer.baines).cc(cllr.price).body("Thank you Tom. You've done everything you could, and again you were let down. Frankly it is not acceptable.\n\nKamal").build() },
    { name: 'good to know, of a road', draft: aDraft().from(cllr.hussain).to(officer.baines).cc(cllr.price).body("Thanks Tom. Good to know the road hasn't flooded again this year.\n\nKamal").build() },
    { name: 'their phrase in quotes, then praise', draft: memberToColleague('Tom Baines has been "reviewing" the file, and he tells me it will be done by Friday. Excellent.') },
    { name: 'a promise not kept by the contractor', draft: memberToColleague('Tom Baines said the contractor would be there by nine. None of the crew turned up, and the contractor has apologised.') },
    { name: 'advice to spend less time on a report (not their time)', draft: memberToColleague('Tom Baines suggested we spend less time on the report and more on the consultation. Frankly he is right, again.') },
    { name: 'had to rewrite the officer’s report for a template (one task)', draft: memberToColleague("I had to rewrite Tom Baines's report to fit the council's house style before it went to the parish. It reads well now.") },
    { name: 'none of the gullies blocked', draft: memberToColleague('Tom Baines checked the gullies on Church Lane on Monday and none of them were blocked, which is a relief to residents.') },
    { name: 'no reply had, after chasing another body for the officer', draft: memberToColleague('I have chased the housing association four times for Tom Baines. I have not had a single reply from them. Frankly the association is hopeless.') },
    { name: 'don’t hold your breath, then the contractor', draft: memberToPress(["Don't hold your breath. The contractor says Friday, and Tom Baines is chasing them."]) },
    { name: 'a plain question whether anyone knows, after the officer', draft: memberToColleague('Tom Baines sent the agenda on Friday. Does anyone know if the room is booked? I have not been told.') },
  ],
  invalid: [
    { name: 'sarcastic thanks, with the delay beside them', draft: replyAllToZoe('Thanks so much for this, Zoe \u2013 only five months after you told us a decision was "imminent". It says the opposite of what you\u2019ve told us about the audit. This is the third time I\u2019ve had to correct you.'), findings: warning },
    { name: 'a promise made again and again, and not believed', draft: memberToColleague('This is the fourth time Tom Baines has promised the gullies would be cleared "next week". Forgive me if I don\u2019t hold my breath.'), findings: warning },
    { name: 'told them twice it had gone to the panel when it had not', draft: memberToPress(["Tom Baines told the family twice that the evidence \"had gone to the panel\" when it hadn't. Why did he tell me on Monday that it was with the panel when the panel doesn't sit until June?"]), findings: warning },
    { name: 'a claim by the officer, then "It didn\u2019t"', draft: memberToPress(['Residents were told by the planning officer, Zoe Marsh, that a notice went up in March. It didn\u2019t. When I asked her for the photo she says she took, she couldn\u2019t find it.']), findings: warning },
    { name: 'Welsh: the third promise, and not a word believed', draft: memberToColleague("Wel am syrpr\u00e9is. Dyna'r trydydd addewid gan Zoe Marsh ers mis Medi. Sa i'n credu gair erbyn hyn."), findings: warning },
    { name: 'Welsh: not the first time, after a line of evidence; no faith left', draft: memberToColleague("Wedodd Tom Baines wrtha i fod y ffos wedi cael ei harchwilio. Ges i'r log wythnos diwetha \u2014 aeth neb mas tan ddydd Llun. Nid dyma'r tro cynta chwaith. Sa i'n gallu rhoi unrhyw ffydd yn beth mae e'n ddweud."), findings: warning },
    { name: 'Scots: your dates arenae worth the paper', draft: replyAllToZoe('Aye, we\u2019ve heard that afore. You gave us the same date in September and again in November. Wi respect, your dates arenae worth the paper they\u2019re written on.'), findings: warning },
    { name: 'your assurances keep turning out to be wrong', draft: replyAllToZoe('On 4 December you told me the bin had been refilled. On 11 January you told me a crew would be out first thing. None of that happened. I\u2019ve stopped passing your assurances on, because they keep turning out to be wrong.'), findings: warning },
    { name: 'a comparison with a predecessor no longer listed', draft: memberToColleague('Some of us will recall that when Jo Pryce ran the team we never once had a late report. Since Tom Baines took over it has happened four times in six meetings, and each time we\u2019ve been told it was a one-off.'), findings: warning },
    { name: 'the writer\u2019s side: no reply had, then given up', draft: memberToPress(['The file has been with the area manager, Zoe Marsh, since June. I have chased her on four dates and by phone more times than I can count. I have not had a single proper reply. I\u2019m sorry to say I\u2019ve given up expecting one, and I doubt anything will happen until somebody else picks it up.']), findings: warning },
    { name: 'a run of failings, one of them around leave', draft: memberToPress(['The permit sat for six weeks with Zoe Marsh, who did not acknowledge it, did not pass it on when she went on leave and then refused it on a technicality. I\u2019m frankly embarrassed by it.']), findings: warning },
    { name: 'not had the courtesy to reply', draft: memberToColleague('I reported the drain in November and Zoe Marsh still hasn\u2019t had the courtesy to reply, despite three reminders.'), findings: warning },
    { name: 'appears either not to have read the objections', draft: memberToPress(['Having read the report, the case officer, Tom Baines, appears either not to have read the objections or to have decided they did not matter.']), findings: warning },
    { name: 'carelessness or something worse', draft: memberToPress(['The case was handled by Tom Baines. I don\u2019t know whether this is carelessness or something worse, but the family were told the wrong deadline.']), findings: warning },
    { name: 'their own promise held up in quotation marks', draft: memberToColleague("I see Zoe Marsh's \"two working days\" has now reached nineteen. Quite an achievement."), findings: warning },
    { name: 'stop relying on what she tells me, after dates missed on four occasions', draft: memberToPress(['I have been given a date by Zoe Marsh on four separate occasions and none of them has been met. Frankly I have had to stop relying on what she tells me.']), findings: warning },
    { name: 'less time on the artwork, more on the round', draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).body('Zoe Marsh assured me in November that the missed bins were sorted. They weren\u2019t. Perhaps she could spend a little less time on the leaflets and a little more on the round she is responsible for.\n\nKamal').build(), findings: warning },
    { name: 'mock curiosity about what the officer was doing', draft: replyAllToZoe('Nice to see the new rounds bedding in so smoothly. You told us at the briefing it would settle down "within a fortnight". I\u2019d genuinely love to know which streets you were keeping an eye on, because it wasn\u2019t these.'), findings: warning },
    { name: 'Scots: well done, a fortnight, waitin on you', draft: replyAllToZoe('Aye, well done Zoe. Took a fortnight tae get somebody oot wi a tape measure. Next time I\u2019ll bring a shovel masel and save us aw the bother o waitin on you.'), findings: warning },
    { name: 'a courtesy thanks, then their words in quotes and mock excitement', draft: replyAllToZoe('Thank you Zoe. That is now the third "we will update you shortly" in five weeks, so I shall look forward with great excitement to the fourth. Perhaps by then you’ll have found Hawthorn Avenue – it can’t be that hard.'), findings: warning },
    { name: 'good to know, beside a failing, and their promise not kept', draft: memberToColleague('Well. "On track". Good to know Tom Baines’s grasp of what those words mean hasn’t changed since he told us the pool would break even. It didn’t.'), findings: warning },
    { name: 'set against the automated phone line', draft: memberToColleague('FYI – Zoe Marsh’s reply on the discount case, in full. Five weeks to produce that. I’ve had more useful answers from the automated phone line.'), findings: warning },
    { name: 'an officer: the report of her diary, then a mock comment and a lesson', draft: officerToMember("Zoe Marsh has had the packages for nine days. I'm told she is \"heads down on the strategy\", which I'm sure is a great comfort to the families. Perhaps if she spent a bit less time at away days and a bit more in her inbox we would have beds free."), findings: warning },
    { name: 'an officer: rewriting a colleague’s work since she started', draft: officerToMember("Between ourselves, I've had to rewrite most of Zoe Marsh's minutes since she started. She doesn't take a proper note in the room, so I end up reconstructing the decisions from the webcast."), findings: warning },
    { name: 'an officer: no surprise, and not the only tenant let down', draft: aDraft().from(officer.kemp).to(resident.gmail).body("Dear Mrs Jones,\n\nZoe Marsh was looking after your case while I was away, and she has not logged anything or booked an inspection. Sadly that is no surprise to me – you are not the only tenant she has let down this year.\n\nLisa").build(), findings: warning },
    { name: 'someone other than her team, after a failing and a doubt', draft: memberToColleague('Colleagues may remember that the last system Zoe Marsh introduced lost three weeks of notes and was not fixed until Easter, and I am not sure the lessons were ever learned. I’d feel more reassured if someone other than her team could test this one.'), findings: warning },
    { name: 'a reply-all to several officers: "you" is the one named at the head of the paragraph', draft: aDraft().from(officer.kemp).to(officer.zoe, officer.baines).cc(cllr.price).body("Zoe, thanks \u2013 yours are all in.\n\nTom, I asked you for the housing figures on 2 November, again on the 16th and again on Monday. Each time you've told me they'd be with me by close of play, and each time they haven't been.\n\nLisa").build(), findings: warning },
    { name: 'Scots: dinnae haud yer breath, said to the resident before the officer is named', draft: aDraft().from(cllr.hussain).to(resident.gmail).body("Aye well dinnae haud yer breath Pat. Zoe Marsh's been \"looking into it\" for six weeks now. I'll chase again.\n\nKamal").build(), findings: warning },
    { name: 'does anyone actually read them, after the officer who signs them off', draft: memberToColleague('I find it hard to understand how the run got past Tom Baines, who signs these batches off and who assured the committee in October that this kind of error was "impossible". Does anyone actually read these runs before they go out?'), findings: warning },
  ],
});
