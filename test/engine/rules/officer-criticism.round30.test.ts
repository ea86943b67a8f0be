// officer-criticism on the kinds rounds 28–30 wrote (Ouseley, Moorcastle, Ravenmoor): an officer said to mislead a
// committee or to have known full well that what they said was untrue, and doubt that the basic work was done at all
// ("whether you read the files at all"), an officer who "has had the case since March and done precisely nothing"
// (also after "Sorry but") — with their look-alikes: the same words of a report, a scheme or the writer,
// and questions about a document rather than about the officer's diligence.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToColleague = (text: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${text}\n\nKamal`).build();
const replyAllToZoe = (text: string) => aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).body(`Zoe,\n\n${text}\n\nKamal`).build();
const warning = [{ severity: 'warning' as const }];

ruleTester.run(officerCriticism, {
  valid: [
    // Misleading, said of a document, a scheme or someone else.
    { name: 'the chart misleads a committee (a document)', draft: memberToColleague('Tom Baines sent the revised pack. The old chart on page 4 misleads a committee that only skims it, so he has replaced it.') },
    { name: 'the developer misled the committee', draft: memberToColleague('Tom Baines found the 2019 letter. It shows the developer misled the committee about the access road.') },
    { name: 'knew perfectly well, said of the writer', draft: memberToColleague('Tom Baines asked me about the date. I knew perfectly well it was not the 14th, and I should have said so at the time.') },
    { name: 'knows full well, of residents', draft: memberToColleague('Zoe Marsh is holding the meeting on Friday. Every resident on the street knows full well the lane floods, and they will say so.') },
    // "At all", of a document or a decision.
    { name: 'whether the scheme goes ahead at all', draft: memberToColleague('Tom Baines tells me the funding is in doubt. I wonder whether the scheme goes ahead at all this year.') },
    { name: 'whether they read the plans at all, said of the developer', draft: memberToColleague('Zoe Marsh showed me the appeal. The developer clearly wonders if anyone reads the plans, and so do I.') },
    { name: 'the writer has not read the report at all yet', draft: replyAllToZoe('Thanks for the papers. I have not had a chance to read the report at all yet, so I will come back to you on Monday.') },
    { name: 'residents will not read the papers at all (not the officer)', draft: memberToColleague('Zoe Marsh has put the consultation online. Most residents will never read the papers at all, so we should hold a drop-in.') },
    // "…and done nothing", of someone else or of the writer.
    { name: 'sorry, but the contractor has had the order and done precisely nothing', draft: memberToColleague('Tom Baines placed the order in May. Sorry but the contractor has had it since then and done precisely nothing.') },
    { name: 'the writer has had the file and done nothing with it', draft: memberToColleague('Zoe Marsh sent me the file in May. Sorry, I have had it since then and done absolutely nothing with it.') },
    { name: 'the officer has had the file, and the developer has done nothing', draft: memberToColleague('Tom Baines has had the file since May and the developer has done precisely nothing to answer him.') },
    { name: 'as far as I can tell, the contractor has done nothing', draft: memberToColleague('Tom Baines chased the contractor for five weeks and as far as I can tell the contractor has done precisely nothing.') },
    { name: 'as far as I can see, the writer has done nothing yet', draft: memberToColleague('Zoe Marsh sent the list on Monday. I have had it for a week and as far as I can see I have done absolutely nothing with it.') },
  ],
  invalid: [
    { name: 'and as far as I can tell has done precisely nothing', draft: memberToColleague('Tom Baines has had the photos for five weeks and as far as I can tell has done precisely nothing with them.'), findings: warning },
    { name: 'has had the case since March and done precisely nothing', draft: memberToColleague('Tom Baines has had the case since March and done precisely nothing with it.'), findings: warning },
    { name: 'sorry but, then the officer and done nothing', draft: memberToColleague('Sorry but Zoe Marsh has had my complaint for six weeks and done absolutely nothing.'), findings: warning },
    { name: 'the Chief Executive misleads a committee', draft: memberToColleague('Zoe Marsh signed the report that said the pressure was recurring. On Tuesday she said it was a one-off. I will not sit there while she misleads a committee.'), findings: warning },
    { name: 'knew full well it was not true', draft: memberToColleague('Tom Baines told the residents the order had gone in. He knew full well it had not, because I had asked him the day before.'), findings: warning },
    { name: 'without reading the representations at all', draft: memberToColleague('Tom Baines signed off the licence recommendation without reading the representations at all. That is basic competence.'), findings: warning },
    { name: 'whether you read the files at all, to the officer with a member copied', draft: replyAllToZoe('This is the third report in a row with the history wrong. I am starting to wonder whether you read the files at all before you write these.'), findings: warning },
  ],
});
