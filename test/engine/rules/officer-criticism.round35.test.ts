// officer-criticism on the kinds round 35 wrote (Hebbleton): an officer named by post alone ("the council's planning
// enforcement officer", "our Senior Planning Officer") or by initials beside their team ("TB in waste"), a one-line put-down
// ("can't even get the date right"), mock praise with the lack after it ("has once again excelled himself: … and no
// mention of…"), a load granted to be taken back ("I'm sure she has a great deal on her plate, but…"), "I don't think
// that's a coincidence" after what went wrong in their time, and rhetorical questions ("Did she actually visit…?", "…if
// his report then simply ignores them?"). Each look-alike uses the same words kindly, of a thing, or with no proof.
// Sentences are our own, not the round's.
import { officerCriticism } from '../../../src/engine/rules/officer-criticism';
import { aDraft } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const memberToResident = (text: string) => aDraft().from(cllr.hussain).to(resident.gmail).body(`Dear Pat,\n\n${text}\n\nKamal`).build();
const memberToPress = (text: string) => aDraft().from(cllr.hussain).to(resident.journalist).body(`Hi Sam,\n\n${text}\n\nKamal`).build();
const warning = [{ severity: 'warning' as const }];
/** A forward to a resident of an e-mail from Zoe Marsh (or from her and Ravi Patel), with the writer's line above it. */
const aboveZoesEmail = (line: string, from = 'Zoe Marsh <zoe.marsh@harburyvale.gov.uk>', signed = 'Zoe Marsh\nTenancy Officer') => aDraft().from(cllr.hussain).to(resident.btinternet).composeType('forward')
  .body(`${line}\n\nKamal\n\n-----Original Message-----\nFrom: ${from}\nSent: 2 March 2027 10:12\nTo: Cllr Kamal Hussain <kamal.hussain@harburyvale.gov.uk>\nSubject: 4 Ash Court\n\nDear Cllr Hussain,\n\nI have looked at the damp report for 4 Ash Court. The readings are within the normal range and no works are needed.\n\nKind regards\n\n${signed}`).build();

ruleTester.run(officerCriticism, {
  valid: [
    { name: "can't even get, with no 'right' after", draft: memberToResident("Tom Baines can't even get the van until Saturday, so the clear-up will be next week.") },
    { name: 'excelled herself, with nothing lacking', draft: memberToResident('Zoe Marsh has once again excelled herself: the tenants\' gala raised four thousand pounds.') },
    { name: "the council's officer by post, thanked", draft: memberToPress("The council's planning enforcement officer visited on Tuesday and was very helpful to the residents.") },
    { name: 'a post with a grade, praised', draft: memberToResident('Our Senior Planning Officer has written a clear and careful report on the mill.') },
    { name: 'initials beside the team, praised', draft: memberToResident('ZM in housing has been brilliant with the Ash Court families.') },
    { name: 'initials with no team or job beside them', draft: memberToResident('The BBC has made a complete mess of the debate schedule.') },
    { name: 'a great deal on her plate, then a request only', draft: memberToResident("I'm sure Zoe Marsh has a great deal on her plate, but could she ring Mrs Adams this week?") },
    { name: 'no coincidence after good news in their time', draft: memberToResident('When Amanda Cho ran housing, repairs took a month. Since Zoe Marsh took over, every boiler has been fixed within two days. I don\'t think that\'s a coincidence.') },
    { name: 'actually, of enjoying the day', draft: memberToResident('Did Ravi Patel actually enjoy the away day? He said it rained the whole time.') },
    { name: 'a forward: make of it what you will, with nothing against her', draft: aboveZoesEmail('FYI - the reply below. Make of it what you will - she says the readings are normal.') },
    { name: "a forward: never set foot, passed on without the writer's invitation", draft: aboveZoesEmail("FYI - see below. I'm told she's never set foot in the flat.") },
    { name: 'a forward: "she" is the resident named before', draft: aboveZoesEmail('FYI. Mrs Adams says she has never set foot in the flat since the fire - make of it what you will.') },
    { name: 'a forward of two officers: "she" is not placed', draft: aboveZoesEmail("FYI. Make of it what you will - I'm told she's never set foot in the flat.", 'Zoe Marsh <zoe.marsh@harburyvale.gov.uk>', 'Zoe Marsh and Ravi Patel') },
    { name: 'a forward of a tenant\'s e-mail that names her: "she" is the tenant who wrote it', draft: aDraft().from(cllr.hussain).to(cllr.price).composeType('forward')
      .body("Alan - see below from a tenant. Make of it what you will - she's never set foot in the new office and is very upset.\n\nKamal\n\n-----Original Message-----\nFrom: Pat Jones <pat.jones@gmail.com>\nSent: 2 March 2027 10:12\nSubject: Ash Court\n\nZoe Marsh came round about the damp and was very rude to me.\n\nPat").build() },
    { name: 'simply ignores, of the software', draft: memberToResident('The new booking system simply ignores the postcode. Ravi Patel has reported it to IT.') },
  ],
  invalid: [
    { name: "can't even get… right", draft: memberToResident("See below. Ravi Patel can't even get the hearing date right for his own applications.") , findings: warning },
    { name: "the council's officer by post, then whether he is up to the job", draft: memberToPress("Residents have waited since spring for the council's parking enforcement officer to turn up. You have to wonder whether he is really up to the job."), findings: warning },
    { name: 'a post with a grade, mock praise with the lack after', draft: memberToResident('Our Senior Planning Officer has yet again excelled himself: twenty pages and no mention of the school next door.'), findings: warning },
    { name: 'initials beside the team', draft: memberToResident('TB in waste and street scene has made a right mess of the bulky collections.'), findings: warning },
    { name: 'the greatest respect, the third time, a great deal on her plate but…', draft: memberToResident('With the greatest respect to Zoe Marsh, this is the third time the tenants have been told the repairs "will start next week". I\'m sure she has a great deal on her plate, but you do start to wonder whether anyone has rung the contractor at all.'), findings: warning },
    { name: 'since she took over, nothing done; not a coincidence', draft: memberToResident('When Amanda Cho ran housing, a broken boiler was fixed within two days. Since Zoe Marsh took over, tenants have waited three winters with no heating and nobody has come out. I don\'t think that\'s a coincidence.'), findings: warning },
    { name: 'actually visit?, and how does he manage to miss…?', draft: memberToResident('Did Ravi Patel actually visit the site before he wrote the report? And how, exactly, does a planning officer manage to miss a listed wall on his own patch?'), findings: warning },
    { name: 'simply ignores, and does anybody check his work?', draft: memberToResident('What is the point of asking for a tree survey if Ravi Patel\'s report then simply ignores it? Does anybody check his work before it goes to committee?'), findings: warning },
    { name: 'a forward: make of it what you will, and she never set foot there', draft: aboveZoesEmail("FYI - the council's considered view below. Make of it what you will - I gather she has never set foot in the flat."), findings: warning },
  ],
});
