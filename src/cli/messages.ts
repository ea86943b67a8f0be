// The command line's own words (the report around the findings), English and Welsh, in the
// engine's message format. Findings themselves come from the engine's catalogues.
import { render, type Params } from '../engine/i18n/format';
import type { Lang } from '../engine/i18n/lang';

export const cliEn = {
  'report.clean': '✓ no problems found',
  'report.clause': 'clause: {citation}',
  'report.recipients': 'recipients:',
  'report.words': 'words:',
  'report.fix': 'fix {n}:',
  'report.summary': '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}} in {files, plural, one {# file} other {# files}}{unreadable, plural, =0 {} other { (# more could not be read — listed on stderr)}}',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'edit.add': 'add {who} to {field}',
  'edit.remove': 'remove {email} from {field}',
  'edit.insert': 'insert "{text}" ({anchor})',
  'edit.replace': 'replace "{from}" with "{to}"',
  'edit.delete': 'remove "{text}"',
  'edit.delay': 'deliver at {time}',
} as const;

export type CliKey = keyof typeof cliEn;

export const cliCy: Record<CliKey, string> = {
  'report.clean': '✓ dim problemau',
  'report.clause': 'cymal: {citation}',
  'report.recipients': 'derbynwyr:',
  'report.words': 'geiriau:',
  'report.fix': 'cywiriad {n}:',
  'report.summary': '{errors} gwall, {warnings} rhybudd mewn {files} ffeil{unreadable, plural, =0 {} other { (ni ellid darllen # arall — maen nhw wedi’u rhestru ar stderr)}}',
  'severity.error': 'gwall',
  'severity.warning': 'rhybudd',
  'severity.info': 'nodyn',
  'edit.add': 'ychwanegu at {field}: {who}',
  'edit.remove': 'tynnu o {field}: {email}',
  'edit.insert': 'mewnosod "{text}" ({anchor})',
  'edit.replace': 'rhoi "{to}" yn lle "{from}"',
  'edit.delete': 'dileu "{text}"',
  'edit.delay': 'danfon am {time}',
};

export type CliText = (key: CliKey, params?: Params) => string;

export function cliText(lang: Lang): CliText {
  const catalogue: Record<CliKey, string> = lang === 'cy' ? cliCy : cliEn;
  return (key, params = {}) => render(catalogue[key], params, lang);
}
