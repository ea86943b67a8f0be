// political-content on round 32's unseen councils (a Reform–Conservative county, a bilingual north Wales borough, a
// Scottish SNP city, a Green district's real text): a branch's sheet "for the doors", voting a group out ("send this
// shower packing"), "keep faith with her team in May", a party's post to share, an officer cheering on a selection, a
// Welsh officer's "hen bryd i'r Blaid gael tro arni… llond bol ar yr un hen griw", a Full Council decision called "a
// spiteful, headline-chasing piece of politics", "residents will suffer", "inflicted upon residents… completely
// unnecessary", "don't get thinking that the Greens'…", "Westminster parties can't be trusted", "get as many Greens as
// possible elected", "it's what you get after six years of…"; and the look-alikes: tellers reminded of the Electoral
// Commission's guidance, a Welsh refusal "nid gyda thaflenni ymgyrch", formal notice of leaving a group.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'tellers reminded of the Electoral Commission\u2019s guidance', draft: officerToMember("Please remember that tellers outside polling stations must follow the Electoral Commission's guidance and must not obstruct voters.") },
    { name: 'a Welsh refusal: not with campaign leaflets', draft: officerToMember("Mae'r Uned Gyfieithu yn gallu helpu gyda gohebiaeth ward, ond nid gyda thaflenni ymgyrch chwaith.") },
    { name: 'formal notice of leaving a group', draft: memberToOfficer('Please accept this as notice that from today I will no longer be a member of the Independent Group and will sit as an unaffiliated councillor.') },
    { name: 'the inspector sent them packing', draft: memberToResident('The inspector sent them packing and the appeal was dismissed.') },
    { name: 'keeping faith with residents on a timetable', draft: officerToMember('We will keep faith with the residents on the timetable we gave them.') },
    { name: 'sharing the Council\u2019s own post', draft: memberToResident('Please share the post from the Council page about the road closure.') },
    { name: 'HR seeking candidates', draft: officerToMember('HR are seeking candidates for the graduate scheme and would welcome members spreading the word.') },
    { name: 'a good luck for an interview', draft: officerToMember('Good luck at the interview on Friday!') },
  ],
  invalid: [
    { name: 'a branch update for the doors', draft: memberToOfficer("Can you run off 350 of the attached? It's the branch update for the doors up Quarry Brae this weekend.") , findings: error },
    { name: 'send this shower packing next May', draft: memberToResident('Just one more reason to send this shower packing next May.'), findings: warning },
    { name: 'keep faith with her team in May', draft: officerToMember('There is more to come if folk keep faith with her team in May.'), findings: error },
    { name: 'share the party\u2019s post', draft: memberToResident('Can everyone share the post from the Green Party page on breakfast clubs? Likes and shares before lunchtime make a big difference.'), findings: [...warning, ...warning] },
    { name: 'an officer cheers on a selection', draft: officerToMember('And good luck at the selection meeting on Friday!'), findings: error },
    { name: 'a Welsh officer: high time Plaid had a go', draft: officerToMember("Rhyngoch chi a fi, mae'n hen bryd i'r Blaid gael tro arni yma."), findings: error },
    { name: 'a spiteful piece of politics from Full Council', draft: memberToOfficer('The decision Full Council took on 25 February to push the premium to 300% was a spiteful, headline-chasing piece of politics.'), findings: warning },
    { name: 'residents will suffer from the Budget', draft: memberToOfficer("Residents will suffer as a result of the Budget agreed at last night's Council meeting."), findings: warning },
    { name: 'don\u2019t get thinking that the Greens\u2019 rise helps', draft: memberToResident("Don't get thinking that the Greens' increase in council tax will lead to better services."), findings: warning },
    { name: 'Westminster parties can\u2019t be trusted', draft: memberToResident("Westminster parties simply can't be trusted with our local issues."), findings: warning },
    { name: 'weeks to go to polling day', draft: memberToResident("There's less than three weeks to go to polling day and we need your help to keep the Greens out."), findings: warning },
    { name: 'what you get after six years of a party\u2019s cabinet', draft: memberToResident("Frankly it's what you get after six years of a Lib Dem cabinet that never asks a hard question."), findings: warning },
  ],
});
