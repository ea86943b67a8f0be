// political-content on round 34's unseen councils (an English county's coalition, a bilingual south-west Wales county
// borough, a Lib Dem district's real text, a Scottish SNP minority), scored P 78/83, R 78/89 on first sight. The kinds
// missed: credit for a party's motion beside the plain-fact word "motion"; concealment ascribed to a party ("before the
// Tories bury it"); a newsletter the branch puts through every door, in a message about council homes; an officer siding
// with a group's stand, canvassing "for you", or commending a candidate in an aside; "the Convener's lot" and an
// electoral motive; a councillor's mailing "before the election" and the benefits claimed for a party's amendment; a
// slogan in title case ("Conservatives Delivering for …"); "fight for their area" in a signature's slogan; "Thursday's
// branch exec". False alarms: a made-up party in a mock election ("Plaid y Pizza"), an officer's "our leaflet", the
// Monitoring Officer's advice that names the party work it redirects, and mail between two personal addresses.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { aDraft, letter } from '../../support/draft-builder';
import { resident } from '../../support/people';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];
const personalToPersonal = (sentence: string) => aDraft().from({ name: 'Hugh Carver', email: 'hughcarver1960@gmail.com' }).to(resident.gmail)
  .body(letter('Pat -', [sentence], 'H', [])).build();

ruleTester.run(politicalContent, {
  valid: [
    { name: 'places decided by lot, failing agreement', draft: officerToMember('Labour and Conservative members: one place between them, to be agreed between them or, failing agreement, decided by lot.') },
    { name: 'asked not to bury the figures', draft: officerToMember('The Conservative group asked us not to bury the figures in an appendix.') },
    { name: 'a cable buried under the verge', draft: memberToResident('The crews buried the new cable under the verge on Ferry Lane last week.') },
    { name: 'a right to oppose, held', draft: officerToMember('Your group has the right to oppose the scheme at committee, as every group does.') },
    { name: 'a council survey team on the doors', draft: officerToMember('The survey team will be knocking on doors on the estate next week to collect views.') },
    { name: 'Electoral Services write to every household', draft: officerToMember('Before the election we will write to every household with their poll card.') },
    { name: 'an officer\u2019s leaflet on repairs', draft: officerToMember('I have sent both households our leaflet on shared repairs and the advice line number.') },
    { name: 'guidance that redirects party work', draft: officerToMember("Party business such as selection, canvassing rotas or fundraising should go through your party's own e-mail, not a council address.") },
    { name: 'misuse reported back', draft: officerToMember('I understand a canvassing rota for the Labour campaign was sent from your council address last week.') },
    { name: 'a service in title case', draft: officerToMember('Our leaflet on Independent Living for Older People is attached for your surgery.') },
    { name: 'Welsh: a mock election\u2019s made-up parties', draft: memberToResident("Mae 'Plaid y Pizza' a 'Phlaid y Bysiau' yn y ras yn etholiad ffug y cyngor ieuenctid.") },
    { name: 'the Legion\u2019s branch AGM', draft: memberToResident('The branch AGM of the Legion follows the service, in the Masonic Hall.') },
    { name: 'between two personal addresses', draft: personalToPersonal("We're meeting at the Co-op at 10 for the leaflet round, then canvassing till 1. Vote Labour on the 6th!") },
    { name: 'a motion reported as carried', draft: officerToMember('The Labour motion on the Ferry Lane crossing was carried by 24 votes to 18.') },
  ],
  invalid: [
    { name: 'credit for a party\u2019s motion', draft: memberToResident('Really pleased to see the Labour motion finally delivered on the Ferry Lane crossing.'), findings: warning },
    { name: 'concealment ascribed to a party', draft: officerToMember('Sending this now before the Conservatives quietly bury it in the February papers.'), findings: error },
    { name: 'the branch newsletter, beside council bins', draft: memberToOfficer('Could you check the bin collection dates in the newsletter the branch puts through every door in Harbury North?'), findings: error },
    { name: 'an officer siding with a group\u2019s stand', draft: officerToMember('Off the record, I think your group is absolutely right to fight it.'), findings: error },
    { name: 'the Leader\u2019s lot and an electoral motive', draft: memberToResident("The Leader's lot only want it opened before May so they can stick it on a leaflet."), findings: warning },
    { name: 'an officer canvassing for the councillor', draft: officerToMember("I'll be out knocking on doors for you on Saturday with the others."), findings: error },
    { name: 'a mailing before the election', draft: memberToResident("Before May I'd like to send a letter out to everyone on the petition telling them what I've done."), findings: warning },
    { name: 'benefits claimed for a party\u2019s amendment', draft: memberToResident('Our Labour amendment would have meant better services and a frozen council tax, but sadly it was voted down.'), findings: warning },
    { name: 'an officer commending a candidate in an aside', draft: officerToMember('Between ourselves, the Labour candidate is lovely and genuinely cares about the village.'), findings: error },
    { name: 'a slogan in title case', draft: officerToMember('I have tidied up the "Labour Working for Harbury" leaflet you sent me.'), findings: error },
    { name: 'councillors who fight for their area', draft: memberToResident('Conservative councillors fight for their area and deliver for local people.'), findings: warning },
    { name: 'the branch exec', draft: memberToResident("See you at Thursday's branch exec, I'll bring the accounts."), findings: warning },
  ],
});
