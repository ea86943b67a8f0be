// Merges an import into the council directory: the import is the truth for who sits for which
// ward; hand-made data (aliases, places, postcodes, officers, mailboxes) and overrides survive.
import type { Directory, Member, Ward } from '../engine';
import { note, type ImportNote } from './import-note';
import type { Overrides } from './overrides';

export interface Merged {
  directory: Directory;
  /** What changed, for the admin (the CLI words them in the command's language). */
  changes: ImportNote[];
}

const key = (email: string) => email.trim().toLowerCase();

function applyMemberOverrides(members: Member[], overrides: Overrides): Member[] {
  return members.map((member) => {
    const o = overrides.members[member.name] ?? overrides.members[key(member.email)];
    if (!o) return member;
    const next: Member = { ...member, ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) };
    if (o.aliases) next.aliases = [...new Set([...(member.aliases ?? []), ...o.aliases])];
    return next;
  });
}

function mergeWard(imported: Ward, existing: Ward | undefined, override: Overrides['wards'][string] | undefined): Ward {
  const union = (a?: string[], b?: string[], c?: string[]) => {
    const all = [...(a ?? []), ...(b ?? []), ...(c ?? [])];
    return all.length ? [...new Set(all)] : undefined;
  };
  const ward: Ward = { id: imported.id, name: override?.name ?? imported.name };
  const aliases = union(existing?.aliases, imported.aliases, override?.aliases);
  const places = union(existing?.places, imported.places, override?.places);
  const postcodes = union(existing?.postcodes, imported.postcodes, override?.postcodes);
  if (aliases) ward.aliases = aliases;
  if (places) ward.places = places;
  if (postcodes) ward.postcodes = postcodes;
  return ward;
}

/** The domain most members' addresses use, for a directory created from scratch. */
function commonDomain(members: readonly Member[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of members) {
    const d = m.email.slice(m.email.lastIndexOf('@') + 1).toLowerCase();
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export interface ImportedMembers {
  wards: Ward[];
  members: Member[];
  withoutEmail?: { name: string; ward: string; councillorId: string }[];
}

export function mergeMembers(existing: Directory | undefined, importedIn: ImportedMembers, overrides: Overrides, council: { name?: string; domains?: string[] }): Merged {
  const changes: ImportNote[] = [];
  // A member the source has no e-mail for joins once the overrides file gives one.
  const fromOverrides: Member[] = [];
  const stillWithout: NonNullable<Directory['membersWithoutEmail']> = [];
  for (const m of importedIn.withoutEmail ?? []) {
    const email = overrides.members[m.name]?.email;
    if (email) fromOverrides.push({ name: m.name, email, ward: m.ward, roles: [] });
    else stillWithout.push(m.councillorId ? m : { name: m.name, ward: m.ward });
  }
  const imported = { wards: importedIn.wards, members: [...importedIn.members, ...fromOverrides] };
  const oldWards = new Map((existing?.wards ?? []).map((w) => [w.id, w]));
  const wards = imported.wards.map((w) => mergeWard(w, oldWards.get(w.id), overrides.wards[w.id]));
  for (const w of wards) if (!oldWards.has(w.id) && existing) changes.push(note('merge.wardAdded', { name: w.name }));
  for (const w of existing?.wards ?? []) if (!wards.some((n) => n.id === w.id)) changes.push(note('merge.wardRemoved', { name: w.name }));

  const oldMembers = new Map((existing?.members ?? []).map((m) => [key(m.email), m]));
  const oldByName = new Map((existing?.members ?? []).map((m) => [m.name.toLowerCase(), m]));
  const members = applyMemberOverrides(imported.members.map((m) => {
    const before = oldMembers.get(key(m.email)) ?? oldByName.get(m.name.toLowerCase());
    // Aliases are hand-made (cllr.x@, mayor@): keep them.
    return before?.aliases ? { ...m, aliases: [...new Set([...before.aliases, ...(m.aliases ?? [])])] } : m;
  }), overrides);
  const seen = new Set<Member>();
  for (const m of members) {
    const before = oldMembers.get(key(m.email)) ?? oldByName.get(m.name.toLowerCase());
    if (!before) {
      if (existing) changes.push(note('merge.memberAdded', { name: m.name, ward: String(m.ward) }));
      continue;
    }
    seen.add(before);
    if (JSON.stringify(before.ward) !== JSON.stringify(m.ward)) changes.push(note('merge.wardChanged', { name: m.name, before: JSON.stringify(before.ward), after: JSON.stringify(m.ward) }));
    if ((before.party ?? '') !== (m.party ?? '')) {
      changes.push(note('merge.partyChanged', { name: m.name, hadParty: before.party === undefined ? 'no' : 'yes', before: before.party ?? '', hasParty: m.party === undefined ? 'no' : 'yes', after: m.party ?? '' }));
    }
    if (JSON.stringify([...(before.roles ?? [])].sort()) !== JSON.stringify([...(m.roles ?? [])].sort())) changes.push(note('merge.rolesChanged', { name: m.name, before: (before.roles ?? []).join(', '), after: (m.roles ?? []).join(', ') }));
  }
  for (const m of existing?.members ?? []) if (!seen.has(m)) changes.push(note('merge.memberRemoved', { name: m.name }));

  const domains = overrides.council?.domains ?? council.domains ?? existing?.council.domains ?? [commonDomain(members) ?? 'example.gov.uk'];
  const name = overrides.council?.name ?? council.name ?? existing?.council.name ?? 'Council';
  const directory: Directory = {
    ...(existing ?? { officers: [], mailboxes: [], mediaDomains: [] }),
    council: { name, domains },
    wards,
    members,
  } as Directory;
  if (stillWithout.length) directory.membersWithoutEmail = stillWithout;
  else delete directory.membersWithoutEmail;
  if (!existing) changes.push(note('merge.created', { wards: wards.length, members: members.length }));
  return { directory, changes };
}
