// The removal guard: any ward, or more than a tenth of the members or of the officers.
import type { Directory } from '../../src/engine';
import { judgeRemovals, REMOVAL_SHARE } from '../../src/import/removals';

function directory(wards: number, members: number, officers: number): Directory {
  return {
    council: { name: 'Vale', domains: ['vale.gov.uk'] },
    wards: Array.from({ length: wards }, (_, i) => ({ id: `w${i}`, name: `Ward ${i}` })),
    members: Array.from({ length: members }, (_, i) => ({ name: `Member ${i}`, email: `m${i}@vale.gov.uk`, ward: 'w0', roles: [] })),
    officers: Array.from({ length: officers }, (_, i) => ({ name: `Officer ${i}`, email: `o${i}@vale.gov.uk`, grade: 'junior' as const })),
    mailboxes: [],
    mediaDomains: [],
  } as unknown as Directory;
}

describe('judgeRemovals', () => {
  it('needs no confirmation for a new directory or an unchanged one', () => {
    expect(judgeRemovals(undefined, directory(3, 30, 50)).reasons).toEqual([]);
    expect(judgeRemovals(directory(3, 30, 50), directory(3, 30, 50)).reasons).toEqual([]);
  });

  it('asks for confirmation when any ward goes', () => {
    const verdict = judgeRemovals(directory(3, 30, 50), directory(2, 30, 50));
    expect(verdict.reasons).toEqual(['1 of 3 wards']);
    expect(verdict.removals.wards).toEqual(['Ward 2']);
  });

  it('allows up to a tenth of the members or officers, and not one more', () => {
    const before = directory(1, 30, 50);
    expect(REMOVAL_SHARE).toBe(0.1);
    expect(judgeRemovals(before, directory(1, 27, 45)).reasons).toEqual([]);
    expect(judgeRemovals(before, directory(1, 26, 44)).reasons).toEqual(['4 of 30 members', '6 of 50 officers']);
  });

  it('matches members by e-mail or by name, so a changed address is not a removal', () => {
    const before = directory(1, 10, 0);
    const after = directory(1, 10, 0);
    after.members[0] = { ...after.members[0]!, email: 'new.address@vale.gov.uk' };
    expect(judgeRemovals(before, after).removals.members).toEqual([]);
  });

  it('treats an empty answer as removing everything', () => {
    const verdict = judgeRemovals(directory(2, 12, 7), directory(0, 0, 0));
    expect(verdict.reasons).toEqual(['2 of 2 wards', '12 of 12 members', '7 of 7 officers']);
  });
});
