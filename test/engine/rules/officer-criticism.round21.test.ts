// officer-criticism on the kinds round 21's unseen council wrote: mock busyness ("has obviously been
// very busy doing whatever it is she does all day") and rhetorical questions about a duty ("Does she
// actually visit the schemes she is responsible for? And who, if anybody, checks her work?") — and
// the look-alikes that share their words.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
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
  ],
  invalid: [
    { name: 'mock busyness', draft: toResident(['Zoe Marsh has obviously been very busy doing whatever it is she does all day, because it certainly isn\u2019t enforcement.', 'Eleven weeks and not one letter to the landowner.']), findings: warning },
    { name: 'rhetorical questions about her duty, to the press', draft: toPress(['Why did Zoe Marsh sign off a surface the engineer warned was unsuitable? Does she actually visit the schemes she is responsible for? And who, if anybody, checks her work?']), findings: warning },
  ],
});
