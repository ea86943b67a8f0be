// The `validate` report: what was loaded, and counts an admin can sanity-check at a glance.
import { memberWards } from '../engine/people/directory-index';
import type { Config } from './read-config';

export function validationSummary(config: Config): string {
  const { directory, policy } = config;
  const perWard = directory.wards.map((w) => `${w.name} ${directory.members.filter((m) => memberWards(m).includes(w.id)).length}`);
  const off = Object.entries(policy.rules).filter(([, s]) => s.severity === 'off').map(([id]) => id);
  return [
    `${config.directoryFile ?? 'bundled sample directory'}: valid — ${directory.council.name}: ${directory.wards.length} wards, ${directory.members.length} members, ${directory.officers.length} officers, ${directory.mailboxes.length} mailboxes`,
    `  members per ward: ${perWard.join(', ')}`,
    `${config.policyFile ?? (config.directoryFile ? 'default policy' : 'bundled sample policy')}: valid — ${Object.keys(policy.rules).length} rule settings${off.length ? ` (off: ${off.join(', ')})` : ''}, ${policy.preElectionPeriods.length} pre-election period(s), ward copy limit ${policy.wardCopyMaxWards}`,
    '',
  ].join('\n');
}
