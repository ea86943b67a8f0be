// officer-criticism on the kinds round 23's unseen councils wrote (an English unitary, a bilingual Welsh
// county): a repeat pinned "with Sophie"; two verdicts joined after the name ("Three promises, three misses.
// Hopeless, and not up to the job."); "wonder whether you read your emails at all" after "nothing at all";
// a sarcastic comment that goes on about the officer ("Remarkable, isn't it, how…"); and in Welsh, the
// pronouns that carry the officer ("Wnaeth e ddim…", "iddo", "mae hi dal heb…"), "ddim yn gwybod ei waith",
// "y gorau y gall hi", a rhetorical "Ydych chi'n darllen eich e-byst o gwbl?" — with their look-alikes.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const officerToMembers = (paragraphs: string[]) => aDraft().from(officer.rudd).to(cllr.hussain).cc(cllr.price)
  .body(letter('Dear Cllr Hussain,', paragraphs, 'Regards,', ['Helen Rudd'])).build();
const memberToPress = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.journalist).body(letter('Sam,', paragraphs, 'Kamal', [])).build();
const memberToColleague = (text: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${text}\n\nKamal`).build();
const memberToOfficerAndResident = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(officer.zoe).cc(resident.gmail)
  .body(letter('Zoe,', paragraphs, 'Kamal', [])).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'not the first time with this contractor', draft: officerToMembers(["The referral sat with the contractor for five weeks, and I'm afraid it isn't the first time with them. Tom Baines has now escalated it."]) },
    { name: 'a verdict on the plan, the thing named after the officer', draft: memberToPress(['Tom Baines sent me the plan on Monday. The plan? Hopeless, and not up to the job.']) },
    { name: 'wondering if the officer could check something (a request)', draft: memberToOfficerAndResident(['I wonder if you could check the figures before Thursday.', 'Mrs Jones has asked to see them too.']) },
    { name: 'remarkable, said of the weather', draft: memberToColleague('Zoe Marsh came out on Sunday to look at the culvert. Remarkable, isn\u2019t it, how much rain fell in an hour.') },
    { name: 'Welsh: "I don\u2019t understand what the delay is" (the writer)', draft: memberToColleague("Ges i ateb gan Zoe Marsh ddoe. Dwi ddim yn deall beth yw'r oedi gyda'r contractwr.") },
    { name: 'Welsh: she knows her job well', draft: memberToColleague("Mae Zoe Marsh wedi bod allan eto heddiw. Mae hi'n gwybod ei gwaith yn dda, chwarae teg.") },
    { name: 'Welsh: an officer\u2019s plain account of a colleague', draft: officerToMembers(['Roedd Tom Baines i fod i osod yr arwyddion ddydd Llun. Wnaeth e ddim. Mae\u2019r arwyddion yn eu lle erbyn hyn.']) },
    { name: 'Welsh: a polite question to the officer', draft: memberToOfficerAndResident(["Ydych chi'n gallu gwirio'r ffigurau cyn dydd Iau?", 'Mae Mrs Jones wedi gofyn am gopi.']) },
  ],
  invalid: [
    { name: 'not the first time with Sophie, by name', draft: officerToMembers(["The referral sat with Zoe Marsh for five weeks before it reached us, and I'm afraid it isn't the first time with Zoe - I've raised it before."]), findings: warning },
    { name: 'two verdicts joined after the name, a plan promised between', draft: memberToPress(['I first raised it with Tom Baines in March. In October I was promised a plan by Christmas.', 'Three promises, three misses. Hopeless, and not up to the job.']), findings: warning },
    { name: 'nothing at all, then wondering whether you read your emails', draft: memberToOfficerAndResident(['Since you took it over in November, there has been nothing at all.', "I'm beginning to wonder whether you read your emails at all."]), findings: warning },
    { name: 'a sarcastic comment that goes on about the officer', draft: aDraft().from(cllr.hussain).to({ name: 'All Members', email: 'allmembers@harburyvale.gov.uk' })
      .body('If you send a motion to Tom Baines, keep a copy. This is the third time a motion of mine has been "mislaid" on the way to him. Remarkable, isn\u2019t it, how the ones that go missing always seem to be mine.\n\nKamal').build(), findings: warning },
    { name: 'Welsh: "Dyw e ddim yn gwybod ei waith"', draft: memberToColleague("Daeth Tom Baines allan bore 'ma o'r diwedd. Dyw e ddim yn gwybod ei waith, a dweud y gwir plaen."), findings: warning },
    { name: 'Welsh: "y gorau y gall hi"', draft: memberToColleague("Ges i ateb gan Zoe Marsh o'r diwedd. Os mai dyna'r gorau y gall hi ei wneud, does dim gobaith i ni."), findings: warning },
    { name: 'Welsh: the fourth e-mail, and do you read your e-mails at all?', draft: memberToOfficerAndResident(["Dyma'r pedwerydd e-bost i mi ei anfon atoch chi am y teulu.", "Ydych chi'n darllen eich e-byst o gwbl, neu ydyn nhw'n mynd yn syth i'r bin?"]), findings: warning },
    { name: 'Welsh: an officer pins a third forgetting on a colleague', draft: officerToMembers(["Roedd Tom Baines i fod i osod yr arwyddion ddydd Llun. Wnaeth e ddim.",
      "A bod yn onest, dyma'r trydydd tro eleni iddo anghofio rhywbeth mor sylfaenol, a dydw i ddim yn siŵr ei fod e'n barod i weithio ar ei ben ei hun."]), findings: warning },
  ],
});

// A damning comparison of two officers ("When Ailsa had it… Since Tom took it over…"), and doubt that an officer
// has "the first idea" — and their look-alikes: a comparison that finds nothing wrong, "any idea" of a surprise.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'a comparison that finds no failing', draft: memberToColleague('When Zoe Marsh looked after the allotments we met every month. Since Tom Baines took them over in June we meet every fortnight.') },
    { name: '"any idea" of a surprise', draft: memberToColleague("I don't think Zoe Marsh has any idea we're planning her leaving do, so keep it quiet.") },
    { name: 'Welsh: a name with "\u2019n" thanked', draft: memberToColleague("Diolch i Zoe Marsh - pan oedd Zoe'n delio \u00e2'r achos roedd pethau'n symud, ac mae hi'n dal i helpu.") },
  ],
  invalid: [
    { name: 'a damning comparison, then nothing at all', draft: aDraft().from(cllr.hussain).to(officer.cho).cc(cllr.price, resident.gmail)
      .body(letter('Amanda,', ['Last year, when Zoe Marsh was looking after this file, residents had a call back within a day.', 'Since it passed to Tom Baines in June they have had nothing at all.',
        'He has not been on site since July, and the notice we were promised has not been served.'], 'Kamal', [])).build(), findings: warning },
    { name: 'doubt that he has the first idea', draft: memberToColleague("I don't know what Tom Baines does with his day, and I don't think he has the first idea what's going on at the park."), findings: warning },
  ],
});

// Round 24's Scottish council: "nae confidence left in him", a rhetorical "How many more months does Mr … need to
// read one file? And is anybody actually checking his work?", "still no reply from Gordon… far too busy… to answer
// a mere councillor. must be nice", "ill raise it" (I'll, not illness) — and praise: "the one bright spot has
// been…, who has gone out of her way".
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'the one bright spot, who has gone out of her way', draft: aDraft().from(cllr.hussain).to(resident.gmail).body(letter('Dear Mrs Jones,', ['The bin service has been a right guddle since the new routes.',
      'The one bright spot has been Zoe Marsh, who has gone out of her way for your street and came out herself last Tuesday to see the problem.', 'She has promised me the missed uplift will be collected by Thursday.'], 'Kamal', [])).build() },
    { name: 'how many more months, asked of the contractor', draft: memberToPress(['How many more months does the contractor need to finish one road? And is anybody actually checking the work?']) },
    { name: 'ill raise it, with no officer judged', draft: memberToColleague('fyi Zoe Marsh is on the street lights now, she rang me this morning. ill raise it at the ward meeting') },
  ],
  invalid: [
    { name: 'Scots: nae confidence left in him', draft: memberToColleague("Frankly Tom Baines has been haverin' about this since August and I've nae confidence left in him getting it done."), findings: warning },
    { name: 'rhetorical questions to the press about reading a file and checking his work', draft: memberToPress(['How many more months does Mr Baines need to read one planning file? And is anybody in that department actually checking his work?']), findings: warning },
    { name: 'still no reply, too busy for a mere councillor, must be nice, ill raise it', draft: memberToColleague('fyi still no reply from Tom about the street lights, 2 weeks in darkness now. seems hes far too busy with his "strategic review" meetings to answer a mere councillor. must be nice. ill raise it at the ward meeting'), findings: warning },
  ],
});

// Round 24's officers blaming colleagues: "…by the housing officer who took the call, Ryan Tosh. Frankly, his
// record-keeping has been a problem for a while", "it's a pattern with her, and I'd not rely on her", Scots "I
// wouldnae trust her to run a menage" — and the look-alikes that share the words.
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'looking after it for a while, and trusted', draft: officerToMembers(['Zoe Marsh has been looking after the estate for a while and knows it well; I would trust her to run the meeting.']) },
    { name: 'a pattern with the weather; not relying on the bus', draft: officerToMembers(["It's a pattern with the weather every November, so I'd not rely on the bus for the site visit."]) },
  ],
  invalid: [
    { name: 'an unlisted post beside the name, then a problem for a while', draft: aDraft().from(officer.rudd).to(resident.gmail).cc(cllr.price)
      .body(letter('Dear Mrs Jones,', ['Your repair was reported in September, but it was never logged by the housing officer who took the call, Tom Baines.',
        "Frankly, his record-keeping has been a problem for a while and I don't think you'd have heard anything if Cllr Price hadn't contacted us."], 'Yours sincerely,', ['Helen Rudd'])).build(), findings: warning },
    { name: 'a pattern with her, and not relying on her', draft: officerToMembers(["The reports sat in Ms Marsh's inbox for four days. Between ourselves, it's a pattern with her, and I'd not rely on her to get the January papers out on time either."]), findings: warning },
    { name: 'Scots: wouldnae trust her to run a menage', draft: memberToColleague("I've dealt with Zoe Marsh on this from the start and I wouldnae trust her to run a menage, never mind a department."), findings: warning },
  ],
});

// Hollybank (round 24): "Tom really isn't up to enforcement work", "customer care isn't Mr Walsh's strongest suit".
ruleTester.run(officerCriticism, {
  valid: [
    { name: 'not up to date; not the strongest suit of the software', draft: memberToColleague("Tom Baines says the register isn't up to date yet. Speed isn't the new system's strongest suit either.") },
  ],
  invalid: [
    { name: 'an officer: he really isn\u2019t up to enforcement work', draft: officerToMembers(["The file was with Tom Baines. Tom really isn't up to enforcement work, and I've had to take back three of his cases this month."]), findings: warning },
    { name: 'understatement about a named officer to a resident', draft: aDraft().from(cllr.hussain).to(resident.gmail).body("Hi Pat\n\nI'm sorry you were spoken to like that. Let's just say customer care isn't Mr Baines's strongest suit - you're not the first resident to tell me so.\n\nKamal").build(), findings: warning },
  ],
});
