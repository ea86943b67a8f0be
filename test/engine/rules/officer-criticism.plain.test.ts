// officer-criticism in plain words and by post: an officer named as "the Director of Housing", a
// failing said with emphasis ("simply did not do what he said", "hasn't so much as acknowledged
// it"), honesty denied, rhetorical questions, a motive pinned on the officer, a verb that shares the
// sentence's subject after "and", and an officer who runs a colleague down to members — with the
// look-alikes: plain accounts, apologies, praise, questions about contractors, a member's own mistake.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.btinternet)
  .body(letter('Dear Mr Morgan,', ['As your ward councillor I promised you an update.', ...paragraphs], 'Best wishes,', ['Cllr Kamal Hussain'])).build();
const officerToMembers = (paragraphs: string[]) => aDraft().from(officer.rudd).to(cllr.hussain).cc(cllr.price)
  .body(letter('Dear Cllr Hussain,', paragraphs, 'Kind regards,', ['Helen Rudd', 'Tenancy Services Manager'])).build();
const warning = [{ severity: 'warning' as const }];
/** A reply with a P.S. below the member's signature. */
const withPostscript = (postscript: string) => aDraft().from(cllr.hussain).to(resident.btinternet)
  .body('Dear Mr Morgan,\n\nThank you for the photographs; your objection is on the file.\n\nKind regards,\n\nKamal Hussain\nCouncillor, Abbey ward\n\n' + postscript + '\n').build();
