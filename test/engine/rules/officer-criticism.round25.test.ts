// officer-criticism on the kinds round 25's unseen councils wrote (an English borough, a Scots-inflected
// council, a bilingual Welsh county): criticism with no stock insult — mock praise ("Truly marvellous work",
// "llongyfarchiadau … ar lwyddo i golli"), the count that says it keeps happening ("four out of four", "yn
// olynol"), "X's idea of…", the officer's work set against someone else's ("every other officer I deal with",
// "more out of the parish newsletter than out of him"), the writer's effort against their silence ("I've chased
// her three times"), mock doubt ("I'd be amazed if he got out of the van", "dwi eto i weld unrhyw dystiolaeth"),
// a rhetorical question after a lead-in ("So, an honest question: does anybody check…?") and praise denied
// ("I'm not impressed") — with their look-alikes.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToColleague = (text: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${text}\n\nKamal`).build();
const memberToOfficerOnly = (text: string) => aDraft().from(cllr.hussain).to(officer.zoe).body(`${text}\n\nKamal`).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'sincere praise with "marvellous" and "again"', draft: memberToColleague('Thanks to Zoe Marsh - marvellous work on the Mill Lane file again.') },
    { name: 'mock praise of the contractor, the officer only chasing them', draft: memberToColleague('The contractor has missed the Mill Lane collection again. Marvellous work. Zoe Marsh has chased them twice this week.') },
    { name: 'someone more experienced to cover a leave', draft: memberToColleague("Zoe Marsh is on leave next week, so I'd like someone more experienced to cover the hearing.") },
    { name: 'a resident\u2019s sneer passed on, not adopted', draft: memberToColleague("Mrs Jones tells me Tom Baines's idea of a site visit is a drive past. I have always found him thorough and I'm not taking sides.") },
    { name: 'the same words sent only to the officer', draft: memberToOfficerOnly("Zoe Marsh closed the Mill Lane job as no access again. That's four out of four. Truly marvellous work.") },
    { name: 'the same words in the quoted earlier message', draft: aDraft().from(cllr.hussain).to(cllr.price)
      .body("Noted, thanks - I'll pick it up on Monday.\n\nKamal\n\n-----Original Message-----\nFrom: Cllr Alan Price\nSent: 3 March 2026 10:00\nTo: Cllr Kamal Hussain\nSubject: Mill Lane\n\nZoe Marsh closed the Mill Lane job as no access again. That's four out of four. Truly marvellous work.\n\nAlan").build() },
    { name: 'yet to see the contractor\u2019s report', draft: memberToColleague("I've yet to see the contractor's report. Zoe Marsh has asked them for it.") },
    { name: 'Welsh: congratulations on passing an exam', draft: memberToColleague("Llongyfarchiadau i Zoe Marsh ar lwyddo yn ei harholiad. Diolch am bopeth.") },
  ],
  invalid: [
    { name: 'a count and mock praise after the failing', draft: memberToColleague("Zoe Marsh closed the Mill Lane job as no access again. That's four out of four. Truly marvellous work."), findings: warning },
    { name: '"X\u2019s idea of", and more out of a newsletter than out of him', draft: memberToColleague("Tom Baines's idea of consultation is a notice on a lamp post. Says it all, frankly: I've had more out of the parish newsletter than I've had out of him."), findings: warning },
    { name: 'every other officer, and chased three times', draft: memberToColleague('Zoe Marsh has had the Mill Lane file since June. Every other officer I deal with manages to pick up the phone, but I have chased her three times and had nothing back.'), findings: warning },
    { name: 'Welsh: congratulations on managing to miss a third meeting in a row', draft: memberToColleague("Llongyfarchiadau i Zoe Marsh ar lwyddo i golli'r trydydd cyfarfod yn olynol."), findings: warning },
    { name: 'Welsh: between us, yet to see any evidence', draft: memberToColleague("Bob tro rwy'n cael yr un ateb gan Tom Baines. Rhyngom ni, dwi eto i weld unrhyw dystiolaeth fod Tom Baines wedi bod yno."), findings: warning },
    { name: 'a rhetorical question after a lead-in', draft: memberToColleague('Zoe Marsh closed the report as made safe again. So a simple question: does anybody check what she marks as complete?'), findings: warning },
    { name: 'amazed if he got out of the van', draft: aDraft().from(cllr.hussain).to(officer.cho).bcc(cllr.price)
      .body(letter('Amanda,', ["Tom Baines measured the slab and marked it within tolerance. I don't know how he measured it, but I'd be amazed if he got out of the van."], 'Kamal', [])).build(), findings: warning },
    { name: 'praise denied', draft: aDraft().from(cllr.hussain).to(resident.gmail)
      .body(letter('Dear Pat,', ["I'm not impressed with Zoe Marsh, to be honest. She has had two months and still hasn't been out."], 'Kamal', [])).build(), findings: warning },
  ],
});

