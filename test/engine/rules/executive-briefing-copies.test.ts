import { administrationEntries, answeredRequestEntries, answeredRequests, administration } from '../../../src/engine/lexicons/requests';
import type { Lexicon, LexiconEntry } from '../../../src/engine/lexicons/lexicon';
import { executiveBriefingCopies } from '../../../src/engine/rules/executive-briefing-copies';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const brief = letter('Dear Beth,', ['I wanted to give you early sight of a change to the housing allocations policy.'], 'Kind regards,', ['Amanda']);
const note = (greeting: string, ...p: string[]) => letter(greeting, p, 'Regards,', ['Rob Ellis']);

describe.each([['answered requests', answeredRequests, answeredRequestEntries], ['administration', administration, administrationEntries]] as [string, Lexicon<string>, LexiconEntry<string>[]][])(
  '%s lexicon', (_name, lexicon, entries) => {
    const cases = entries.flatMap((e) => [...e.examples.match.map((t) => [e.id, true, t] as const), ...(e.examples.noMatch ?? []).map((t) => [e.id, false, t] as const)]);
    it.each(cases)('%s %s: %s', (id, finds, text) => {
      expect(lexicon.findIn(text).some((hit) => hit.entry.id === id)).toBe(finds);
    });
  });

ruleTester.run(executiveBriefingCopies, {
  valid: [
    { name: 'the spokesperson and the Chair of Scrutiny are copied', draft: aDraft().from(officer.cho).to(cllr.holloway).cc(cllr.forster, cllr.shaw).body(brief).build() },
    { name: 'a reply to the Cabinet member\'s own question', draft: aDraft().from(officer.cho).to(cllr.holloway).composeType('reply').body(`${brief}\n\n-----Original Message-----\nFrom: Cllr Beth Holloway\nSent: Monday\n\nAmanda, what is changing?`).build() },
    { name: 'meeting arrangements, not a briefing', draft: aDraft().from(officer.cho).to(cllr.holloway).body(letter('Dear Beth,', ['Our one-to-one has moved to Thursday at 2pm.'], 'Thanks,', ['Amanda'])).build() },
    { name: 'to a backbencher', draft: aDraft().from(officer.cho).to(cllr.hussain).body(brief).build() },
    { name: 'papers sent "for information"', draft: aDraft().from(officer.cho).to(cllr.holloway).body(letter('Dear Beth,', ['The agenda for Thursday is attached for information.'], 'Thanks,', ['Amanda'])).build() },
    { name: 'a new message that says it answers the member\'s request', draft: aDraft().from(officer.ellis).to(cllr.lewis).body(note('Dear Owen,', 'As you asked at the portfolio briefing, here are the figures for the bus shelter repairs.', 'Twelve shelters are on the list for this year.')).build() },
    { name: '"further to your question", written as a new message', draft: aDraft().from(officer.ellis).to(cllr.lewis).body(note('Dear Owen,', 'Further to your question on Monday, the resurfacing of Mill Street is now booked for June.')).build() },
    { name: 'the Leader\'s portfolio has no shadow: the Chair of Scrutiny alone is enough', draft: aDraft().from(officer.marlow).to(cllr.price).cc(cllr.shaw).body(note('Dear Alan,', 'Just to let you know that the enterprise zone bid has been shortlisted.')).build() },
    { name: 'a notice to the all-members list reaches every spokesperson', draft: aDraft().from(officer.ellis).to(cllr.lewis, mailbox.allMembers).body(note('Dear Councillors,', 'The new recycling round starts on 3 May.')).build() },
    { name: 'a member writing to a Cabinet colleague', draft: aDraft().from(cllr.hussain).to(cllr.holloway).body(note('Dear Beth,', 'I wanted to let you know the tenants meeting went well.')).build() },
  ],
  invalid: [
    { name: 'an early-sight briefing to a Cabinet member without the copies',
      draft: aDraft().from(officer.cho).to(cllr.holloway).body(brief).build(),
      findings: [{ severity: 'warning', recipients: [cllr.forster.email, cllr.shaw.email] }],
      output: { cc: [{ email: cllr.forster.email, name: 'Cllr Diane Forster' }, { email: cllr.shaw.email, name: 'Cllr Martin Shaw' }] } },
    { name: 'one of the two copies present: only the Chair of Scrutiny is missing',
      draft: aDraft().from(officer.ellis).to(cllr.lewis).cc(cllr.adeyemi).body(note('Dear Owen,', 'The contractor has told us the new gritters will arrive a month late.', 'I have copied Cllr Adeyemi as the opposition spokesperson.')).build(),
      findings: [{ recipients: [cllr.shaw.email] }], output: { cc: [cllr.adeyemi, { email: cllr.shaw.email, name: 'Cllr Martin Shaw' }] } },
    { name: 'the other copy present: only the spokesperson is missing',
      draft: aDraft().from(officer.marlow).to(cllr.rahman).cc(cllr.shaw).body(note('Dear Nadia,', 'The auditors will qualify their opinion on the accounts because of the pension valuation.')).build(),
      findings: [{ recipients: [cllr.carver.email] }] },
    { name: 'the Leader is an Executive member; an unshadowed portfolio needs the Chair of Scrutiny alone',
      draft: aDraft().from(officer.marlow).to(cllr.price).body(note('Dear Alan,', 'Good news that I wanted you to hear first: the enterprise zone bid has been shortlisted.')).build(),
      findings: [{ recipients: [cllr.shaw.email], message: ['Cllr Alan Price'] }] },
    { name: 'an officer\'s own update to the Cabinet member for their ward',
      draft: aDraft().from(officer.ellis).to(cllr.lewis).body(note('Dear Owen,', 'The fly-tip on Kingsmead Lane was cleared this morning and the crew have put up a warning sign.')).build(),
      findings: [{ recipients: [cllr.adeyemi.email, cllr.shaw.email] }] },
    { name: 'a forwarded report is still the officer\'s own initiative',
      draft: aDraft().from(officer.cho).to(cllr.holloway).composeType('forward').body(`${letter('Beth,', ['Forwarding the regulator\'s letter, which arrived today.'], 'Amanda', [])}\n\n---------- Forwarded message ---------\nFrom: Regulator <info@regulator.example>\n\nWe will inspect in May.`).build(),
      findings: [{ recipients: [cllr.forster.email, cllr.shaw.email] }] },
  ],
});
