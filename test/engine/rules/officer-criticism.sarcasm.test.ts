// officer-criticism on the kinds round 17's unseen councils wrote: sarcasm ("surprise surprise",
// "at that rate…", "I'm sure she's been terribly busy"), a damning comparison ("I don't know what Tom
// does with his week"), a message typed all in lower case that names an officer by first name alone,
// "the man is bone idle", "Typical Tom", an officer running a colleague down to a resident or a
// journalist, a complaint backing what a resident reported ("not the first time I have heard this
// about Mr Baines"), "…and frankly isn't up to the job" — and, for each, the look-alikes that share
// its words: the contractor mocked, a police officer, praise, a fair excuse, a report passed on —
// and a surname alone ("Baines asleep at the wheel again"), "man is useless" past a resident named
// in between, "Well done Tom." said in sarcasm, with the everyday words and streets that share them.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.btinternet)
  .body(letter('Dear Mr Morgan,', paragraphs, 'Best wishes,', ['Cllr Kamal Hussain'])).build();
const toWardColleagues = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(cllr.price).cc(cllr.carver)
  .body(letter('Alan, Hugh,', paragraphs, 'Kamal', [])).build();
/** A phone message with no capitals at all, greeting and sign-off included. */
const typedOnAPhone = (line: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${line}\n\nsent from my iphone`).build();
const officerToResident = (paragraphs: string[]) => aDraft().from(officer.rudd).to(resident.btinternet)
  .body(letter('Dear Mr Morgan,', paragraphs, 'Yours sincerely,', ['Helen Rudd', 'Tenancy Services Manager'])).build();
const officerToPress = (paragraphs: string[]) => aDraft().from(officer.rudd).to(resident.journalist)
  .body(letter('Hi Sam,', paragraphs, 'Thanks,', ['Helen'])).build();
const complaintToDirector = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(officer.marlow).bcc(cllr.price)
  .body(letter('Dear Ms Marlow,', paragraphs, 'Yours sincerely,', ['Cllr Kamal Hussain'])).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'mock surprise at the contractor, the officer chasing them', draft: toResident(['The contractor has been out again and, surprise surprise, the hole is still there.', 'Tom Baines is chasing them under the contract.']) },
    { name: 'a lower-case message praising an officer by first name', draft: typedOnAPhone('ravi sorted the lifts in a day, hes been brilliant with the tenants again') },
    { name: 'a lower-case message passing on what an officer said', draft: typedOnAPhone('ravi says the lifts will be fixed by fri, ill let the tenants know. he is chasing the contractor every day') },
    { name: '"the man" from the contractor is bone idle', draft: toWardColleagues(['Tom Baines met the contractor on site.', 'The man from the contractor is bone idle, and I have written to his firm.']) },
    { name: 'typical of the officer, in praise', draft: toResident(['Typical Tom Baines, out the same day and sorted by teatime, brilliant as ever.']) },
    { name: "an officer's account of a colleague off sick", draft: officerToResident(['Tom Baines did not visit in May because he was off sick, and what he told you on the phone was accurate at the time.', 'I have visited myself this week.']) },
    { name: "sorry to say, of the contractor's attitude", draft: complaintToDirector(["I'm sorry to say the contractor has shown the same attitude again.", 'Zoe Marsh has done all she can to hold them to the contract.']) },
    { name: 'at that rate, of spending', draft: toResident(['At that rate of spending the budget will be gone by March.', 'Zoe Marsh has flagged it to the Director.']) },
    { name: "I'm sure she's busy, kindly", draft: toResident(['I asked Zoe Marsh for an update.', "I'm sure she's very busy, so there is no rush at all."]) },
    { name: 'not knowing what the officer thinks', draft: toWardColleagues(["I don't know what Tom Baines thinks of the plans yet; I'll ask him on Monday."]) },
    { name: 'a police officer, named by title before the post', draft: toWardColleagues(['PC Gary Dawson, who is supposed to be our neighbourhood officer, hasn\u2019t been seen on the estate since August and hasn\u2019t answered a single email.', 'Frankly he seems to have given up on us.']) },
    { name: "a resident's complaint passed on to the Director, not backed", draft: complaintToDirector(['Mrs Ritchie tells me Tom Baines was rude and dismissive when she stopped him.', 'I would be grateful if you could look into it.']) },
    { name: "a report passed on, the writer's own experience about someone else", draft: complaintToDirector(['Mrs Ritchie tells me Tom Baines was rude to her.', 'This is not the first time I have heard this about the contractor\u2019s crews.']) },
    { name: 'a surname that is an everyday word opening a sentence', draft: toWardColleagues(['Stone walls along the lane are crumbling again, and frankly the repairs have been useless.']) },
    { name: 'a surname as the first word of a street', draft: toWardColleagues(['Baines Road is flooded again, and frankly the drainage there is useless.']) },
    { name: 'well done, meant', draft: toResident(['Well done Tom Baines.', 'Two weeks from report to repair, and not a single complaint since.']) },
    { name: '"man is useless" with no man named before', draft: typedOnAPhone('the contractor sent someone again, mrs p sat in all day for nothing. man is useless. tom baines is chasing them') },
    { name: 'how she is still getting on', draft: toWardColleagues(['How is she still getting on with the new system? Zoe Marsh mentioned it was slow to start with.']) },
  ],
  invalid: [
    { name: 'mock surprise and a lesson for next time', draft: toResident(['So Tom Baines has been out with his tape measure again and, surprise surprise, the hole that put Mr Dhillon\u2019s wife in hospital is too shallow to fill.', 'Perhaps next time he could measure it before somebody breaks a leg rather than after.']), findings: warning },
    { name: 'a lower-case message naming the officer by first name alone', draft: typedOnAPhone('can u have a word. ravi has done it again - told the tenants the lifts wd be fixed by fri, they werent and now hes not picking up. honestly im sick of covering for him, he just doesnt follow anything through'), findings: warning },
    { name: 'the man is bone idle, in a P.S.', draft: toWardColleagues(['Stalls are all booked for the fair.', 'PS is Gavin Tull ever going to clear the gullies? That\u2019s the third time I\u2019ve reported them. Between you and me the man is bone idle.']), findings: warning },
    { name: 'typical of him, and given up expecting it', draft: toResident(['See below, this is what I got back. Typical Tom, lots of words and no van.', "He's been promising to clear the yard since May and I've stopped expecting him to."]), findings: warning },
    { name: 'an officer running a colleague down to a resident', draft: officerToResident(['Tom Baines didn\u2019t open a formal case, never visited the site, and what he told you in May wasn\u2019t accurate, because he hadn\u2019t checked the plans.', 'To be honest with you, I don\u2019t think the case was given the attention it should have been.']), findings: warning },
    { name: 'the same attitude, sorry to say, in a complaint a colleague is blind-copied on', draft: complaintToDirector(['When one of them rang, Zoe Marsh told her it was her own responsibility to read the signs.', 'I have since spoken to Zoe Marsh myself and, I\u2019m sorry to say, got much the same attitude: no acknowledgement of the error and a flat refusal to look at the tickets again.']), findings: warning },
    { name: 'at that rate, and terribly busy', draft: toResident(['I asked Zoe Marsh for an update back in May.', 'Her reply arrived this morning, so at that rate of progress we should see permits some time around 2031.', "I'm sure she's been terribly busy with something."]), findings: warning },
    { name: 'a damning comparison: nothing since it went back to him', draft: toWardColleagues(['Since it went back to Tom Baines in September we\u2019ve had nothing.', 'Not a visit, not a phone call, not an acknowledgement.', 'I genuinely don\u2019t know what Tom does with his week but it isn\u2019t this.']), findings: warning },
    { name: 'an officer to a journalist, off the record', draft: officerToPress(['Off the record: the inspector, Zoe Marsh, marked that defect as no action.', 'Between us, she\u2019s done that before, and I don\u2019t think she\u2019d know a category 1 defect if she fell into one.']), findings: warning },
    { name: 'how is she still in a job', draft: typedOnAPhone('zoe marsh has told another of our residents the wrong thing about the discount. 3rd one this month. honestly how is she still in a job'), findings: warning },
    { name: '"and frankly isn\u2019t up to the job" after another verdict', draft: aDraft().from(cllr.hussain).to(resident.journalist).body(letter('Sam,', ['Here is my comment, as a ward councillor:', '"Tom Baines has shown a complete lack of grip on the inspections and frankly isn\u2019t up to the job."'], 'Kamal', [])).build(), findings: warning },
    { name: 'a surname alone, on a phone', draft: toWardColleagues(['Baines asleep at the wheel again. Bins not done since Thursday, third time this month. Useless man.']), findings: warning },
    { name: '"man is useless" after a resident named in between', draft: typedOnAPhone('tom baines strikes again. 3rd no show this month, mrs p sat in all day for nothing. man is useless'), findings: warning },
    { name: 'well done, in sarcasm, to the officer and a resident', draft: aDraft().from(cllr.hussain).to(resident.btinternet).cc(officer.baines).body(letter('Dear Mr Morgan, Tom,', ['Well done Tom.',
      'Eleven weeks to establish that an extension nobody applied for is an extension nobody applied for.', "At this rate Mr Morgan's grandchildren will be drawing their pensions before anyone decides.",
      'Might it be worth opening the file before the next site visit, or is that asking too much?'], 'Kamal', [])).build(), findings: warning },
    { name: 'a report backed by the writer: not the first time', draft: complaintToDirector(['Mrs Ritchie tells me Tom Baines was rude and dismissive when she stopped him.', 'This is not the first time I have heard this about Mr Baines.']), findings: warning },
  ],
});
