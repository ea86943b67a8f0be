// Round 31 (session 13): a ward named only in a quoted member's signature ("Cllr Alan Price / Riverside Ward / Leader of
// the Council") says whom the member represents, not what the thread is about. A ward named in the quoted message,
// or a signature line that says more than the ward, or a ward line under no member's name, still makes it a ward matter.
import { wardMemberCopy } from '../../../src/engine/rules/ward-member-copy';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const reply = 'Both dates work for us; I have booked Committee Room 1 for the budget seminar and the agenda goes out a week before.';
const fromMartin = (quoted: string[]): string => `${letter('Dear Alan,', [reply], 'Kind regards,', ['Colin Ware'])}\n\nFrom: Cllr Alan Price\nSent: 3 May 2027 09:12\n\n${quoted.join('\n')}`;
const draft = (quoted: string[]) => aDraft().from(officer.ware).to(cllr.price).composeType('reply').subject('RE: Budget seminar dates').body(fromMartin(quoted)).build();
const ask = 'Colin, can we fix the dates for the budget seminar for all members? I suggest 14 June.';

ruleTester.run(wardMemberCopy, {
  valid: [
    { name: 'the ward only as a signature line under the name', draft: draft([ask, '', 'Alan', '', 'Cllr Alan Price', 'Riverside Ward', 'Leader of the Council']) },
    { name: '"Councillor for Riverside Ward" under the name', draft: draft([ask, '', 'Cllr Alan Price', 'Councillor for Riverside Ward']) },
    { name: 'a quoted signature with "> " marks', draft: draft([`> ${ask}`, '>', '> Councillor Alan Price', '> Leader of the Council', '> Riverside Ward']) },
  ],
  invalid: [
    { name: 'the ward named in the quoted message too', draft: draft(['Colin, can we fix the dates for the Riverside Park consultation? I suggest 14 June.', '', 'Cllr Alan Price', 'Riverside Ward']),
      findings: [{ severity: 'warning' }] },
    { name: 'a signature line saying more than the ward', draft: draft([ask, '', 'Cllr Alan Price', 'Riverside Ward surgery moved to Friday at the library']),
      findings: [{ severity: 'warning' }] },
    { name: 'a ward line under no member\u2019s name', draft: draft(['Colin, about the summer fair:', 'Riverside Ward', 'Saturday 14 June, 2pm']),
      findings: [{ severity: 'warning' }] },
  ],
});
