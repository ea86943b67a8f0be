// What an import would take out of the directory, and whether that is more than an ordinary
// re-import does. A misconfigured or half-migrated source answers with next to nothing; taking
// that as the truth would wipe the council's directory, so large removals need the admin's word.
import type { Directory } from '../engine';

/** More than this share of members or of officers removed needs --allow-removals; so does any ward. */
export const REMOVAL_SHARE = 0.1;

export interface Removals {
  wards: string[];
  members: string[];
  officers: string[];
}

/** One reason an import needs confirmation, as numbers (the CLI words it in the user's language). */
export interface RemovalShare {
  what: 'wards' | 'members' | 'officers';
  removed: number;
  total: number;
}

export interface RemovalVerdict {
  removals: Removals;
  /** Why the import needs confirmation ("3 of 3 wards", "12 of 40 members"), empty when it does not. */
  reasons: string[];
  /** The same reasons as numbers. */
  shares: RemovalShare[];
}

const key = (email: string) => email.trim().toLowerCase();

export function findRemovals(before: Directory | undefined, after: Directory): Removals {
  if (!before) return { wards: [], members: [], officers: [] };
  const wardIds = new Set(after.wards.map((w) => w.id));
  const memberEmails = new Set(after.members.map((m) => key(m.email)));
  const memberNames = new Set(after.members.map((m) => m.name.toLowerCase()));
  const officerEmails = new Set(after.officers.map((o) => key(o.email)));
  return {
    wards: before.wards.filter((w) => !wardIds.has(w.id)).map((w) => w.name),
    members: before.members.filter((m) => !memberEmails.has(key(m.email)) && !memberNames.has(m.name.toLowerCase())).map((m) => `${m.name} <${m.email}>`),
    officers: before.officers.filter((o) => !officerEmails.has(key(o.email))).map((o) => `${o.name} <${o.email}>`),
  };
}

export function judgeRemovals(before: Directory | undefined, after: Directory): RemovalVerdict {
  const removals = findRemovals(before, after);
  const shares: RemovalShare[] = [];
  if (before && removals.wards.length) shares.push({ what: 'wards', removed: removals.wards.length, total: before.wards.length });
  if (before && removals.members.length > before.members.length * REMOVAL_SHARE) shares.push({ what: 'members', removed: removals.members.length, total: before.members.length });
  if (before && removals.officers.length > before.officers.length * REMOVAL_SHARE) shares.push({ what: 'officers', removed: removals.officers.length, total: before.officers.length });
  return { removals, reasons: shares.map((s) => `${s.removed} of ${s.total} ${s.what}`), shares };
}
