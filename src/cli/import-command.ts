// protocol-check import moderngov|officers|places: builds the directory from what a council has.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_DOWNLOAD } from './download';
import type { ImportContext } from './import-target';
import type { Io, Run } from './main';
import { parseSize } from './sizes';

interface TargetOptions {
  directory: string;
  overrides?: string;
  dryRun?: boolean;
  allowRemovals?: boolean;
}

const TARGET_HELP = `
Every import writes into --directory (created with its folder when absent, merged when present),
applies the overrides file, prints what changed, and keeps the previous file as FILE.bak. It writes
nothing when the result would not be valid, on --dry-run, or when it would remove any ward or more
than 10% of the members or officers (unless --allow-removals): it lists the removals and exits 2.`;

/** The options every import shares: where to write, the overrides file, and the safety switches. */
function withTarget(command: Command): Command {
  return command
    .requiredOption('--directory <file>', 'the directory.json to create or update (its folder is created when absent)')
    .option('--overrides <file>', 'the admin\'s corrections, applied on every import (default: the directory\'s name with .overrides.json)')
    .option('--dry-run', 'print the changes and write nothing')
    .option('--allow-removals', 'allow removing any ward, or more than 10% of the members or officers (otherwise refused)')
    .addHelpText('after', TARGET_HELP);
}

const context = (o: TargetOptions): ImportContext => ({ directoryFile: o.directory, overridesFile: o.overrides, dryRun: o.dryRun, allowRemovals: o.allowRemovals });

function milliseconds(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('give a whole number of milliseconds, e.g. 20000.');
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerImport(program: Command, io: Io, run: Run): void {
  const group = program.command('import')
    .summary('Build or update directory.json (moderngov, officers, places).')
    .description('Build or update the council\'s directory.json from Modern.gov, an officers export, and street or postcode lists.')
    .addHelpText('after', `${TARGET_HELP}

Example:
  protocol-check import moderngov --url https://democracy.yourcouncil.gov.uk --directory council/directory.json --domain yourcouncil.gov.uk`);

  withTarget(group.command('moderngov')
    .summary('Councillors and wards from Modern.gov.')
    .description('Councillors and wards from the council\'s Modern.gov site (GetCouncillorsByWard), or from a saved answer.')
    .argument('[file]', 'a saved GetCouncillorsByWard XML (the same as --file)')
    .option('--url <site>', 'the Modern.gov site, e.g. https://democracy.yourcouncil.gov.uk (its mgWebService address also works)')
    .option('--file <xml>', 'a saved GetCouncillorsByWard XML instead of --url')
    .addOption(new Option('--domain <domain>', 'keep only members with an address in this domain (a shared install); repeat for several').argParser(collect).default([], 'all'))
    .option('--council-name <name>', 'the council\'s name, for a directory created from scratch')
    .addOption(new Option('--timeout <ms>', 'give up when the site has not answered in full within this many milliseconds').argParser(milliseconds).default(20000))
    .addOption(new Option('--max-size <size>', 'refuse an answer larger than this (read as a stream, so a runaway answer costs no memory)').argParser(parseSize).default(DEFAULT_MAX_DOWNLOAD, '50MB')))
    .addHelpText('after', `
Examples:
  protocol-check import moderngov --url https://democracy.yourcouncil.gov.uk --directory council/directory.json --domain yourcouncil.gov.uk --council-name "Your Borough Council"
  protocol-check import moderngov --file test/fixtures/moderngov/quirks.xml --directory council/directory.json --domain vale.gov.uk --dry-run`)
    .action((file: string | undefined, o: TargetOptions & { url?: string; file?: string; domain: string[]; councilName?: string; timeout: number; maxSize: number }) => run(async () => {
      const { importModernGov } = await import('./import-moderngov');
      return importModernGov({ ...context(o), url: o.url, file: o.file ?? file, domains: o.domain, councilName: o.councilName, timeoutMs: o.timeout, maxBytes: o.maxSize }, io);
    }));

  withTarget(group.command('officers')
    .summary('Officers from an HR or Microsoft 365 export.')
    .description('Officers from an HR export ("name,email,grade,team") or the Microsoft 365 admin centre\'s user export. UTF-8, UTF-16 ("Unicode text") and Windows-1252 (Excel "CSV") are recognised, and the one used is reported.')
    .argument('<csv>', 'the export, comma- or tab-separated'))
    .addHelpText('after', `
Example:
  protocol-check import officers test/fixtures/officers-m365.csv --directory council/directory.json`)
    .action((file: string, o: TargetOptions) => run(async () => {
      const { importOfficers } = await import('./import-officers');
      return importOfficers({ ...context(o), file }, io);
    }));

  withTarget(group.command('places')
    .summary('Streets and postcode sectors per ward.')
    .description('Streets per ward from a gazetteer export, and postcode sectors per ward from the ONS Postcode Directory (NSPL).')
    .option('--streets <csv>', 'a gazetteer export with a street column and a ward column')
    .option('--postcodes <csv>', 'the NSPL/ONSPD file (pcds, osward, oslaua columns); needs --ward-names and --la-code')
    .option('--ward-names <csv>', 'the ONS ward code → name lookup (WDxxCD, WDxxNM)')
    .option('--la-code <code>', 'your local-authority code, e.g. E07000123'))
    .addHelpText('after', `
Examples:
  protocol-check import places --streets test/fixtures/streets.csv --directory council/directory.json
  protocol-check import places --postcodes nspl.csv --ward-names ward-names.csv --la-code E07000999 --directory council/directory.json`)
    .action((o: TargetOptions & { streets?: string; postcodes?: string; wardNames?: string; laCode?: string }) => run(async () => {
      const { importPlaces } = await import('./import-places');
      return importPlaces({ ...context(o), streets: o.streets, postcodes: o.postcodes, wardNames: o.wardNames, laCode: o.laCode }, io);
    }));
}
