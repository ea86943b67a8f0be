// A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line breaks in quotes,
// CRLF, and the byte-order mark Excel writes. Rows come back as objects keyed by header.

export function parseCsv(text: string): { headers: string[]; rows: Record<string, string>[] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
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
