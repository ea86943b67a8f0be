// officer-criticism on the kinds round 20's unseen councils wrote: the officer's word doubted
// ("I've stopped taking what Mr Baines tells me at face value"), a P.S. that "sat on the
// applications all summer and then blamed the software", and a reply-all in front of other members
// that throws the officer's own words back in quotation marks at "you" ('you're "closely monitoring
// the conditions" … or is that too much to ask?'), in English and Welsh — and the look-alikes:
// praise with "nothing but compliments", a chair's "difference of judgement, not a complaint" that
// quotes a report's term, a report's words quoted that the officer never wrote.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.btinternet)
  .body(letter('Dear Mr Morgan,', ['As your ward councillor I have taken this up.', ...paragraphs], 'Best wishes,', ['Cllr Kamal Hussain'])).build();
const toClub = (postscript: string) => aDraft().from(cllr.hussain).to(resident.club)
  .body(`Dear Malcolm,\n\nAs one of the ward councillors I have taken up the three points you raised.\n\nBest wishes,\n\nKamal\n\nCllr Kamal Hussain\nRiverside Ward\n\n${postscript}`).build();
/** A reply-all to Tom Baines's update, with two members in To. */
const replyAllToTom = (reply: string) => aDraft().from(cllr.hussain).to(officer.baines, cllr.price, cllr.carver).composeType('replyAll')
  .body(`${reply}\n\nKamal\n\nFrom: Tom Baines <tom.baines@harburyvale.gov.uk>\nSent: 16 October 2026 15:02\nTo: Cllr Kamal Hussain; Cllr Alan Price; Cllr Hugh Carver\nSubject: Ferry Lane site - working hours\n\nDear Councillors,\n\nI have reminded the site manager of condition 6. I will continue to monitor the conditions closely.\n\nKind regards,\n\nTom Baines`).build();
const toTomWithColleagues = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(officer.baines).cc(cllr.price, cllr.carver)
  .body(letter('Tom,', paragraphs, 'Kamal', [])).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'praise with nothing but compliments, "you" in front of colleagues', draft: toTomWithColleagues(['I wanted to put on record how well the regatta went.',
      "You didn't flap once, and I've had nothing but compliments from the stallholders; frankly I don't know how you put up with the lot of us."]) },
    { name: 'a difference of judgement, not a complaint, quoting the report', draft: toTomWithColleagues(["I'll be honest that I think the recommendation is wrong, and I want you to hear that from me now.",
      'The report says the harm is "less than substantial" and I read the evidence differently.', 'To be clear, that is a difference of judgement, not a complaint.']) },
    { name: 'a report\u2019s term in quotes that the officer never wrote', draft: replyAllToTom('Thanks Tom. The inspector called the harm "less than substantial", so I expect the appeal will be allowed. Could you send the decision when you have it?') },
    { name: 'passing on whatever the officer says', draft: toResident(["I'll pass on whatever Tom Baines tells me as soon as I hear it.", 'He has the file and is out on site on Friday.']) },
    { name: 'an application sat on a committee, the software blamed by the supplier', draft: toClub('P.S. The panel that sat on the applications committee last year is meeting again, and the supplier has blamed the software for the delay.') },
  ],
  invalid: [
    { name: 'the officer\u2019s word no longer taken at face value', draft: toResident(["I've had three explanations from Tom Baines and they don't tally.", "I'm afraid I've stopped taking what Mr Baines tells me at face value."]), findings: warning },
    { name: 'a P.S. that he sat on the applications and blamed the software', draft: toClub('P.S. Between ourselves, the reason the relief has taken eight months is Tom Baines. He sat on the applications all summer and then blamed the software.'), findings: warning },
    { name: 'the officer\u2019s own words thrown back at "you", reply-all', draft: replyAllToTom('Thanks Tom.\n\nWell, that\u2019s a relief. I\u2019m sure residents will be delighted to hear you\u2019re "closely monitoring the conditions". Three weeks, four emails and one site visit that never happened.\n\nPerhaps you could come over yourself on a Saturday night to see how the "monitoring" is going? Or is that too much to ask?'), findings: warning },
    { name: 'the same in Welsh', draft: replyAllToTom('Diolch Tom.\n\nDw i\u2019n siŵr bydd y trigolion wrth eu boddau o glywed dy fod ti\u2019n "monitro\u2019r amodau\u2019n agos".\n\nFalle y gallet ti ddod draw dy hunan ar nos Sadwrn i weld sut mae\u2019r "monitro" yn mynd? Neu ydy hynny\u2019n ormod i\u2019w ofyn?'), findings: warning },
  ],
});
