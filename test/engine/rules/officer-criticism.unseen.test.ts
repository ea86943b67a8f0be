// officer-criticism in the ways councillors write it when they are angry or weary: a one-word
// verdict after the story, doubt with "simply" or "honestly" in it, an either/or about what the
// officer knew, understatement, sarcasm about a talent, trust withdrawn from the officer written to,
// and the officer's own report called sloppy — with the look-alikes that must stay quiet.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toColleague = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.carver)
  .body(letter('Zoe,', [...paragraphs, 'Hugh is copied in as my ward colleague.'], 'Kamal', [])).build();
const toResident = (paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.btinternet)
  .body(letter('Dear Mr Morgan,', ['As your ward councillor I promised you an update.', ...paragraphs], 'Best wishes,', ['Cllr Kamal Hussain'])).build();

ruleTester.run(officerCriticism, {
  valid: [
    { name: 'a one-word verdict on the weather after naming an officer', draft: toResident(['Rob Ellis took the crews out on Sunday night. Dreadful weather.']) },
    { name: 'a one-word verdict on the contractor, named in the sentence', draft: toResident(['Rob Ellis chased it again. The contractor? Useless.']) },
    { name: 'the member does not trust the weather forecast', draft: toResident(["I don't trust the forecast for Saturday, so the fun day may move indoors."]) },
    { name: 'the report, not its author, is riddled with errors', draft: toColleague(['The consultants\u2019 report is riddled with errors and we have sent it back.']) },
    { name: 'a genuine "not the most exciting" of a meeting', draft: toResident(['It was not perhaps the most exciting meeting, but the crossing was agreed.']) },
    { name: 'sincere praise of a talent', draft: toResident(['Rob Ellis has a rare talent for calming a packed meeting, and he did it again on Thursday.']), },
    { name: 'doubt about a date with "honestly"', draft: toResident(["I honestly don't think Rob Ellis is free before the 14th, so I've asked for a date after that."]) },
  ],
  invalid: [
    { name: 'a one-word verdict after the story', draft: toResident(['Rob Ellis promised me on Monday that the lights were fixed. They were still out last night. Useless.']), findings: [{ severity: 'warning' }] },
    { name: 'doubt with "simply" about being straight', draft: toResident(["I simply don't believe Rob Ellis was being straight with the residents' meeting."]), findings: [{ severity: 'warning' }] },
    { name: 'either he did not know, or he chose not to mention it', draft: toResident(['Rob Ellis told the meeting the survey was fine. Either he had not read it, or he chose not to mention it.']), findings: [{ severity: 'warning' }] },
    { name: 'understatement: not perhaps the most organised of managers', draft: toResident(['I am afraid Rob Ellis is not perhaps the most organised of managers.']), findings: [{ severity: 'warning' }] },
    { name: 'understatement: has not been entirely on top of it', draft: toResident(['Rob Ellis, who has had the file since May, has not been entirely on top of it, to put it kindly.']), findings: [{ severity: 'warning' }] },
    { name: 'sarcasm: a rare talent for missing things', draft: toResident(['Rob Ellis has inspected the road three times without noticing the hole. Truly a rare talent.']), findings: [{ severity: 'warning' }] },
    { name: 'trust withdrawn from the officer written to', draft: toColleague(["You have given me four different dates. I no longer believe anything you tell me about this scheme."]), findings: [{ severity: 'warning' }] },
    { name: "the officer's own report is sloppy", draft: toResident(["I'm afraid Rob Ellis's report is sloppy and riddled with basic errors."]), findings: [{ severity: 'warning' }] },
    { name: "I don't think he's up to the job", draft: toResident(["Rob Ellis has missed the deadline again. I don't think he's up to the job."]), findings: [{ severity: 'warning' }] },
    { name: 'Welsh: the member no longer trusts a named officer', draft: toResident(["Dydw i ddim yn ymddiried yn Rob Ellis o gwbl bellach."]), findings: [{ severity: 'warning' }] },
  ],
});
