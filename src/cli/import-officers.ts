// protocol-check import officers FILE.csv
import { parseOfficersCsv } from '../import/officers';
import { loadTarget, writeTarget, type ImportContext } from './import-target';
import type { Io } from './main';
import { readCsvFile } from './read-csv';

export async function importOfficers(options: ImportContext & { file: string }, io: Io): Promise<number> {
  const target = await loadTarget(options, io);
  if (!target) return 2;
  if (!target.directory) {
    io.stderr(`${options.directoryFile}: not found — import the councillors first (protocol-check import moderngov), then the officers\n`);
    return 2;
  }
  const csv = await readCsvFile(options.file);
  let imported;
  try {
    imported = parseOfficersCsv(csv.text, target.overrides);
  } catch (error) {
    io.stderr(`${options.file}: ${(error as Error).message} (nothing was written)\n`);
    return 2;
  }
  if (imported.officers.length === 0) {
    io.stderr(`${options.file}: no officers in it (${imported.notes.length ? 'every row was skipped' : 'only the header row'}) — check the export (nothing was written)\n${imported.notes.map((n) => `  ${n}\n`).join('')}`);
    return 2;
  }
  const before = new Set(target.directory.officers.map((o) => o.email.toLowerCase()));
  const after = new Set(imported.officers.map((o) => o.email.toLowerCase()));
  const added = imported.officers.filter((o) => !before.has(o.email.toLowerCase())).length;
  const removed = target.directory.officers.filter((o) => !after.has(o.email.toLowerCase()));
  const directory = { ...target.directory, officers: imported.officers };
  const changes = [
    csv.note,
    `officers: ${added} added, ${removed.length} removed, ${imported.officers.length} in all`,
    ...removed.map((o) => `officer removed: ${o.name} <${o.email}> (not in the export)`),
  ];
  return writeTarget(options, target.directory, directory, [...changes, ...imported.notes], io);
}
