// The `validate` report: what was loaded, counts an admin can sanity-check at a glance, and
// warnings with the exact path to fix.
import type { Directory } from '../engine';
import { memberWards } from '../engine/people/directory-index';
import type { Config } from './read-config';

/** Problems that are not errors (the file is valid) but that an admin will want to fix. */
export function directoryWarnings(directory: Directory): string[] {
  const warnings: string[] = [];
  directory.wards.forEach((ward, i) => {
    if (!directory.members.some((m) => memberWards(m).includes(ward.id))) warnings.push(`wards[${i}]: "${ward.name}" has no members — import the councillors, or remove the ward`);
  });
  const addresses = new Map<string, string>();
  const note = (email: string, where: string): void => {
    const key = email.trim().toLowerCase();
    const first = addresses.get(key);
    if (first) warnings.push(`${where}: "${email}" is also ${first} — one address, one person`);
    else addresses.set(key, where);
  };
  directory.members.forEach((m, i) => {
    note(m.email, `members[${i}].email`);
    (m.aliases ?? []).forEach((a, j) => note(a, `members[${i}].aliases[${j}]`));
  });
  directory.officers.forEach((o, i) => note(o.email, `officers[${i}].email`));
  directory.mailboxes.forEach((b, i) => note(b.email, `mailboxes[${i}].email`));
  (directory.membersWithoutEmail ?? []).forEach((m, i) => {
    warnings.push(`membersWithoutEmail[${i}]: ${m.name} (${m.ward}) has no e-mail, so the checker cannot suggest copying them — add one under "members" in the overrides file`);
  });
  const places = new Map<string, string>();
  directory.wards.forEach((ward, i) => (ward.places ?? []).forEach((place, j) => {
    const key = place.toLowerCase();
    const first = places.get(key);
    if (first) warnings.push(`wards[${i}].places[${j}]: "${place}" is also ${first} — a draft naming it will concern both wards; keep it in one, or accept that`);
    else places.set(key, `wards[${i}].places`);
  }));
  const sectors = new Map<string, string>();
  directory.wards.forEach((ward, i) => (ward.postcodes ?? []).forEach((code, j) => {
    const key = code.replace(/\s+/g, '').toUpperCase();
    const first = sectors.get(key);
    if (first) warnings.push(`wards[${i}].postcodes[${j}]: "${code}" is also in ${first} — move it to "sharedPostcodes" in both wards`);
    else sectors.set(key, `wards[${i}].postcodes`);
  }));
  return warnings;
}

export function validationSummary(config: Config): string {
  const { directory, policy } = config;
  const perWard = directory.wards.map((w) => `${w.name} ${directory.members.filter((m) => memberWards(m).includes(w.id)).length}`);
  const off = Object.entries(policy.rules).filter(([, s]) => s.severity === 'off').map(([id]) => id);
  const warnings = directoryWarnings(directory);
  return [
    `${config.directoryFile ?? 'bundled sample directory'}: valid — ${directory.council.name}: ${directory.wards.length} wards, ${directory.members.length} members, ${directory.officers.length} officers, ${directory.mailboxes.length} mailboxes`,
    `  members per ward: ${perWard.join(', ')}`,
    ...warnings.map((w) => `  warning: ${config.directoryFile ?? 'directory'}: ${w}`),
    `${config.policyFile ?? (config.directoryFile ? 'default policy' : 'bundled sample policy')}: valid — ${Object.keys(policy.rules).length} rule settings${off.length ? ` (off: ${off.join(', ')})` : ''}, ${policy.preElectionPeriods.length} pre-election period(s), ward copy limit ${policy.wardCopyMaxWards}`,
    '',
  ].join('\n');
}
