// protocol-check import places --streets FILE | --postcodes NSPL --ward-names LOOKUP --la-code CODE
import { readFile } from 'node:fs/promises';
import { addPostcodeSectors, addStreets } from '../import/places';
import type { Io } from './main';
import { loadTarget, writeTarget, type ImportContext } from './import-target';

export interface PlacesOptions extends ImportContext {
  streets?: string;
  postcodes?: string;
  wardNames?: string;
  laCode?: string;
}

export async function importPlaces(options: PlacesOptions, io: Io): Promise<number> {
  if (!options.streets && !options.postcodes) {
    io.stderr('protocol-check import places: give --streets FILE.csv, or --postcodes NSPL.csv with --ward-names LOOKUP.csv and --la-code CODE\n');
    return 2;
  }
  if (options.postcodes && (!options.wardNames || !options.laCode)) {
    io.stderr('protocol-check import places: --postcodes needs --ward-names (the ward code → name lookup CSV) and --la-code (e.g. E07000123)\n');
    return 2;
  }
  const target = await loadTarget(options, io);
  if (!target) return 2;
  if (!target.directory) {
    io.stderr(`${options.directoryFile}: not found — import the wards first (protocol-check import moderngov)\n`);
    return 2;
  }
  let directory = target.directory;
  const notes: string[] = [];
  let current = '';
  try {
    if (options.streets) {
      current = options.streets;
      const result = addStreets(directory, await readFile(options.streets, 'utf8'));
      directory = { ...directory, wards: result.wards };
      notes.push(...result.notes);
    }
    if (options.postcodes) {
      current = options.postcodes;
      const [nspl, lookup] = await Promise.all([readFile(options.postcodes, 'utf8'), readFile(options.wardNames!, 'utf8')]);
      const result = addPostcodeSectors(directory, nspl, lookup, options.laCode!);
      directory = { ...directory, wards: result.wards };
      notes.push(...result.notes);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`${code === 'ENOENT' ? `${(error as { path?: string }).path}: file not found — check the path` : `${current}: ${(error as Error).message}`} (nothing was written)\n`);
    return 2;
  }
  return writeTarget(options, directory, notes, io);
}
