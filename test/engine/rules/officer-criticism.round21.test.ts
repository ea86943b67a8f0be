// officer-criticism on the kinds round 21's unseen council wrote: mock busyness ("has obviously been
// very busy doing whatever it is she does all day") and rhetorical questions about a duty ("Does she
// actually visit the schemes she is responsible for? And who, if anybody, checks her work?") — and
// round 22's reply-all that opens on the reader's name ("Martin, this is the third time in a month
// Chloe Barnard has…") — and the look-alikes that share their words ("how well she handled it").
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.btinternet)
  .body(letter('Dear Mr Morgan,', ['As your ward councillor I have chased this again.', ...paragraphs], 'Best wishes,', ['Cllr Kamal Hussain'])).build();
const toPress = (paragraphs: string[]) => aDraft().from(cllr.hussain).to({ name: 'Rachel Dobson', email: 'rachel.dobson@valestar.co.uk' })
  .body(letter('Rachel,', ['Speaking as a ward councillor for Riverside:', ...paragraphs], 'Kamal', [])).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'busy, said kindly', draft: toResident(['Zoe Marsh has obviously been very busy with the flooding, and she still came out on Sunday to look at your drain.']) },
    { name: 'a real question about when she visits', draft: toResident(['Does she visit on Tuesdays or Thursdays? Zoe Marsh asked me to find out which suits you.']) },
    { name: 'who, if anyone, checks the play area (no officer named)', draft: toPress(['Who, if anyone, checks the play equipment at Ferry Lane? The council says it is inspected weekly.']) },
    { name: 'praise: how well she handled a hard room, in front of members', draft: aDraft().from(cllr.hussain).to(officer.cho).cc(cllr.price, cllr.carver)
      .body(letter('Dear Amanda,', ['I wanted to put on record how well Zoe Marsh handled the public meeting on Thursday.', 'It was not an easy room, and one or two were frankly rude to her. At no point did she lose her temper.'], 'Best wishes,', ['Kamal'])).build() },
    { name: 'a real question to the reader, named at the head', draft: aDraft().from(cllr.hussain).to(officer.cho).cc(cllr.price).body(letter('Amanda,', ['Amanda, is anyone checking whether the room is booked? Zoe Marsh asked me to find out.'], 'Kamal', [])).build() },
    { name: 'Scots: a bin lorry round the roundabout, said of the contractor', draft: aDraft().from(cllr.hussain).to(cllr.price).body('Alan the contractor couldnae get a bin lorry roon the roundabout, the road is too narrow. Aye right, they say they will send a smaller one.\n\nKamal').build() },
    { name: 'the contractor plainly had not looked, the officer took it up', draft: toResident(["The contractor plainly hadn't looked at the reports, so Zoe Marsh has taken it up with them and they have apologised."]) },
  ],
  invalid: [
    { name: 'a first name, then "he" plainly had not looked and had not taken it seriously', draft: toResident(['I went down to the depot on Monday and met Tom. He was perfectly civil.',
      "I have to be honest with you, though. He plainly hadn't looked at any of the reports, and I came away with the impression that he hadn't taken it seriously."]), findings: warning },
    { name: 'Scots: couldnae organise a bin lorry, aye right', draft: aDraft().from(cllr.hussain).to(cllr.price).body('Alan wi respect Zoe Marsh couldnae organise a bin lorry tae go roon a roundabout. 3rd week missed & she tells me its "in hand". Aye right\n\nSent from my iPhone').build(), findings: warning },
    { name: 'a reply-all opening on the reader\u2019s name, then the third time, then a rhetorical question', draft: aDraft().from(cllr.hussain).to(officer.cho, { name: 'All Members', email: 'allmembers@harburyvale.gov.uk' }).composeType('replyAll')
      .body('Amanda, this is the third time in a month Zoe Marsh has sent out the wrong papers. Is anyone actually checking her work before it goes out?\n\nKamal').build(), findings: warning },
    { name: 'mock busyness', draft: toResident(['Zoe Marsh has obviously been very busy doing whatever it is she does all day, because it certainly isn\u2019t enforcement.', 'Eleven weeks and not one letter to the landowner.']), findings: warning },
    { name: 'rhetorical questions about her duty, to the press', draft: toPress(['Why did Zoe Marsh sign off a surface the engineer warned was unsuitable? Does she actually visit the schemes she is responsible for? And who, if anybody, checks her work?']), findings: warning },
  ],
});
