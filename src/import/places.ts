// Streets and places per ward from a gazetteer CSV, and postcode sectors per ward from the ONS
// Postcode Directory / NSPL: a sector in one ward is that ward's; a sector in several is shared.
import type { Directory, Ward } from '../engine';
import { didYouMean } from '../engine/config/did-you-mean';
import { findColumn, parseCsv, quotedHeaders } from './csv';
import { ImportError, note, type ImportNote } from './import-note';
import { wardId } from './names';

export interface PlacesResult {
  wards: Ward[];
  notes: ImportNote[];
}

function wardResolver(wards: readonly Ward[]): (text: string) => Ward | undefined {
  const byKey = new Map<string, Ward>();
  for (const w of wards) {
    for (const name of [w.id, w.name, ...(w.aliases ?? [])]) byKey.set(wardId(name), w);
    byKey.set(wardId(w.name.replace(/\s+ward$/i, '')), w);
  }
  return (text) => byKey.get(wardId(text.replace(/\s+ward$/i, '')));
}

export function addStreets(directory: Directory, csv: string): PlacesResult {
  const { headers, rows } = parseCsv(csv);
  const streetCol = findColumn(headers, 'street', 'street name', 'street descriptor', 'street description', 'place', 'name', /street/i);
  const wardCol = findColumn(headers, 'ward', 'ward name', 'electoral ward', /^ward/i);
  if (!streetCol || !wardCol) throw new ImportError(note('places.streetColumns', { found: quotedHeaders(headers) }));
  const resolve = wardResolver(directory.wards);
  const places = new Map(directory.wards.map((w) => [w.id, new Set(w.places ?? [])]));
  const claims = new Map<string, Set<string>>();
  const notes: ImportNote[] = [];
  const unknown = new Set<string>();
  rows.forEach((row) => {
    const street = row[streetCol]!.replace(/\s+/g, ' ').trim();
    const wardText = row[wardCol]!;
    if (!street || !wardText) return;
    const ward = resolve(wardText);
    if (!ward) {
      if (!unknown.has(wardText)) {
        const best = didYouMean(wardText, directory.wards.map((w) => w.name));
        notes.push(note('places.unknownWard', { ward: wardText, hasBest: best === undefined ? 'no' : 'yes', best: best ?? '' }));
      }
      unknown.add(wardText);
      return;
    }
    // Gazetteers write streets in capitals: "MOOR LANE" → "Moor Lane".
    const tidy = street === street.toUpperCase() ? street.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/'S\b/g, "'s") : street;
    places.get(ward.id)!.add(tidy);
    claims.set(tidy, (claims.get(tidy) ?? new Set()).add(ward.name));
  });
  for (const [street, wards] of claims) if (wards.size > 1) notes.push(note('places.sharedStreet', { street, wards: [...wards] }));
  const wards = directory.wards.map((w) => ({ ...w, places: [...places.get(w.id)!] }));
  const added = wards.map((w, i) => Math.max(0, w.places.length - new Set(directory.wards[i]!.places ?? []).size));
  const total = added.reduce((a, b) => a + b, 0);
  notes.unshift(note('places.streetTotals', { added: total, wardsAdded: added.filter((n) => n > 0).length, wards: wards.length, rows: rows.length }));
  return { wards, notes };
}

export function addPostcodeSectors(directory: Directory, nspl: string, lookup: string, laCode: string): PlacesResult {
  const names = parseCsv(lookup);
  const codeCol = findColumn(names.headers, /^wd\d{2}cd$/i, 'ward code', 'code', 'wdcd');
  const nameCol = findColumn(names.headers, /^wd\d{2}nm$/i, 'ward name', 'name', 'wdnm');
  if (!codeCol || !nameCol) throw new ImportError(note('places.lookupColumns', { found: names.headers.join(', ') }));
  const codeToName = new Map(names.rows.map((r) => [r[codeCol]!, r[nameCol]!]));

  const { headers, rows } = parseCsv(nspl);
  const pcCol = findColumn(headers, 'pcds', 'pcd', 'postcode');
  const wardCol = findColumn(headers, 'osward', 'ward', /^wd\d{2}cd$/i);
  const laCol = findColumn(headers, 'oslaua', 'laua', /^lad\d{2}cd$/i, 'lad');
  const termCol = findColumn(headers, 'doterm');
  if (!pcCol || !wardCol || !laCol) throw new ImportError(note('places.postcodeColumns', { found: headers.join(', ') }));

  const resolve = wardResolver(directory.wards);
  const sectorWards = new Map<string, Set<string>>();
  const notes: ImportNote[] = [];
  const unmatched = new Set<string>();
  for (const row of rows) {
    if (row[laCol] !== laCode) continue;
    if (termCol && row[termCol]) continue; // terminated postcode
    const postcode = row[pcCol]!.toUpperCase().replace(/\s+/g, ' ').trim();
    const m = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d)[A-Z]{2}$/.exec(postcode);
    if (!m) continue;
    const name = codeToName.get(row[wardCol]!);
    const ward = name ? resolve(name) : undefined;
    if (!ward) {
      const label = name ?? row[wardCol]!;
      if (!unmatched.has(label)) notes.push(note('places.unmatchedWard', { ward: label }));
      unmatched.add(label);
      continue;
    }
    const sector = `${m[1]} ${m[2]}`;
    sectorWards.set(sector, (sectorWards.get(sector) ?? new Set()).add(ward.id));
  }
  if (sectorWards.size === 0) throw new ImportError(note('places.noPostcodes', { code: laCode }));
  const own = new Map(directory.wards.map((w) => [w.id, new Set(w.postcodes ?? [])]));
  const shared = new Map(directory.wards.map((w) => [w.id, new Set(w.sharedPostcodes ?? [])]));
  let sharedCount = 0;
  for (const [sector, ids] of sectorWards) {
    if (ids.size === 1) own.get([...ids][0]!)!.add(sector);
    else {
      sharedCount++;
      for (const id of ids) shared.get(id)!.add(sector);
    }
  }
  notes.unshift(note('places.sectorTotals', { sectors: sectorWards.size, own: sectorWards.size - sharedCount, shared: sharedCount }));
  return {
    wards: directory.wards.map((w) => {
      const next: Ward = { ...w, postcodes: [...own.get(w.id)!].sort() };
      const s = [...shared.get(w.id)!].sort();
      if (s.length) next.sharedPostcodes = s;
      return next;
    }),
    notes,
  };
}
