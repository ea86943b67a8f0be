// protocol-check import moderngov|officers|places: builds the directory from what a council has.
import { parseArgs } from 'node:util';
import { importModernGov } from './import-moderngov';
import type { Io } from './main';

export const IMPORT_USAGE = `Usage:
  protocol-check import moderngov (--url BASE | --file FILE) --directory FILE [--domain DOMAIN]... [--council-name NAME] [--overrides FILE]
  protocol-check import officers FILE.csv --directory FILE [--overrides FILE]
  protocol-check import places [--streets FILE.csv] [--postcodes NSPL.csv --ward-names LOOKUP.csv --la-code CODE] --directory FILE

Every import writes into --directory (created when absent, merged when present) and keeps what
the overrides file says (default: the directory's name with .overrides.json).
`;

export async function importCommand(argv: readonly string[], io: Io): Promise<number> {
  const [kind, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        directory: { type: 'string' }, overrides: { type: 'string' }, url: { type: 'string' }, file: { type: 'string' },
        domain: { type: 'string', multiple: true }, 'council-name': { type: 'string' }, timeout: { type: 'string' },
        streets: { type: 'string' }, postcodes: { type: 'string' }, 'ward-names': { type: 'string' }, 'la-code': { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`protocol-check import: ${(error as Error).message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!values.directory) {
    io.stderr(`protocol-check import: --directory FILE is required (the directory to create or update)\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const context = { directoryFile: values.directory, overridesFile: values.overrides };
  switch (kind) {
    case 'moderngov':
      return importModernGov({ ...context, url: values.url, file: values.file ?? positionals[0], domains: values.domain ?? [],
        councilName: values['council-name'], timeoutMs: Number(values.timeout ?? 20000) }, io);
    case 'officers': {
      const { importOfficers } = await import('./import-officers');
      return importOfficers({ ...context, file: positionals[0] ?? values.file }, io);
    }
    case 'places': {
      const { importPlaces } = await import('./import-places');
      return importPlaces({ ...context, streets: values.streets, postcodes: values.postcodes, wardNames: values['ward-names'], laCode: values['la-code'] }, io);
    }
    default:
      io.stderr(`protocol-check import: ${kind ? `unknown source "${kind}"` : 'say what to import'}\n\n${IMPORT_USAGE}`);
      return 2;
  }
}
