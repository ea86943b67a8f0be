import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noteText } from '../../src/import/import-note';
import { parseCouncillorsByWard, ModernGovError } from '../../src/import/moderngov';
import { readKeyposts } from '../../src/import/roles';
import { normaliseParty } from '../../src/import/parties';
import { memberName, wardId } from '../../src/import/names';

const shared = join(__dirname, '..', '..', '..', 'shared', 'examples', 'moderngov', 'GetCouncillorsByWard.xml');
const quirks = readFileSync(join(__dirname, '..', 'fixtures', 'moderngov', 'quirks.xml'), 'utf8');

describe('GetCouncillorsByWard', () => {
  it('reads the shared sample: wards, work e-mail first, home e-mail second, party and portfolio', () => {
    const result = parseCouncillorsByWard(readFileSync(shared, 'utf8'));
    expect(result.wards).toEqual([{ id: 'riverside', name: 'Riverside' }]);
    expect(result.members).toEqual([
      { name: 'Alex Example', email: 'alex.example@example.gov.uk', ward: 'riverside', party: 'Labour', roles: ['cabinet'], portfolio: 'Housing' },
      { name: 'Sam Sample', email: 'ssample@example.gov.uk', ward: 'riverside', party: 'Liberal Democrat', partyOriginal: 'Liberal Democrats', roles: [] },
    ]);
  });

  const result = parseCouncillorsByWard(quirks);
  const byName = (name: string) => result.members.find((m) => m.name === name)!;

  it('makes ward ids from titles with apostrophes and ampersands', () => {
    expect(result.wards.map((w) => w.id)).toEqual(['st-helens', 'abbey-priory', 'northgate']);
  });

  it('prefers the work address, never copies home addresses or phones', () => {
    expect(byName('Ada Lovelock').email).toBe('ada.lovelock@vale.gov.uk');
    expect(JSON.stringify(result)).not.toMatch(/Private Road|960 999|ada\.home|ZZ1 1ZZ/);
  });

  it('uses the home e-mail when that is the only one', () => {
    expect(byName('Ben Carter').email).toBe('ben.carter@vale.gov.uk');
  });

  it('lists a member without e-mail instead of dropping them silently', () => {
    expect(result.members.map((m) => m.name)).not.toContain('Chris Dunmore');
    expect(result.withoutEmail).toEqual([{ name: 'Chris Dunmore', ward: 'st-helens', councillorId: '203' }]);
    expect(result.notes.map((n) => noteText(n))).toContain('no e-mail: Chris Dunmore (St Helen\'s, councillorid 203) — add one under "members" in the overrides file');
  });

  it('reads several roles from one keyposts, typos included', () => {
    expect(byName('Ada Lovelock')).toMatchObject({ roles: ['leader', 'cabinet'], portfolio: 'Strategy & Resources' });
    expect(byName('Ben Carter')).toMatchObject({ roles: ['cabinet', 'committee-chair'], portfolio: 'Health and Wellbeing' });
    expect(byName('Erin Flint')).toMatchObject({ roles: ['group-leader', 'opposition-spokesperson'], portfolio: 'Health and Wellbeing' });
    expect(byName('Gwen Hale').roles).toEqual(['scrutiny-chair']);
  });

  it('lists keyposts it could not read', () => {
    expect(result.notes.map((n) => noteText(n))).toContain('role not read: "Mayor\'s Consort" (Gwen Hale) — set roles in the overrides file if it matters');
  });

  it('normalises party spellings and keeps the original', () => {
    expect(byName('Ben Carter')).toMatchObject({ party: 'Labour', partyOriginal: 'Labour and Co-operative' });
    expect(byName('Erin Flint')).toMatchObject({ party: 'Conservative', partyOriginal: 'CONSERVATIVE' });
    expect(byName('Gwen Hale')).toMatchObject({ party: 'Liberal Democrat', partyOriginal: 'Lib Dems' });
  });

  it('leaves out a councillor whose term of office has ended, and says so ("unspecified" end dates are current)', () => {
    expect(result.members.map((m) => m.name)).not.toContain('Former Member');
    expect(result.notes.map((n) => noteText(n))).toContain('skipped (term of office ended): Former Member');
    expect(result.members.map((m) => m.name)).toContain('Ada Lovelock');
  });

  it('strips titles and post-nominals from names', () => {
    expect(byName('Ada Lovelock').name).toBe('Ada Lovelock');
  });

  it('filters a shared install by e-mail domain, dropping the other council\'s wards', () => {
    const filtered = parseCouncillorsByWard(quirks, { domains: ['vale.gov.uk'] });
    expect(filtered.wards.map((w) => w.id)).toEqual(['st-helens', 'abbey-priory']);
    expect(filtered.notes.map((n) => noteText(n))).toContain("skipped (other council's domain): Ivo Jones <ivo.jones@othervale.gov.uk>");
  });

  it('explains input that is not a Modern.gov response', () => {
    expect(() => parseCouncillorsByWard('<html><body>Not found</body></html>')).toThrow(ModernGovError);
    expect(() => parseCouncillorsByWard('<html><body>Not found</body></html>')).toThrow(/not a GetCouncillorsByWard response/);
    expect(() => parseCouncillorsByWard('{"json": true}')).toThrow(/not valid XML/);
  });
});

describe('keyposts patterns', () => {
  it.each([
    ['Mayor', ['mayor']],
    ['Lord Mayor', ['mayor']],
    ['Chairman of the Council', ['mayor']],
    ['Deputy Mayor', []],
    ['Leader of the Opposition', ['group-leader']],
    ['Portfolio Holder: Housing', ['cabinet']],
    ['Executive Member for Finance', ['cabinet']],
    ['Shadow Cabinet Member for Housing', ['opposition-spokesperson']],
    ['Chair of Planning Committee', ['committee-chair']],
    ['Vice-Chair of Planning Committee', []],
    ['Chair, Overview & Scrutiny Committee', ['scrutiny-chair']],
  ] as const)('%s → %j', (keyposts, roles) => {
    expect(readKeyposts(keyposts).roles).toEqual(roles);
  });
});

describe('party and name tidying', () => {
  it.each([['Welsh Labour', 'Labour'], ['The Conservative Party', 'Conservative'], ['Liberal Democrats', 'Liberal Democrat'], ['Green Party', 'Green'],
    ['Independent', 'Independent'], ['Ind', 'Independent'], ['Reform UK', 'Reform UK'], ['Ashfield Independents', 'Independent'], ['Residents for Uttlesford', 'Residents for Uttlesford']])('%s → %s', (original, party) => {
    expect(normaliseParty(original)).toBe(party);
  });
  it('tidies names and ward ids', () => {
    expect(memberName('Cllr Mrs Jo Bloggs OBE')).toBe('Jo Bloggs');
    expect(wardId("Saint Mary's & All Saints")).toBe('saint-marys-all-saints');
  });
});
