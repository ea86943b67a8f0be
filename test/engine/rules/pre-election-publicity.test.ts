import { preElectionPublicity } from '../../../src/engine/rules/pre-election-publicity';
import { aDraft } from '../../support/draft-builder';
import { cllr, mailbox, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const release = (quote: string) => `PRESS RELEASE\n\nNew play area opens at Riverside Park\n\nThe new play area opens on Saturday.\n\n${quote}\n\nENDS`;

ruleTester.run(preElectionPublicity, {
  valid: [
    { name: 'outside the pre-election period', draft: aDraft().from(mailbox.press).to(resident.journalist).body(release('Cllr Beth Holloway said: "A great day."')).now('2027-02-10T10:00:00Z').build() },
    { name: 'in the period, quoting an officer', draft: aDraft().from(mailbox.press).to(resident.journalist).body(release('Gavin Tull, Parks Manager, said: "A great day."')).now('2027-04-13T09:00:00Z').build() },
    { name: 'in the period, an ordinary officer e-mail naming a councillor', draft: aDraft().from(officer.tull).to(resident.gmail).body('Dear Mr Jones,\n\nCllr Beth Holloway asked me to reply.\n\nGavin').now('2027-04-13T09:00:00Z').build() },
    { name: 'in the period, a press office reply to a member is not publicity', draft: aDraft().from(officer.kemp).to(cllr.holloway).composeType('reply').body('Dear Beth,\n\nWe cannot quote Cllr Beth Holloway in releases until after 6 May.\n\nLisa').now('2027-04-13T09:00:00Z').build() },
    { name: 'in the period, a draft release sent to a colleague', draft: aDraft().from(officer.kemp).to(officer.marlow).body(release('Cllr Beth Holloway said: "A great day."')).now('2027-04-13T09:00:00Z').build() },
    { name: 'in the period, a newsletter naming no councillor', draft: aDraft().from(officer.kemp).to(resident.gmail).subject('Vale news - April').body('Vale news\n\nThe new library opens on Monday.\n\nLisa').now('2027-04-13T09:00:00Z').build() },
  ],
  invalid: [
    { name: 'a communications officer\'s e-bulletin to an outside list names the Mayor',
      draft: aDraft().from(officer.kemp).to({ name: 'Community groups', email: 'groups@valecommunity.org.uk' }).subject('Community bulletin - April').body('Community bulletin - April\n\nThe Mayor, Cllr Ruth Pennington, opened the new library on Monday.\n\nThe garden waste service restarts in May.\n\nLisa').now('2027-04-13T09:00:00Z').build(),
      findings: [{ message: ['Cllr Ruth Pennington'] }] },
    { name: 'a member named in Welsh in a bilingual release',
      draft: aDraft().from(mailbox.press).to(resident.journalist).body(release('Dywedodd y Cynghorydd Holloway: "Diwrnod gwych."')).now('2027-04-13T09:00:00Z').build(),
      findings: [{ message: ['Cllr Beth Holloway'] }] },
    { name: 'a councillor quoted by office, not name',
      draft: aDraft().from(mailbox.press).to(resident.journalist).body(release('The Cabinet Member for Housing and Communities said the scheme was a great day for the town.')).now('2027-04-13T09:00:00Z').build(),
      findings: [{ message: ['quoted by office'] }] },
    { name: 'a press release in the period quotes a Cabinet member',
      draft: aDraft().from(mailbox.press).to(resident.journalist).subject('PRESS RELEASE: play area').body(release('Cllr Beth Holloway, Cabinet Member for Housing and Communities, said: "A great day."')).now('2027-04-13T09:00:00Z').build(),
      findings: [{ message: ['Cllr Beth Holloway'] }],
      output: { body: 'PRESS RELEASE\n\nNew play area opens at Riverside Park\n\nThe new play area opens on Saturday.\n\nENDS' } },
    { name: 'a newsletter from an officer names a councillor by full name in the period',
      draft: aDraft().from(officer.kemp).to(resident.gmail).subject('Residents\' newsletter – April').body('Residents\' newsletter\n\nAlan Price opened the new library on Monday.\n\nLisa').now('2027-04-13T09:00:00Z').build(),
      findings: [{ message: ['Cllr Alan Price'] }] },
  ],
});
