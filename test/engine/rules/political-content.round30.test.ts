// political-content on the kinds round 30's unseen councils wrote (a Labour English city, a bilingual Plaid–Labour county
// borough, a Scottish SNP–Green council, a Conservative district's real text): colour nicknames ("the Reds have run the
// housing department into the ground", "the yellow bench… grandstand", "the yellow party would rather play politics"),
// the whip ("no abstentions this time", "voting with the group", "goes their own way"), campaign rotas in their own words
// ("the last push", "anyone who's wobbling", "every door done before the poll cards land", "every door counts"), an
// officer's "see you on the doorstep… your round again", "putting my cross next to your name", "your team for May",
// "back us in May", "our selection evening", "the Con-Ind coalition's… know exactly who to thank", "clearing up their
// mess", Welsh "dyma be ti'n gael efo'r glymblaid 'ma"; and the look-alikes: "no abstentions" in a recorded vote,
// nomination guidance on a party's nominating officer, poll cards in an electoral-reform reply, "the same would apply to
// any group's newsletter" after a refusal, a Welsh refusal citing "y Protocol Aelodau/Swyddogion", the Blues festival.
import { politicalContent } from '../../../src/engine/rules/political-content';
import { ruleTester } from '../../support/rule-tester';
import { memberToOfficer, memberToResident, officerToMember } from '../../support/one-sentence-drafts';

const warning = [{ severity: 'warning' as const }];
const error = [{ severity: 'error' as const }];

ruleTester.run(politicalContent, {
  valid: [
    { name: 'no abstentions in a recorded vote', draft: officerToMember('The amendment was defeated by 11 votes to 17, with no abstentions.') },
    { name: 'nomination guidance on a party\u2019s nominating officer', draft: officerToMember("To use a party description you will need a certificate of authorisation from your party's nominating officer, which must be delivered with your papers by 4pm.") },
    { name: 'poll cards in a reply on electoral reform', draft: officerToMember("I'm preparing an officer response on the practical points (canvass, poll cards, counting arrangements).") },
    { name: 'the same would apply to any group after a refusal', draft: officerToMember("Under the Member/Officer Protocol the print room can only be used for Council business. The sheet you've sent is a party leaflet. The same would apply to any group's newsletter or leaflet.") },
    { name: 'a Welsh refusal citing the Protocol', draft: officerToMember("Deunydd plaid ydi'r daflen, ac o dan y Protocol Aelodau/Swyddogion dydi swyddogion ddim yn cael gweithio ar ddeunydd gwleidyddol.") },
    { name: 'the Blues festival', draft: memberToResident('The Blues festival on the green was a great success and the bins were emptied on time.') },
    { name: 'the poll cards go out before the hall closes', draft: officerToMember('We wanted you to hear it from us before the poll cards go out: the village hall will not be a polling station this year.') },
    { name: 'the town hall was run into the ground by the damp', draft: officerToMember('The old depot has been run into the ground by years of damp and will be demolished.') },
    { name: 'a football fan\u2019s aside', draft: memberToResident('Good luck to the Reds on Saturday; the car park by the ground will be open from noon.') },
  ],
  invalid: [
    { name: 'the Reds ran the housing department into the ground', draft: memberToOfficer("I'm afraid the Reds have run the housing department into the ground and it's families in B&Bs who are paying for it."), findings: warning },
    { name: 'the whip without the word', draft: memberToResident('We are voting against the amendment. No abstentions this time please, and anyone who goes their own way again will be standing down as a spokesperson.'), findings: warning },
    { name: 'a rota: the last push, anyone wobbling', draft: memberToResident("The 20th is the last push before the notice goes up, so mark anyone who's wobbling so we can go back to them."), findings: warning },
    { name: 'every door done before the poll cards land', draft: memberToResident('We need every door done at least once before the poll cards land.'), findings: warning },
    { name: 'an officer: see you on the doorstep', draft: officerToMember("See you on the doorstep Saturday - I've put myself down for your round again."), findings: error },
    { name: 'an officer: my cross next to your name', draft: officerToMember("PS - I'll be putting my cross next to your name, good luck!"), findings: error },
    { name: 'a flyer asking people to back us in May', draft: memberToOfficer('Could the print room do 500 copies of the flyer? It asks people to back us in May so we can make it happen.'), findings: error },
    { name: 'book the chamber for our selection evening', draft: memberToOfficer('Can you book the Council Chamber for our selection evening on Tuesday?'), findings: error },
    { name: 'the Con-Ind coalition, and people know who to thank', draft: memberToOfficer("This is the Con-Ind coalition's round 'efficiency' in action and people on Ferry Road know exactly who to thank."), findings: warning },
    { name: 'left clearing up their mess', draft: memberToOfficer('The previous administration signed a fifteen-year deal they could not be bothered to read, and we are the ones left clearing up their mess.'), findings: warning },
    { name: 'the yellow party would rather play politics', draft: memberToOfficer("Residents will be amazed that the yellow party would rather play politics than fix our roads."), findings: warning },
    { name: 'Welsh: this is what you get with this coalition', draft: memberToOfficer("A deud y gwir, dyma be ti'n gael efo'r glymblaid 'ma – pum mlynedd o anwybyddu'r cefn gwlad."), findings: warning },
  ],
});
