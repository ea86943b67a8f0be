// Round 25 (session 11): a member named in a release by title with the first name they go by ("Cllr Di
// Forster" for Diane, "Councillor Kam Hussain"): "Cllr", one word, the surname.
import { preElectionPublicity } from '../../../src/engine/rules/pre-election-publicity';
import { aDraft } from '../../support/draft-builder';
import { mailbox, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const release = (quote: string) => `PRESS RELEASE\n\nFlood wall work starts on Ferry Lane\n\nWork starts today.\n\n${quote}\n\nENDS`;
const inPeriod = (quote: string) => aDraft().from(mailbox.press).to(resident.journalist).body(release(quote)).now('2027-04-13T09:00:00Z').build();

ruleTester.run(preElectionPublicity, {
  valid: [
    { name: 'a resident with a member\u2019s surname, no title', draft: inPeriod('Kam Hussain, who lives on Ferry Lane, said: "It is a relief."') },
    { name: 'a title and a surname no member has', draft: inPeriod('Cllr Kam Hussein of the parish council said: "It is a relief."') },
    { name: 'the same release outside the period', draft: aDraft().from(mailbox.press).to(resident.journalist).body(release('Cllr Kam Hussain said: "It is a relief."')).now('2027-02-10T10:00:00Z').build() },
  ],
  invalid: [
    { name: '"Cllr Kam Hussain, one of the ward councillors for Riverside, said"', draft: inPeriod('Cllr Kam Hussain, one of the ward councillors for Riverside, said: "It is a relief to see the diggers arrive."'),
      findings: [{ message: ['Cllr Kamal Hussain'] }] },
    { name: '"Councillor Di Forster said"', draft: inPeriod('Councillor Di Forster said the scheme was overdue.'), findings: [{ message: ['Cllr Diane Forster'] }] },
  ],
});