// Blame carried across sentences: a promise the officer made and the sentences after it that say it was not kept
// ("promised me a decision… I have chased her twice since and had nothing back", "You told me… It hadn't", Welsh
// "Addawodd… dim byd"), a question that opens on "or" going on asking, and "the same person" / "yr un person"
// pointing back to the officer named last — with their look-alikes.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'the writer\u2019s own promise, the officer named after it', draft: memberToColleague("I told Zoe Marsh I would pass it to the housing team. I have not had a chance to yet.") },
    { name: 'a promise kept', draft: memberToColleague('Zoe Marsh promised me a decision within a fortnight. It came in ten days and the family are delighted.') },
    { name: 'a resident\u2019s account of a promise, passed on', draft: memberToColleague("Mrs Jones says Tom Baines promised her a call back and never rang. I haven't formed a view and I wasn't there.") },
    { name: 'the same person thanked', draft: memberToColleague('Zoe Marsh sorted the Mill Lane bins. This is the third time the same person has bailed us out - thanks.') },
    { name: 'a broken promise sent only to the officer', draft: memberToOfficerOnly('Zoe Marsh promised me a decision within a fortnight on 3 March. I have chased her twice since and had nothing back.') },
  ],
  invalid: [
    { name: 'a promise, then chased twice with nothing back', draft: memberToColleague('Zoe Marsh promised me a decision within a fortnight on 3 March. I have chased her twice since and had nothing back.'), findings: warning },
    { name: '"You told me…" in a reply-all to all members', draft: aDraft().from(cllr.hussain).to(officer.zoe, mailbox.allMembers)
      .body(letter('Zoe,', ['You told me in November this had been put right. It hadn\u2019t then and it still hasn\u2019t.'], 'Kamal', [])).build(), findings: warning },
    { name: 'a question that opens on "or" goes on asking', draft: memberToColleague('Zoe Marsh closed the defect as made safe. So a simple question: does anybody check what she marks as complete? Or is made safe just the quickest way to clear a list? It isn\u2019t the first time, either.'), findings: warning },
    { name: 'Welsh: a promise not kept, and "yr un person"', draft: memberToColleague("Addawodd Tom Baines ffonio'r teulu erbyn dydd Mercher. Wythnos yn ddiweddarach: dim galwad, dim byd. Dyma'r trydydd tro i fi orfod mynd ar ôl yr un person."), findings: warning },
  ],
});

// A resident's words quoted as theirs ("In her words, not mine: …", "yn ei geiriau hi") are a report passed on, not
// the member's criticism — unless the member backs them.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'in her words, not mine', draft: memberToColleague('A tenant rang me upset. In her words, not mine: "Zoe Marsh was rude and dismissive on the phone." I have only ever found Zoe helpful.') },
    { name: 'in her words, a quoted verdict', draft: memberToColleague('Mrs Jones came to my surgery. In her words, Tom Baines was "rude and useless". I am not making a complaint about him myself.') },
    { name: 'Welsh: yn ei geiriau hi', draft: memberToColleague("Ffoniodd tenant fi ddoe. Yn ei geiriau hi, roedd Zoe Marsh yn anghwrtais ac yn ddiog. Dwi ddim yn cymryd ochr.") },
  ],
  invalid: [
    { name: 'in her words, then backed by the member', draft: memberToColleague('Mrs Jones came to my surgery. In her words, Tom Baines was "rude and useless". I have heard the same about Tom Baines from other residents.'), findings: warning },
    { name: 'in other words (the writer\u2019s own)', draft: memberToColleague('Tom Baines has not replied since March. In other words, Tom Baines was rude and dismissive.'), findings: warning },
  ],
});

// A failing said of a thing pinned on the officer a sentence names as its author ("Donnelly produced the last two
// versions as well", "angharad signed it off", "Dyna Beddoe i chi"), and "I appreciate it was…" as a concession,
// not praise — with their look-alikes: a decision or a contractor at fault, and thanks that are meant.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'the committee\u2019s decision wrong, the officer only the report\u2019s author', draft: memberToColleague("I think the committee's decision was the wrong one. The officer's report, written by Zoe Marsh, set out the harm in detail.") },
    { name: 'the contractor\u2019s figures wrong, the officer summarising them', draft: memberToColleague("The contractor's figures are wrong again. Zoe Marsh prepared the summary from them.") },
    { name: 'the author thanked', draft: memberToColleague('The figures were wrong again last month. Zoe Marsh prepared them, and I appreciate her help in putting them right so quickly.') },
  ],
  invalid: [
    { name: 'wrong again, and the author named', draft: memberToColleague('The housing figures in the Cabinet paper are wrong again. Zoe Marsh produced the last two versions as well.'), findings: warning },
    { name: 'Welsh: changed again, "Dyna Tom Baines i chi"', draft: memberToColleague("Ces i'r drydedd fersiwn o'r tabl neithiwr, gyda'r ffigurau wedi newid eto. Dyna Tom Baines i chi.") , findings: warning },
    { name: 'lower case, one run-on sentence', draft: memberToColleague('agenda went out last night without the reps in it. thats the second time since sept. zoe marsh signed it off apparently'), findings: warning },
    { name: '"I appreciate it was a long meeting" is a concession', draft: memberToColleague("This is the third minute this year that Zoe Marsh has had to correct. I appreciate it was a long meeting, but I'm not sure she's up to it, and I'd expect someone more experienced."), findings: warning },
  ],
});

