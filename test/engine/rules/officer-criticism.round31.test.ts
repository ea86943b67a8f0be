// officer-criticism on the kinds round 31 wrote (Castlebeck): praise turned round by the sentence it stands in ("Six weeks
// to tell me… – I'm impressed"), their work praised in mockery ("the latest masterpiece from…"), a motive imputed with the
// writer's suspicion ("I'm starting to think she does it on purpose"), "You'd think the Parks Manager could…", mock hope
// ("Perhaps this year someone might actually…"), "I'll believe it when I see it", promises "none of which he stuck to" —
// and a Director copied when the directory cannot say which Director is the officer's. With their look-alikes: the same
// words of a contractor, a thing or a sincere compliment, and a Director whose directorate plainly is someone else's.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToColleague = (text: string) => aDraft().from(cllr.hussain).to(cllr.price).body(`${text}\n\nKamal`).build();
const memberToResident = (text: string) => aDraft().from(cllr.hussain).to(resident.gmail).body(`Dear Pat,\n\n${text}\n\nKamal`).build();
const replyAllToZoe = (text: string) => aDraft().from(cllr.hussain).to(officer.zoe).cc(cllr.price).body(`Zoe,\n\n${text}\n\nKamal`).build();
const warning = [{ severity: 'warning' as const }];
const harsh = 'You told me in May the hedge would be cut. It hasn\'t. You told me in June it would be done by the summer. It hasn\'t. I don\'t think you\'ve taken this seriously.';

ruleTester.run(officerCriticism, {
  valid: [
    // A Director copied: the directory names no Director over Waste and Street Scene or Planning, so the Director of Place may be theirs.
    { name: 'Tom Baines (no Director in his team) criticised to him with the Director of Place copied',
      draft: aDraft().from(cllr.hussain).to(officer.baines).cc(officer.ellis).body(`Tom,\n\n${harsh}\n\nKamal`).build() },
    { name: 'Ravi Patel (Planning) criticised to him with the Director of Place copied',
      draft: aDraft().from(cllr.hussain).to(officer.ravi).cc(officer.ellis).body(`Ravi,\n\n${harsh}\n\nKamal`).build() },
    // Praise that stays praise.
    { name: 'two days to rehouse the block, impressed (days, not weeks)', draft: replyAllToZoe('Two days to rehouse the whole block - you have worked wonders and I\'m genuinely impressed. Frankly I did not think you could do it.') },
    { name: 'six weeks to rehouse the block, impressed (nothing of theirs held up in quotation marks)', draft: replyAllToZoe('Six weeks to rehouse the whole block - you have worked wonders and I\'m genuinely impressed. Frankly I did not think you could do it.') },
    { name: 'thanks beside "impressed" after a long job', draft: replyAllToZoe('Three weeks to rehouse the whole block - I\'m impressed, and thank you. The families have told me how kind you were.') },
    // Mock praise, "on purpose", "I'll believe it" and "you'd think" said of something else, or kindly.
    { name: 'the latest masterpiece from the school art club', draft: replyAllToZoe('You sent the mural designs round on Friday. The latest masterpiece from the school art club goes up on the hoarding on Monday. Frankly it is lovely.') },
    { name: 'on purpose, with no evasion imputed', draft: replyAllToZoe('I think you left the depot gate open on purpose so the crews could start early. Frankly it saved us a morning.') },
    { name: "I'll believe it when I see it, of the contractor", draft: memberToColleague('Tom Baines passed on the new date. The contractor says the wall will be finished by Friday. I\'ll believe it when I see it.') },
    { name: "you'd think a new boiler could manage (a thing)", draft: replyAllToZoe('You told me the boiler is only two years old. You would think a new boiler could manage a cold snap. Frankly the make is the problem.') },
    { name: 'perhaps the new rota might actually help (sincere hope)', draft: replyAllToZoe('You have drawn up a new rota. Perhaps it might actually let us cover the weekends at last.') },
    { name: 'none of which the contractor stuck to', draft: replyAllToZoe('You asked the contractor for a programme in May. The contractor sent three, none of which they stuck to.') },
  ],
  invalid: [
    { name: "Zoe Marsh (Housing, whose Director is Amanda Cho) criticised with the Director of Place copied",
      draft: aDraft().from(cllr.hussain).to(officer.zoe).cc(officer.ellis).body(`Zoe,\n\n${harsh}\n\nKamal`).build(), findings: warning },
    { name: 'six weeks to… – impressed, their words thrown back', draft: replyAllToZoe('Eight weeks to tell me you\'ve "put it on the list" - I\'m really impressed. You still haven\'t sent anyone round to the tenant.'), findings: warning },
    { name: 'the latest masterpiece, and "on purpose" with the writer\'s suspicion', draft: memberToResident('Attached is the latest masterpiece from Tom Baines. I asked him a simple question. I\'m starting to think he writes these on purpose so nobody can hold him to anything.'), findings: warning },
    { name: "none of which she stuck to, then you'd think the manager could…", draft: memberToResident('I asked Fatima Noor for a collection date three times and got three different dates, none of which she stuck to. You\'d think the Waste Services Manager could organise one lorry.'), findings: warning },
    { name: "perhaps this year someone might actually…, and I'll believe it when I see it", draft: replyAllToZoe('Perhaps this winter someone might actually bleed the radiators in Ash Court, which you assured me in March were on the list. I\'ll believe it when I see the van.'), findings: warning },
  ],
});
