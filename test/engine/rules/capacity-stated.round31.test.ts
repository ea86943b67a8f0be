// Round 31 (session 13): a member writing to their own party — its agent, branch secretary or organiser — writes as a
// party member, not as ward councillor to a resident, so no capacity is owed. The party is known from the address (a
// party's domain, a party named in the local part), from a party office said of the recipient (display name, or signed
// under their name in the thread), or from a bare office ("agent@", "Branch Secretary") in a thread of party business.
// A letting agent, a residents' association secretary, or a resident met on the doorstep is still written to as ward member.
// Also: a member who signs with an office of the Council ("Cabinet Member for Regeneration") writing to a firm writes in that
// office, though the site is in their ward; and a personal mailbox at a smaller web-mail provider ("…@wendmail.co.uk") is a
// resident's, as a Gmail address is. An address with no "@" (an Exchange name, a display name in the address field) is
// no one outside the council.
import { capacityStated } from '../../../src/engine/rules/capacity-stated';
import { partyBusinessEntries, partyRoleEntries, partyBusiness, partyRoles } from '../../../src/engine/lexicons/capacity';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const draft = (to: { name: string; email: string }, paragraphs: string[], quoted = '') => aDraft().from(cllr.quinn).to(to)
  .composeType(quoted ? 'reply' : 'new').subject('Brookside')
  .body(letter('Hi Jo,', paragraphs, 'Thanks,', ['Sarah', '', 'Cllr Sarah Quinn', 'Brookside Ward']) + quoted).build();
const quote = (lines: string[]) => `\n\nOn Mon, 8 Mar 2027 at 19:02, Jo Reid wrote:\n${lines.map((l) => `> ${l}`).join('\n')}`;

const selection = 'Yes, put me down for the selection meeting for Brookside on the 14th and I will bring the nomination form.';
const canvass = 'Tanyard Lane and Mill Pond on Saturday for the canvass session, then the leaflet round by the green.';
const casework = 'I have reported the fly-tipping on Tanyard Lane and the crew will clear it on Thursday.';

ruleTester.run(capacityStated, {
  valid: [
    { name: 'the party\u2019s own domain', draft: draft({ name: 'Jo Reid', email: 'secretary@harburyvalelabour.org.uk' }, [selection]) },
    { name: 'a party named in a personal address', draft: draft({ name: 'Jo Reid', email: 'jo.reid.labour@gmail.com' }, [canvass]) },
    { name: 'a party office in the display name', draft: draft({ name: 'Jo Reid (Election Agent)', email: 'jo.reid@gmail.com' }, [canvass]) },
    { name: 'a party office signed under her name in the thread', draft: draft({ name: 'Jo Reid', email: 'jo.reid@gmail.com' }, ['Saturday is fine, I will be there.'],
      quote(['Sarah, can you join us at Mill Pond on Saturday morning?', 'Jo Reid', 'Constituency Organiser, Harbury Vale Labour'])) },
    { name: 'a branch secretary in a thread of party business', draft: draft({ name: 'Jo Reid', email: 'jo.reid@gmail.com' }, [selection],
      quote(['Nominations are open for Brookside.', 'Jo Reid, Branch Secretary'])) },
    { name: 'an Exchange address, not an Internet one, is no one outside the council',
      draft: draft({ name: 'Jo Reid', email: '/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jo.reid' }, [casework]) },
    { name: 'an agent\u2019s address and a canvass plan', draft: draft({ name: 'Jo Reid', email: 'agent@valecampaigns.org.uk' }, [canvass]) },
  ],
  invalid: [
    { name: 'a letting agent about a ward street', draft: draft({ name: 'Jo Reid', email: 'agent@millpondlettings.co.uk' }, [casework]), findings: [{ severity: 'warning' }] },
    { name: 'a residents\u2019 association secretary', draft: draft({ name: 'Jo Reid', email: 'jo.reid@gmail.com' }, [casework],
      quote(['The tipping is back on Tanyard Lane.', 'Jo Reid', 'Secretary, Brookside Green Residents Association'])), findings: [{ severity: 'warning' }] },
    { name: 'a resident met while canvassing', draft: draft({ name: 'Jo Reid', email: 'jo.reid@gmail.com' },
      ['It was good to meet you on the doorstep while I was canvassing.', casework]), findings: [{ severity: 'warning' }] },
    { name: 'an MP\u2019s constituency officer', draft: draft({ name: 'Jo Reid', email: 'jo.reid@parliament.uk' }, [casework],
      quote(['Our office has had the same complaint about Tanyard Lane.', 'Jo Reid', 'Constituency Officer to Sam Hale MP'])), findings: [{ severity: 'warning' }] },
    { name: 'a union branch secretary, no party business', draft: draft({ name: 'Jo Reid', email: 'jo.reid@gmail.com' }, [casework],
      quote(['Members at the depot have raised the Tanyard Lane tipping.', 'Jo Reid, Branch Secretary'])), findings: [{ severity: 'warning' }] },
  ],
});

