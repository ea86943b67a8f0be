// Reads an exported CSV file whatever its encoding, and says which encoding it was read as.
import { decodeText } from '../import/text-encoding';
import { readInput } from './import-target';
import type { CliText } from './messages';

export async function readCsvFile(file: string, t: CliText): Promise<{ text: string; note: string }> {
  const { text, encoding } = decodeText(await readInput(file, t));
  return { text, note: `${file}: ${t('import.readAs', { encoding, windows: encoding === 'Windows-1252' ? 'yes' : 'no' })}` };
}
