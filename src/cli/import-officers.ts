// protocol-check import officers FILE.csv
import { parseOfficersCsv } from '../import/officers';
import { loadTarget, writeTarget, type ImportContext } from './import-target';
import type { Io } from './main';
import { importNote, importProblem } from './messages';
import { readCsvFile } from './read-csv';

export async function importOfficers(options: ImportContext & { file: string }, io: Io): Promise<number> {
  const { t } = options;
  const target = await loadTarget(options, io);
  if (!target) return 2;
  if (!target.directory) {
    io.stderr(`${options.directoryFile}: ${t('import.noCouncillorsYet')}\n`);
    return 2;
  }
  const csv = await readCsvFile(options.file, t);
  let imported;
  try {
    imported = parseOfficersCsv(csv.text, target.overrides);
  } catch (error) {
    io.stderr(`${options.file}: ${t('import.nothingWritten', { problem: importProblem(error, t) })}\n`);
    return 2;
  }
  if (imported.officers.length === 0) {
    io.stderr(`${options.file}: ${t('import.noOfficers', { why: imported.notes.length ? 'skipped' : 'header' })}\n${imported.notes.map((n) => `  ${importNote(n, t)}\n`).join('')}`);
    return 2;
  }
  const before = new Set(target.directory.officers.map((o) => o.email.toLowerCase()));
  const after = new Set(imported.officers.map((o) => o.email.toLowerCase()));
  const added = imported.officers.filter((o) => !before.has(o.email.toLowerCase())).length;
  const removed = target.directory.officers.filter((o) => !after.has(o.email.toLowerCase()));
  const directory = { ...target.directory, officers: imported.officers };
  const changes = [
    csv.note,
    t('import.officerTotals', { added, removed: removed.length, count: imported.officers.length }),
    ...removed.map((o) => t('import.officerGone', { name: o.name, email: o.email })),
  ];
  return writeTarget(options, target.directory, directory, [...changes, ...imported.notes.map((n) => importNote(n, t))], io);
}
