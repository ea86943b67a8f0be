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

export interface RemovalVerdict {
  removals: Removals;
  /** Why the import needs confirmation ("3 of 3 wards", "12 of 40 members"), empty when it does not. */
  reasons: string[];
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
  const reasons: string[] = [];
  const of = (removed: number, total: number, what: string) => `${removed} of ${total} ${what}`;
  if (before && removals.wards.length) reasons.push(of(removals.wards.length, before.wards.length, 'wards'));
  if (before && removals.members.length > before.members.length * REMOVAL_SHARE) reasons.push(of(removals.members.length, before.members.length, 'members'));
  if (before && removals.officers.length > before.officers.length * REMOVAL_SHARE) reasons.push(of(removals.officers.length, before.officers.length, 'officers'));
  return { removals, reasons };
}
