// The `validate` report: what was loaded, counts an admin can sanity-check at a glance, and
// warnings with the exact path to fix.
import type { Directory } from '../engine';
import { memberWards } from '../engine/people/directory-index';
import { cliText, type CliText } from './messages';
import type { Config } from './read-config';

/** Problems that are not errors (the file is valid) but that an admin will want to fix. */
export function directoryWarnings(directory: Directory, t: CliText = cliText('en')): string[] {
  const warnings: string[] = [];
  directory.wards.forEach((ward, i) => {
    if (!directory.members.some((m) => memberWards(m).includes(ward.id))) warnings.push(`wards[${i}]: ${t('warn.wardEmpty', { name: ward.name })}`);
  });
  const addresses = new Map<string, string>();
  const note = (email: string, where: string): void => {
    const key = email.trim().toLowerCase();
    const first = addresses.get(key);
    if (first) warnings.push(`${where}: ${t('warn.sameAddress', { email, first })}`);
    else addresses.set(key, where);
  };
  directory.members.forEach((m, i) => {
    note(m.email, `members[${i}].email`);
    (m.aliases ?? []).forEach((a, j) => note(a, `members[${i}].aliases[${j}]`));
  });
  directory.officers.forEach((o, i) => note(o.email, `officers[${i}].email`));
  directory.mailboxes.forEach((b, i) => note(b.email, `mailboxes[${i}].email`));
  (directory.membersWithoutEmail ?? []).forEach((m, i) => {
    warnings.push(`membersWithoutEmail[${i}]: ${t('warn.noEmail', { name: m.name, ward: m.ward })}`);
  });
  const places = new Map<string, string>();
  directory.wards.forEach((ward, i) => (ward.places ?? []).forEach((place, j) => {
    const key = place.toLowerCase();
    const first = places.get(key);
    if (first) warnings.push(`wards[${i}].places[${j}]: ${t('warn.samePlace', { place, first })}`);
    else places.set(key, `wards[${i}].places`);
  }));
  const sectors = new Map<string, string>();
  directory.wards.forEach((ward, i) => (ward.postcodes ?? []).forEach((code, j) => {
    const key = code.replace(/\s+/g, '').toUpperCase();
    const first = sectors.get(key);
    if (first) warnings.push(`wards[${i}].postcodes[${j}]: ${t('warn.samePostcode', { code, first })}`);
    else sectors.set(key, `wards[${i}].postcodes`);
  }));
  return warnings;
}

export function validationSummary(config: Config, t: CliText = cliText('en')): string {
  const { directory, policy } = config;
  const perWard = directory.wards.map((w) => `${w.name} ${directory.members.filter((m) => memberWards(m).includes(w.id)).length}`);
  const off = Object.entries(policy.rules).filter(([, s]) => s.severity === 'off').map(([id]) => id);
  const warnings = directoryWarnings(directory, t);
  const policyName = config.policyFile ?? t(config.directoryFile ? 'validate.defaultPolicy' : 'validate.samplePolicy');
  return [
    t('validate.directory', { file: config.directoryFile ?? t('validate.sampleDirectory'), council: directory.council.name, wards: directory.wards.length, members: directory.members.length, officers: directory.officers.length, mailboxes: directory.mailboxes.length }),
    t('validate.perWard', { list: perWard.join(', ') }),
    ...warnings.map((warning) => t('validate.warning', { file: config.directoryFile ?? t('validate.directoryFile'), warning })),
    ...(config.notices ?? []),
    t('validate.policy', { file: policyName, rules: Object.keys(policy.rules).length, off: off.length ? t('validate.rulesOff', { list: off.join(', ') }) : '', periods: policy.preElectionPeriods.length, limit: policy.wardCopyMaxWards }),
    '',
  ].join('\n');
}
