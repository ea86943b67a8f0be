// protocol-check import places --streets FILE | --postcodes NSPL --ward-names LOOKUP --la-code CODE
import { addPostcodeSectors, addStreets } from '../import/places';
import { InputError } from './errors';
import { loadTarget, writeTarget, type ImportContext } from './import-target';
import type { Io } from './main';
import { importNote, importProblem } from './messages';
import { readCsvFile } from './read-csv';

export interface PlacesOptions extends ImportContext {
  streets?: string;
  postcodes?: string;
  wardNames?: string;
  laCode?: string;
}

export async function importPlaces(options: PlacesOptions, io: Io): Promise<number> {
  const { t } = options;
  if (!options.streets && !options.postcodes) {
    io.stderr(`${t('import.placesSource')}\n`);
    return 2;
  }
  if (options.postcodes && (!options.wardNames || !options.laCode)) {
    io.stderr(`${t('import.postcodesNeed')}\n`);
    return 2;
  }
  const target = await loadTarget(options, io);
  if (!target) return 2;
  if (!target.directory) {
    io.stderr(`${options.directoryFile}: ${t('import.noWardsYet')}\n`);
    return 2;
  }
  let directory = target.directory;
  const notes: string[] = [];
  let current = '';
  try {
    if (options.streets) {
      current = options.streets;
      const csv = await readCsvFile(options.streets, t);
      const result = addStreets(directory, csv.text);
      directory = { ...directory, wards: result.wards };
      notes.push(csv.note, ...result.notes.map((n) => importNote(n, t)));
    }
    if (options.postcodes) {
      current = options.postcodes;
      const nspl = await readCsvFile(options.postcodes, t);
      const lookup = await readCsvFile(options.wardNames!, t);
      const result = addPostcodeSectors(directory, nspl.text, lookup.text, options.laCode!);
      directory = { ...directory, wards: result.wards };
      notes.push(nspl.note, lookup.note, ...result.notes.map((n) => importNote(n, t)));
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    io.stderr(`${current}: ${t('import.nothingWritten', { problem: importProblem(error, t) })}\n`);
    return 2;
  }
  return writeTarget(options, target.directory, directory, notes, io);
}