/** A member writing to one officer's manager with an officer of another team copied. */
const toManagerCopying = (copied: typeof officer.ravi, paragraph: string) => aDraft().from(cllr.hussain).to(officer.rudd).cc(copied)
  .body(letter('Helen,', [paragraph], 'Kamal', [])).build();

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'a post named with no criticism', draft: toResident(['The Director of Housing will reply to you by Friday.']) },
    { name: 'honesty affirmed, not denied', draft: toResident(['Rob Ellis has been honest with residents throughout.']) },
    { name: 'a rhetorical question about a contractor', draft: toResident(['How many more times will the contractor miss the Tuesday round?']) },
    { name: 'a verb after "and" that judges nothing', draft: toResident(['Zoe Marsh has had the file since May and has now closed the case.']) },
    { name: 'a cheerful rhetorical question', draft: toResident(['How is she still so cheerful after a week of nights? Zoe Marsh is a star.']) },
    { name: 'a resident’s words passed on', draft: toResident(['You told me Zoe Marsh simply did not do what she said she would; I have raised it with her Director in private.']) },
    { name: 'a post-holder praised for candour', draft: toResident(['The Director of Housing has been open and honest with residents about the damp.']) },
    { name: 'an officer\u2019s plain account of a colleague\u2019s slip', draft: officerToMembers(['Zoe Marsh did not log the call on Friday; it is logged now and a surveyor visits on Tuesday.']) },
    { name: 'an officer apologising for a colleague', draft: officerToMembers(['I am sorry Zoe Marsh has not been as responsive as she should have been; I have spoken to her.']) },
    { name: 'a P.S. below the signature that judges no one', draft: withPostscript('P.S. I have asked the planning officer to ring you on Monday.') },
    { name: 'another body’s officer, named by post', draft: toResident(["The Agency's area officer was frankly useless at the meeting; I have written to the Agency."]) },
    { name: 'the officer’s own manager, with a colleague from the same team copied', draft: aDraft().from(cllr.hussain).to(officer.rudd).cc(officer.cho)
      .body(letter('Helen,', ['Zoe Marsh has not been honest with the family about the repair dates.'], 'Kamal', [])).build() },
    { name: 'a report passed on, in the reporter’s words', draft: toResident(["I'm told he was abrupt with you on the phone, and I have passed that to Zoe Marsh's manager."]) },
    { name: 'the forecast taken with a pinch of salt', draft: toResident(['Zoe Marsh came to the meeting. I would take the weather forecast for the fun day with a pinch of salt.']) },
    { name: 'the consultants\u2019 report, not the officer written to', draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.carver)
      .body(letter('Zoe,', ["The consultants' report is a masterpiece of saying nothing; could we ask them for the figures?"], 'Kamal', [])).build() },
    { name: 'a developer\u2019s update that says nothing', draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.carver)
      .body(letter('Zoe,', ["The developer's update tells us precisely nothing about the access road."], 'Kamal', [])).build() },
    { name: 'a police officer named by post, then as PC', draft: toResident(['The neighbourhood officer for the estate, PC Rourke, didn\u2019t turn up again, and I have written to the Inspector.']) },
    { name: 'a resident\u2019s account in the present tense', draft: toResident(['He says Zoe Marsh was short with him on the phone; I have passed it to her Director to look into.']) },
    { name: '"your man" thanked', draft: toResident(['Thanks to your man Ellis for sorting the lights so quickly.']) },
    { name: 'an officer to the Chief Executive and the colleague\u2019s own Director', draft: aDraft().from(officer.rudd).to(officer.marlow).cc(officer.cho)
      .body(letter('Julia,', ['Zoe Marsh simply didn\u2019t send the bundle out, so the hearing was adjourned.'], 'Helen', [])).build() },
    { name: 'the officer\u2019s handling praised', draft: aDraft().from(cllr.hussain).to(officer.zoe).bcc(cllr.carver)
      .body(letter('Zoe,', ['Your handling of the residents\u2019 meeting was superb.'], 'Kamal', [])).build() },
    { name: 'poor weather, not a poor officer', draft: toResident(['The weather has been poor all week, so Zoe Marsh moved the fun day indoors.']) },
    { name: 'a bus an hour late', draft: toResident(['The bus turned up an hour late, so Tom Baines drove the residents himself.']) },
    { name: 'an officer declining a meeting', draft: toResident(['Zoe Marsh declined to meet the developer without the planning officer present.']) },
    { name: 'interest shown', draft: toResident(['Tom Baines has shown great interest in the scheme.']) },
    { name: 'the reader told to draw conclusions about a contractor', draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.carver)
      .body(letter('Zoe,', ["I'll let you draw your own conclusions about the contractor's quote."], 'Kamal', [])).build() },
    { name: 'the Environment Agency officer', draft: toResident(['The Environment Agency officer was frankly useless at the meeting.']) },
    { name: 'a member taking back what she said of the officer', draft: aDraft().from(cllr.holloway).to(officer.zoe).cc(cllr.price)
      .body(letter('Dear Zoe,', ["At Monday's meeting I told residents you hadn't replied to my email. I was wrong: your reply was in my junk folder.", "I've copied Alan as he was there."], 'Beth', [])).build() },
  ],
  invalid: [
    { name: 'a failing said with "simply"', draft: toResident(['Mr Ellis simply did not do what he said he would.']), findings: warning },
    { name: 'honesty denied of an officer named by post', draft: toResident(['The Director of Housing has not been honest with residents about the damp.']), findings: warning },
    { name: 'a verb after "and" with "so much as"', draft: toResident(['Zoe Marsh has had your letter since March and hasn\u2019t so much as acknowledged it.']), findings: warning },
    { name: '"he" after a member named as the one asking is the officer', draft: toResident(['Rob Ellis answered a question from Cllr Price at the meeting. He had not even read the report.']), findings: warning },
    { name: 'a rhetorical question with the officer named after it', draft: toResident(['How many more times will Rob Ellis tell us the lights are fixed?']), findings: warning },
    { name: 'a rhetorical question about keeping the job', draft: toResident(['Tom Baines has lost the committee papers again. How is he still in that job?']), findings: warning },
    { name: 'a motive pinned on the officer', draft: toResident(['Zoe Marsh closed the case without a visit. I can only conclude she closed it to get it off her list.']), findings: warning },
    { name: 'confidence withdrawn from what a post-holder says', draft: toResident(['I no longer have any confidence in what the Director of Place tells me.']), findings: warning },
    { name: 'criticism in a P.S. below the signature', draft: withPostscript("P.S. I'm sorry your planning officer was so short with you on the phone."), findings: warning },
    { name: 'a post the directory does not list', draft: toResident(['The Director of Place told the meeting no such report existed. He was not being straight with people.']), findings: warning },
    { name: 'an officer of another team copied into criticism of a colleague', draft: toManagerCopying(officer.ravi, 'Zoe Marsh has not been honest with the family about the repair dates.'), findings: warning },
    { name: 'the writer’s own doubt after what they were told', draft: toResident(["Every time I ask I'm told Zoe Marsh is gathering evidence, and I'm not convinced she's gathered anything at all."]), findings: warning },
    { name: 'the officer’s assurances taken with a pinch of salt', draft: toResident(["I would take Ms Marsh's assurances with a pinch of salt."]), findings: warning },
    { name: 'an officer’s record of failings', draft: toResident(["Zoe Marsh missed the visit again. I have lost count of the times she has done this."]), findings: warning },
    { name: 'sarcasm with no one named is about the officer written to', draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.carver)
      .body(letter('Zoe,', ["I've read your note three times now. It's a masterpiece of saying nothing."], 'Kamal', [])).build(), findings: warning },
    { name: 'another triumph from a named officer', draft: aDraft().from(cllr.hussain).to(officer.rudd).cc(cllr.carver)
      .body(letter('Helen,', ['Another triumph from Zoe Marsh then \u2013 third missed visit this month.'], 'Kamal', [])).build(), findings: warning },
    { name: 'an insinuated aim', draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.carver)
      .body(letter('Zoe,', ['Another event that half the ward heard about two days before. I can only assume the aim was to keep the numbers down.'], 'Kamal', [])).build(), findings: warning },
    { name: 'either/or and a repeated failing', draft: toResident(["Zoe Marsh inspected the road. Either she didn't walk it or she did it from the van, and it's not the first time she's signed one off like this."]), findings: warning },
    { name: 'the idiom of incompetence', draft: toResident(['The hold-up is Zoe Marsh. Perfectly pleasant, but she couldn\u2019t organise a raffle.']), findings: warning },
    { name: '"your man" in a P.S.', draft: withPostscript('PS your man Baines needs to learn some manners. He put the phone down on me on Friday.'), findings: warning },
    { name: 'weight withdrawn from an officer\u2019s notes', draft: toResident(['Tom Baines says the fence is on the developer\u2019s land. I wouldn\u2019t put much weight on his site notes.']), findings: warning },
    { name: 'not in safe hands with the officer written to', draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.carver)
      .body(letter('Hi Zoe,', ["I'll be honest, I'm not sure this one's in safe hands with you."], 'Kamal', [])).build(), findings: warning },
    { name: 'an officer to another team\u2019s Director about a colleague', draft: aDraft().from(officer.rudd).to(officer.ellis)
      .body(letter('Rob,', ['Zoe Marsh simply didn\u2019t send the bundle out, so the hearing was adjourned.'], 'Helen', [])).build(), findings: warning },
    { name: 'doubt that an officer is suited to the work', draft: toResident(['Zoe Marsh laughed at him. I don\u2019t think she is suited to frontline work.']), findings: warning },
    { name: '"your handling" called incompetent, a member blind-copied', draft: aDraft().from(cllr.hussain).to(officer.zoe).bcc(cllr.carver)
      .body(letter('Zoe,', ['Frankly, your handling of this has been incompetent from start to finish.'], 'Kamal', [])).build(), findings: warning },
    { name: 'an apposition between the name and the verdict', draft: toResident(['Ms Marsh, the tenancy officer handling the Abbey application, has not covered herself in glory.']), findings: warning },
    { name: 'failings with "simply"', draft: toResident(['Zoe Marsh is pleasant enough but she simply doesn\u2019t get things done.']), findings: warning },
    { name: 'his notes, one word between', draft: toResident(['Tom Baines visited twice. His case notes are thin to the point of being useless.']), findings: warning },
    { name: 'still cannot tell', draft: toResident(['After six weeks Mr Ellis still can\u2019t tell me what the depot cost.']), findings: warning },
    { name: 'belief withdrawn', draft: toResident(['Zoe Marsh says March. I\u2019ve stopped believing the dates she gives me.']), findings: warning },
    { name: 'handling called poor', draft: toResident(['Zoe Marsh\u2019s handling of it has been poor from start to finish.']), findings: warning },
    { name: 'late again', draft: toResident(['Please don\u2019t send Tom Baines again. Last time he turned up an hour late.']), findings: warning },
    { name: 'replies as an optional extra', draft: toResident(['Mr Baines in Waste appears to regard answering councillors\u2019 emails as an optional extra.']), findings: warning },
    { name: 'a statutory post unprepared again', draft: toResident(["The Section 151 officer could not answer a single question, and it's not the first time he has come so badly prepared."]), findings: warning },
    { name: 'losing an objection twice', draft: toResident(["How does the case officer manage to lose a neighbour's objection not once but twice?"]), findings: warning },
    { name: 'told something untrue', draft: toResident(['Either Zoe Marsh didn\u2019t know, or she did know, in which case I was told something that wasn\u2019t true.']), findings: warning },
    { name: '"you are the manager" and what the family needs', draft: aDraft().from(cllr.hussain).to(officer.zoe).bcc(resident.gmail)
      .body(letter('Zoe,', ['But you are the manager, and this family needs someone who will do what they say they will do.'], 'Kamal', [])).build(), findings: warning },
    { name: 'an officer\u2019s hedge is not an apology', draft: officerToMembers(["I'm sorry to say the report has not been opened by Zoe Marsh, and this is the third contract this year that has stalled on her desk."]), findings: warning },
    { name: 'a story told in "he" across a numbered list', draft: aDraft().from(cllr.hussain).to(resident.btinternet)
      .body("Dear Mr Morgan,\n\nI've run out of patience with how this has been handled by Tom Baines. For the record:\n\n1. He told me he would visit. Nobody went.\n2. He promised an update. I've had nothing.\n3. He cancelled the site meeting. It was raining.\n4. He has not replied to any of my last four emails.\n\nBest wishes,\n\nCllr Kamal Hussain").build(), findings: warning },
    { name: 'an officer running a colleague down to members', draft: officerToMembers(['Zoe Marsh had the programme for three weeks and did not pass it on. It isn\u2019t the first time I\u2019ve had to pick up after her.']), findings: warning },
  ],
});
