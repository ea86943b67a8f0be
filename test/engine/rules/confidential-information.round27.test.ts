// Round 27 (session 12): a marking reported rather than pasted ("circulated to members marked CONFIDENTIAL"),
// and a confidential-waste service's "sacks for confidential papers", which mark nothing.
import { confidentialEntries, confidentialMarkers, disposalEntries, disposals } from '../../../src/engine/lexicons/confidential';
import { confidentialInformation } from '../../../src/engine/rules/confidential-information';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toReed = (...p: string[]) => aDraft().from(cllr.forster).to(resident.journalist).subject('Leisure centre').body(letter('Hi Sam,', p, 'Best,', ['Diane'])).build();
const toClub = (...p: string[]) => aDraft().from(officer.baines).to(resident.club).subject('Collection').body(letter('Good morning,', p, 'Kind regards,', ['Tom Baines'])).build();

describe('round 27 lexicon examples', () => {
  const cases = [...confidentialEntries.filter((e) => e.id === 'marked' || e.id === 'confidential-document').map((e) => [confidentialMarkers, e] as const),
    ...disposalEntries.map((e) => [disposals, e] as const)]
    .flatMap(([lexicon, e]) => [...e.examples.match.map((t) => [e.id, lexicon, true, t] as const), ...(e.examples.noMatch ?? []).map((t) => [e.id, lexicon, false, t] as const)]);
  it.each(cases)('%s %#: %s %s', (id, lexicon, finds, text) => {
    expect(lexicon.findIn(text).some((hit) => hit.entry.id === id)).toBe(finds);
  });
});

ruleTester.run(confidentialInformation, {
  valid: [
    { name: 'lockable sacks for confidential papers (a shredding service)', draft: toClub('Your confidential waste service starts on Monday. The crew will leave six lockable sacks for confidential papers and empty them weekly.') },
    { name: 'anything marked confidential goes in the shredding console', draft: toClub('Please put anything marked confidential in the shredding console by the door; we collect on Fridays.') },
    { name: 'an envelope marked confidential', draft: toClub('Please return the signed form in a sealed envelope marked confidential.') },
    { name: '"marked" something else', draft: toReed('The bins on Mead Road were marked for collection on Tuesday but nobody came.') },
    { name: 'a report marked confidential, to a council officer', draft: aDraft().from(cllr.forster).to(officer.rudd).body(letter('Hi Helen,', ['The report was circulated to members marked confidential on Friday. Can we discuss it?'], 'Thanks,', ['Diane'])).build() },
  ],
  invalid: [
    { name: 'a member tells a journalist what a report "marked CONFIDENTIAL" says', draft: toReed('The report on the leisure centre was circulated to members marked CONFIDENTIAL last week, and it says the pool will close in May.'),
      findings: [{ severity: 'warning', recipients: [resident.journalist.email], spans: ['marked CONFIDENTIAL'] }] },
    { name: '"labelled as restricted"', draft: toReed('The briefing, labelled as restricted, puts the overspend at £2m.'), findings: [{ severity: 'warning' }] },
    { name: '"shared with members in confidence"', draft: toReed('Officers shared to members in confidence that the pool will close in May.'), findings: [{ severity: 'warning' }] },
    { name: 'a Part 2 report about the shredding contract still fires', draft: toClub('The Part 2 report on the confidential waste contract puts your bid second.'), findings: [{ severity: 'warning' }] },
  ],
});
