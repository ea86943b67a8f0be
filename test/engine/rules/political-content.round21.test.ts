// political-content on the kinds round 21's unseen councils wrote (a Scottish SNP minority, a
// Plaid-run Welsh county, a metropolitan borough): a Full Council decision named as "Council voted
// these charges through" or "the policy Council adopted", then attacked; "our group meeting", "vote
// as a block"; an officer's "pushed through for political reasons … the sooner there's a change at
// the top the better"; round 22's "shortlisting for the by election", "since we took back control of
// this Town Hall cleaning up after them", "this little blue-yellow-green alliance opposite ganging up"
// — and the look-alikes: "Labour on site" (the workforce), "whatever your party
// or ward", an officer booking "your group meeting", a decision named with no attack.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'labour on site, the workforce', draft: officerToMember('Labour on site should not start before the warrant is granted; if it has, an inspector will visit.') },
    { name: 'whatever your party or ward', draft: officerToMember('It is the Mayor\u2019s invitation to every member, so please do come whatever your party or ward.') },
    { name: 'an officer booking the group\u2019s meeting room', draft: officerToMember('Your group meeting room is booked for Monday at 6pm, and the papers are in your pigeonhole.') },
    { name: 'a Council decision named, not attacked', draft: officerToMember('Since Council voted these charges through on 25 February, income has been £4,200 a week; the figures are attached.') },
    { name: 'guidance: must not be used for canvassing or party fundraising', draft: officerToMember('Council e-mail, printers and buildings must not be used for campaigning, canvassing, organising election leaflets or party fundraising.') },
    { name: 'shortlisting for a post', draft: officerToMember('Shortlisting for the post of parks officer is on Wednesday; the panel has the forms.') },
    { name: 'the blue and green bins', draft: officerToMember('The blue and green bins go out together this week because of the bank holiday.') },
    { name: 'a change of contractor wished for', draft: memberToOfficer('The sooner there\u2019s a change of contractor on the grass cutting the better.') },
  ],
  invalid: [
    { name: 'a Full Council decision named, then called a cynical cash grab', draft: memberToOfficer('Since Council voted these charges through the High Street has been a ghost town. It was a cynical cash grab dressed up as climate policy.'), findings: warning },
    { name: 'the writer\u2019s own group meeting and a block vote', draft: memberToOfficer("This is going on the agenda at our group meeting on Monday, and I'd expect the group to vote as a block on it."), findings: warning },
    { name: 'an officer: pushed through for political reasons', draft: officerToMember('I agree the policy Council adopted in November is unfair, and frankly it was pushed through for political reasons.'), findings: error },
    { name: 'shortlisting for a by-election with branch signatures', draft: memberToOfficer('shortlisting for the by election is weds 7pm, need your nomination form + 2 supporting branch signatures by then'), findings: warning },
    { name: 'the previous lot, and taking back control of the Town Hall', draft: memberToOfficer("The agreement was signed by the previous lot in 2013 and we've spent every year since we took back control of this Town Hall cleaning up after them."), findings: warning },
    { name: 'a colour alliance ganging up', draft: memberToOfficer("It's just this little blue-yellow-green alliance opposite ganging up to get themselves a headline before February."), findings: warning },
    { name: 'an officer wishing a change at the top', draft: officerToMember('The sooner there\u2019s a change at the top the better.'), findings: error },
  ],
});
