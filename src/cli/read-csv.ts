// Reads an exported CSV file whatever its encoding, and says which encoding it was read as.
import { decodeText } from '../import/text-encoding';
import { readInput } from './import-target';

export async function readCsvFile(file: string): Promise<{ text: string; note: string }> {
  const { text, encoding } = decodeText(await readInput(file));
  const why = encoding === 'Windows-1252' ? ' (not valid UTF-8; Excel\'s "CSV" on Windows saves this — check accented names such as Siân)' : '';
  return { text, note: `${file}: read as ${encoding}${why}` };
}
