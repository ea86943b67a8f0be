// officer-criticism's second reading: no stock phrase, but failings pinned on one named officer
// across the message — a duty not done, that it keeps happening, their word doubted, a verdict on
// their standard — and the look-alikes that share those words: a fair excuse, praise, a plain
// account of a delay, the writer's own failing, a failing with no one named, a resident's words.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toResident = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.btinternet)
  .body(letter('Dear Mr Morgan,', ['Thank you for your patience over the drainage at Mill Row.', ...paragraphs], 'Best wishes,', ['Cllr Kamal Hussain'])).build();
const toWardColleagues = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(cllr.price).cc(cllr.carver)
  .body(letter('Alan, Hugh,', paragraphs, 'Kamal', [])).build();
const officerToMembers = (paragraphs: string[]) => aDraft().from(officer.rudd).to(cllr.hussain).cc(cllr.price)
  .body(letter('Dear Cllr Hussain,', paragraphs, 'Kind regards,', ['Helen Rudd', 'Tenancy Services Manager'])).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'a fair excuse: the officer is off sick', draft: toResident(['Zoe Marsh has not been able to visit yet because she has been off sick.', 'She still hopes to get there again next week.']) },
    { name: 'praise in the same message', draft: toWardColleagues(['Zoe Marsh did not give up on the Mill Row family.', 'She went back again and again, and I am grateful to her.']) },
    { name: 'a plain account of a delay, with no judgement', draft: toResident(['Zoe Marsh has not yet had the survey results.', 'She expects them on Friday and will ring you then.']) },
    { name: 'the writer\u2019s own failing', draft: toResident(['Zoe Marsh asked me for the photographs in June and I never sent them.', 'I am afraid that is my fault, not hers, and I have sent them today.']) },
    { name: 'a failing with no officer named', draft: toResident(['Nobody has been out to the drain again.', 'Frankly the service has not been good enough, and I have said so to the Director.']) },
    { name: 'a resident\u2019s complaint passed on', draft: toResident(['Residents tell me Zoe Marsh never returns calls and is always late.', 'I have raised that privately with her Director.']) },
    { name: 'an officer\u2019s plain account of a colleague\u2019s missed visit', draft: officerToMembers(['Zoe Marsh did not visit on Tuesday because the road was closed.', 'She has rebooked the visit for Thursday morning.']) },
    { name: 'the contractor, not the officer, let down', draft: toResident(['Zoe Marsh chased the contractor twice last week.', 'The contractor still has not turned up, and frankly that is not acceptable.']) },
    { name: 'a failing pinned on the writer\u2019s team, the officer thanked', draft: toResident(['We did not send the letter on time, and that was our mistake.', 'Tom Baines spotted it and put it right, and I thank him for it.']) },
    { name: 'the officer written to, with the concern kept between them', draft: aDraft().from(cllr.hussain).to(officer.zoe)
      .body(letter('Zoe,', ['You have not replied to my last three emails.', 'Frankly I expected better, and I would like a call this week.'], 'Kamal', [])).build() },
    { name: 'a member\u2019s failing, not an officer\u2019s', draft: toWardColleagues(['Cllr Carver never came to the residents\u2019 meeting again.', 'Frankly I expected better of a ward colleague.']) },
    { name: 'a new officer, an honest account of a handover', draft: toResident(['Tom Baines only took the case over last week, so he has not had time to visit.', 'To be fair he has already booked the survey.']) },
    { name: 'a run-on message: the contractor hopeless, the officer good', draft: toWardColleagues(['verges still not cut, thats 3 missed visits now. the contractor is hopeless frankly and their site manager just doesnt answer his phone. ive told zoe marsh and shes been really good, shes chasing them under the contract']) },
    { name: 'a full name in lower case, praised', draft: toWardColleagues(['zoe marsh sorted the lights in a day, brilliant as ever']) },
    { name: 'anything the contractor says', draft: toResident(['I would not take anything the contractor says at face value; Zoe Marsh is holding them to the contract.']) },
    { name: 'acceptable, not unacceptable', draft: officerToMembers(['Zoe Marsh checked the repair twice and found it acceptable.', 'She has signed it off and the tenant agrees.']) },
    { name: 'faith in the officer', draft: toResident(['I have every faith in Zoe Marsh, who has handled this well.', 'She has already been out twice.']) },
    { name: 'another council\u2019s officer, named after the post', draft: toWardColleagues(['The car park belongs to the district council.', 'Their enforcement officer, Dean Rowlands, has not returned a single call since Christmas. Frankly he has been hopeless.']) },
    { name: 'a short first name and surname, praised', draft: toWardColleagues(['tom baines sorted the lights in a day, brilliant as ever']) },
    { name: 'late for a fair reason, in an officer\u2019s account', draft: officerToMembers(['Tom Baines was late to the site because the road was closed.', 'He still met the family again that afternoon.']) },
    { name: 'a lower-case first name with no job word', draft: toWardColleagues(['zoe said the hall is booked for the 9th, useful to know']) },
    { name: 'a member out of her depth, not an officer', draft: toWardColleagues(['Cllr Carver is frankly out of his depth on the licensing panel.']) },
    { name: 'given up expecting rain', draft: toResident(['Tom Baines has planted the beds; we had given up expecting rain this month.']) },
    { name: 'a useful chocolate teapot at the fair', draft: toWardColleagues(['Tom Baines ran the tombola; the chocolate teapot raffle raised £40.']) },
    { name: '"the man" who is not an officer', draft: toResident(['Tom Baines met the contractor. The man from the contractor was useless, and I have written to his firm.']) },
  ],
  invalid: [
    { name: 'as much use as a chocolate teapot, in a P.S.', draft: toResident(['P.S. Between ourselves, the tree officer, Tom Baines, has been about as much use as a chocolate teapot on this one.']), findings: warning },
    { name: '"the man" for the officer just named', draft: toWardColleagues(['Tom Baines missed the visit again.', 'The man is useless.']), findings: warning },
    { name: 'a lower-case first name beside a job word, on a phone', draft: toWardColleagues(['zoe in housing still hasnt come back to me, 3 weeks now. shes useless tbh']), findings: warning },
    { name: 'par for him, and given up expecting anything', draft: toResident(['Six months to tell us nothing, which is about par for Tom Baines.', "I've given up expecting anything from him."]), findings: warning },
    { name: 'not his strong point, in an officer\u2019s heads-up', draft: officerToMembers(['Tom Baines compiles the figures, and to put it kindly, spreadsheets are not his strong point.']), findings: warning },
    { name: 'a short first name and surname, on a phone', draft: toWardColleagues(['tommy? no - tom baines hasnt got a clue tbh. go straight to his manager']), findings: warning },
    { name: 'an officer on a colleague: late every quarter', draft: officerToMembers(['The report has been sitting with Tom Baines since the 12th, and I have chased him five times.', 'It is not the first time either: his returns are late every quarter.']), findings: warning },
    { name: 'an officer on a colleague: hard to understand from someone with her experience', draft: officerToMembers(['Zoe Marsh simply didn\u2019t progress it, and she didn\u2019t flag that it was stuck, which I find very hard to understand from an officer with her experience.']), findings: warning },
    { name: 'our own officer, named after the post', draft: toWardColleagues(['The case officer, Zoe Marsh, has not returned a single call since Christmas.', 'Frankly she has been hopeless, and it is not the first time.']), findings: warning },
    { name: 'a full name in lower case, on a phone', draft: toWardColleagues(['harbour st lights still out. zoe marsh says its on the list, word for word what she told me in june. frankly she is useless']), findings: warning },
    { name: 'his words not to be taken at face value', draft: toResident(['This is the same Tom Baines who promised a site visit, so I would not take anything he says at face value any more.']), findings: warning },
    { name: 'an officer on a colleague: not acceptable, and not the first time', draft: officerToMembers(['Zoe Marsh was asked to advertise the order in April and didn\u2019t.', 'That is frankly not acceptable, and it is not the first time.']), findings: warning },
    { name: 'par for the course with him', draft: officerToMembers(['It has been sat with Tom Baines ever since.', 'I have chased twice and had nothing back, which between us is par for the course with Tom.']), findings: warning },
    { name: 'no faith in the dates he gives', draft: toResident(["Tom Baines's usual non-answer, I'm afraid.", "I wouldn't put much faith in that date either; he's given me three different ones since September."]), findings: warning },
    { name: 'can only assume, and the third time', draft: toResident(['I can only assume Tom Baines did the inspection with his eyes shut.', "That's the third time he has signed the alley off with the mattresses still in it."]), findings: warning },
    { name: 'a duty not done, and not for the first time', draft: toResident(['Zoe Marsh never logged your report, so it sat in her inbox for a month.', 'It is not the first time this has happened with her cases.']), findings: warning },
    { name: 'her word doubted after a pattern of moved dates', draft: toWardColleagues(['This is the third time Zoe Marsh has moved the date for the survey.', 'I no longer think anything she tells us is true.']), findings: warning },
    { name: 'a verdict on his standard in an officer\u2019s mail to members', draft: officerToMembers(['The letters were never sent, and the responsibility for that lies with Tom Baines.', 'That falls well short of the standard I expect, and it is not the first time.']), findings: warning },
    { name: 'sarcasm that he will get round to it eventually', draft: toResident(['Tom Baines promised a visit in August and still hasn\u2019t been.', 'I\u2019m sure he\u2019ll get round to it eventually, perhaps once the drain has washed the road away.']), findings: warning },
    { name: 'the writer taking a stand about a pattern', draft: toWardColleagues(['Frankly, Zoe Marsh has cancelled on the residents twice now.', 'She didn\u2019t even ring them, and I am not prepared to keep apologising for her.']), findings: warning },
    { name: 'a named officer\u2019s figures quietly changed', draft: toWardColleagues(['The figure Zoe Marsh gave the panel has quietly changed again.', 'I would like to know whether these are the figures she actually has or the ones she would prefer us to see.']), findings: warning },
    { name: 'by post, cancelling again', draft: toResident(['The Director of Housing has now cancelled the meeting with residents twice.', 'He didn\u2019t offer another date, and it is the same story every time.']), findings: warning },
  ],
});
