// CSV from HR, Microsoft 365 and gazetteer exports, read with csv-parse (quoted fields, doubled
// quotes, line breaks in quotes, CRLF). The delimiter is taken from the header line, because
// Excel's "Unicode text" is tab-separated and some European settings use semicolons.
import { parse } from 'csv-parse/sync';
import { ImportError, note } from './import-note';

const DELIMITERS = [',', '\t', ';'] as const;

function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => header.split(d).length - 1;
  return [...DELIMITERS].sort((a, b) => count(b) - count(a))[0]!;
}

export function parseCsv(text: string): { headers: string[]; rows: Record<string, string>[] } {
  const input = text.replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(input, { delimiter: delimiterOf(input), relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const detail = (error as Error).message.replace(/^[A-Za-z ]+:\s*/, '');
    throw new ImportError(note('csv.unreadable', { hasLine: line ? 'yes' : 'no', line: line ?? 0, detail }));
  }
  const nonEmpty = records.filter((r) => r.some((f) => f.trim() !== ''));
  const headers = (nonEmpty.shift() ?? []).map((h) => h.trim());
  return { headers, rows: nonEmpty.map((r) => Object.fromEntries(headers.map((h, k) => [h, (r[k] ?? '').trim()]))) };
}

/** The first header matching one of the names (case, spaces and punctuation ignored). */
export function findColumn(headers: readonly string[], ...names: (string | RegExp)[]): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const name of names) {
    const found = headers.find((h) => (typeof name === 'string' ? squash(h) === squash(name) : name.test(h)));
    if (found) return found;
  }
  return undefined;
}

/** The headers as a note quotes them: "name", "addr". */
export function quotedHeaders(headers: readonly string[]): string {
  return headers.map((h) => `"${h}"`).join(', ');
}