// A name alone on the first line typed in lower case ("iain") greets the officer the "you" means; "more out of the
// Courier than out of him" is a failing too; "it tells me he hadn't read…" is the writer's inference, not a report
// passed on — with their look-alikes.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'a resident\u2019s account, "tells me"', draft: memberToColleague('Mrs Jones tells me Tom Baines hadn\u2019t read the report before the visit. I have not looked into it yet.') },
    { name: 'a lower-case greeting, thanks', draft: aDraft().from(cllr.hussain).to(officer.zoe, cllr.price)
      .body('zoe\n\nthanks for sorting this so quickly. you told us it would be done by easter and it was.\n\nkamal').build() },
    { name: 'more out of the newsletter than out of the contractor', draft: memberToColleague("Zoe Marsh passed on the contractor's update. I've had more information out of the parish newsletter than out of them.") },
  ],
  invalid: [
    { name: 'a lower-case name alone greets the officer "you" means', draft: aDraft().from(cllr.hussain).to(officer.zoe, cllr.price)
      .body("zoe\n\nWith respect, this is the same email you sent us in March with the dates changed. You told us it would be done before Easter. It wasn't, and it still isn't.\n\nkamal").build(), findings: warning },
    { name: 'more out of the newsletter than out of him', draft: memberToColleague("Tom Baines's idea of a consultation is a notice on a lamp post. I've had more information out of the parish newsletter than out of him."), findings: warning },
    { name: '"it tells me he hadn\u2019t read the report"', draft: memberToColleague('I raised it with Tom Baines in March and he said the family could manage. That is not acceptable, and it tells me he hadn\u2019t read the report.'), findings: warning },
  ],
});

// The officer written to, after a preposition ("so I'm coming to you"), is where the writer turns, not who the
// sentence is about; praise taken back in a short line after it ("Other people's deadlines, anyway.") is faint
// praise — with their look-alikes.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'praise, then thanks', draft: memberToColleague('Zoe Marsh is very good at sending reminders about deadlines. Thanks, Zoe.') },
    { name: 'praise, then the weather (one kind, no failing)', draft: memberToColleague('Zoe Marsh is very good at sending reminders. Shame about the weather on the day.') },
    { name: 'waiting on the contractor, coming to you', draft: aDraft().from(cllr.hussain).to(officer.cho).cc(cllr.price)
      .body(letter('Amanda,', ['Zoe Marsh has chased the contractor three times since June. I am not going to spend another month waiting on them, so I am coming to you.'], 'Kamal', [])).build() },
  ],
  invalid: [
    { name: 'chased her, then "so I\u2019m coming to you"', draft: aDraft().from(cllr.hussain).to(officer.cho).cc(cllr.price)
      .body(letter('Amanda,', ["I've chased Zoe Marsh three times since June and had one holding reply. I'm not going to spend another month waiting on her, so I'm coming to you."], 'Kamal', [])).build(), findings: warning },
    { name: 'faint praise taken back', draft: memberToColleague("Zoe Marsh is very good at sending reminders about deadlines. Other people's deadlines, anyway. That's the third pack this year with a report missing."), findings: warning },
  ],
});

// A job title typed in lower case ("the director of housing") names the one officer whose title it starts — and
// a post the directory does not hold ("the director of public health") names no one.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'a lower-case post the directory does not hold', draft: aDraft().from(cllr.hussain).to(resident.gmail)
      .body('hi pat\n\nas your councillor i raised it with the director of public health in august. shes had two months and clearly hasnt bothered to reply.\n\nkamal').build() },
  ],
  invalid: [
    { name: 'a lower-case job title stands for the officer', draft: aDraft().from(cllr.hussain).to(resident.gmail)
      .body('hi pat\n\nas your councillor i raised it with the director of housing in august. shes had two months and clearly hasnt bothered to reply.\n\nkamal').build(), findings: warning },
  ],
});

// Three separate verdicts on one officer, one said with emphasis ("Does she actually read…? Has she been… even once?
// How does it take one officer four months…?"), weigh as much as two kinds of evidence — plain questions do not.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'three plain questions about the officer', draft: memberToColleague('Does Zoe Marsh know about the Mill Lane meeting? Has she read the residents\u2019 letter? Does she check the inbox on Fridays?') },
  ],
  invalid: [
    { name: 'three verdicts, with emphasis', draft: memberToColleague('Does Zoe Marsh actually read the complaints she is sent? Has she been to Mill Lane even once? How does it take one officer four months to write a single letter?'), findings: warning },
  ],
});