const fromOffice = (to: { name: string; email: string }, office: string[], text: string) => aDraft().from(cllr.doyle).to(to).subject('Tanyard Lane works')
  .body(letter('Dear Mr Price,', [text], 'Regards,', ['Cllr Ian Doyle', ...office])).build();
const works = 'I confirm the resurfacing of Tanyard Lane will start on 3 May and the footway will stay open.';
const firm = { name: 'Site Manager', email: 'site@valegrounds.co.uk' };
const plain = (email: string) => aDraft().from(cllr.quinn).to({ name: 'Mrs J Reid', email }).composeType('reply').subject('Re: your repairs')
  .body(letter('Dear Mrs Reid,', ['I am sorry you are still waiting; I have chased the repairs team again today.'], 'Best wishes,', ['Cllr Sarah Quinn'])).build();

ruleTester.run(capacityStated, {
  valid: [
    { name: 'a Cabinet member to a contractor about a site in the ward', draft: fromOffice(firm, ['Cabinet Member for Highways'], works) },
    { name: 'a committee chair to a contractor', draft: fromOffice(firm, ['Chair of the Planning Committee', 'Harbury Vale District Council'], works) },
    { name: 'a mailing list at a mail service', draft: plain('news@lists.valemail.co.uk') },
    { name: 'Royal Mail is a firm', draft: plain('enquiries@royalmail.com') },
  ],
  invalid: [
    { name: 'the office and the ward both signed', draft: fromOffice(firm, ['Cabinet Member for Highways', 'Brookside Ward'], works), findings: [{ severity: 'warning' }] },
    { name: 'a Cabinet member to a resident', draft: fromOffice({ name: 'Jo Reid', email: 'jo.reid@gmail.com' }, ['Cabinet Member for Highways'], works), findings: [{ severity: 'warning' }] },
    { name: 'a resident at a smaller web-mail provider', draft: plain('jreid.home@wendmail.co.uk'), findings: [{ severity: 'warning' }] },
    { name: 'a hyphenated web-mail provider', draft: plain('j.reid@pennine-mail.co.uk'), findings: [{ severity: 'warning' }] },
  ],
});

describe('round 31 party lexicons prove their examples', () => {
  it.each(partyRoleEntries.flatMap((e) => e.examples.match.map((m) => [e.id, m] as const)))('%s finds "%s"', (id, text) => {
    expect(partyRoles.findIn(text).map((h) => h.entry.id)).toContain(id);
  });
  it.each(partyRoleEntries.flatMap((e) => (e.examples.noMatch ?? []).map((m) => [e.id, m] as const)))('%s misses "%s"', (id, text) => {
    expect(partyRoles.findIn(text).map((h) => h.entry.id)).not.toContain(id);
  });
  it.each(partyBusinessEntries.flatMap((e) => e.examples.match))('party business: "%s"', (text) => {
    expect(partyBusiness.findIn(text).length).toBeGreaterThan(0);
  });
  it.each(partyBusinessEntries.flatMap((e) => e.examples.noMatch ?? []))('not party business: "%s"', (text) => {
    expect(partyBusiness.findIn(text)).toEqual([]);
  });
});
