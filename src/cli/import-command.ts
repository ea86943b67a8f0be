// protocol-check import moderngov|officers|places: builds the directory from what a council has.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Lang } from '../engine/i18n/lang';
import { DEFAULT_MAX_DOWNLOAD } from './download';
import type { ImportContext } from './import-target';
import { askedText, langOption } from './lang-option';
import type { Io, Run } from './main';
import type { CliText } from './messages';
import { parseSize } from './sizes';

interface TargetOptions {
  directory: string;
  overrides?: string;
  dryRun?: boolean;
  allowRemovals?: boolean;
  lang?: Lang;
}

/** The options every import shares: where to write, the overrides file, the safety switches, the language. */
function withTarget(command: Command, t: CliText): Command {
  return command
    .requiredOption('--directory <file>', t('help.import.directory'))
    .option('--overrides <file>', t('help.import.overrides'))
    .option('--dry-run', t('help.import.dryRun'))
    .option('--allow-removals', t('help.import.allowRemovals'))
    .addOption(langOption(t, 'help.langMessages'))
    .addHelpText('after', t('help.import.target'));
}

const context = (o: TargetOptions, io: Io): ImportContext => ({ directoryFile: o.directory, overridesFile: o.overrides, dryRun: o.dryRun, allowRemovals: o.allowRemovals, t: askedText(o, io) });

function milliseconds(text: string, t: CliText): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(t('import.badMilliseconds'));
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerImport(program: Command, io: Io, run: Run, t: CliText): void {
  const group = program.command('import')
    .summary(t('help.import.summary'))
    .description(t('help.import.description'))
    .addHelpText('after', `${t('help.import.target')}${t('help.import.example')}`);

  withTarget(group.command('moderngov')
    .summary(t('help.moderngov.summary'))
    .description(t('help.moderngov.description'))
    .argument('[file]', t('help.moderngov.file'))
    .option('--url <site>', t('help.moderngov.url'))
    .option('--file <xml>', t('help.moderngov.fileOption'))
    .addOption(new Option('--domain <domain>', t('help.moderngov.domain')).argParser(collect).default([], t('help.moderngov.allDomains')))
    .option('--council-name <name>', t('help.moderngov.councilName'))
    .addOption(new Option('--timeout <ms>', t('help.moderngov.timeout')).argParser((text) => milliseconds(text, t)).default(20000))
    .addOption(new Option('--max-size <size>', t('help.moderngov.maxSize')).argParser((text) => parseSize(text, t)).default(DEFAULT_MAX_DOWNLOAD, '50MB')), t)
    .addHelpText('after', t('help.moderngov.after'))
    .action((file: string | undefined, o: TargetOptions & { url?: string; file?: string; domain: string[]; councilName?: string; timeout: number; maxSize: number }) => run(async () => {
      const { importModernGov } = await import('./import-moderngov');
      return importModernGov({ ...context(o, io), url: o.url, file: o.file ?? file, domains: o.domain, councilName: o.councilName, timeoutMs: o.timeout, maxBytes: o.maxSize }, io);
    }));

  withTarget(group.command('officers')
    .summary(t('help.officers.summary'))
    .description(t('help.officers.description'))
    .argument('<csv>', t('help.officers.csv')), t)
    .addHelpText('after', t('help.officers.after'))
    .action((file: string, o: TargetOptions) => run(async () => {
      const { importOfficers } = await import('./import-officers');
      return importOfficers({ ...context(o, io), file }, io);
    }));

  withTarget(group.command('places')
    .summary(t('help.places.summary'))
    .description(t('help.places.description'))
    .option('--streets <csv>', t('help.places.streets'))
    .option('--postcodes <csv>', t('help.places.postcodes'))
    .option('--ward-names <csv>', t('help.places.wardNames'))
    .option('--la-code <code>', t('help.places.laCode')), t)
    .addHelpText('after', t('help.places.after'))
    .action((o: TargetOptions & { streets?: string; postcodes?: string; wardNames?: string; laCode?: string }) => run(async () => {
      const { importPlaces } = await import('./import-places');
      return importPlaces({ ...context(o, io), streets: o.streets, postcodes: o.postcodes, wardNames: o.wardNames, laCode: o.laCode }, io);
    }));
}
