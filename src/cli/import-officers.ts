// protocol-check import officers FILE.csv
import { readFile } from 'node:fs/promises';
import { parseOfficersCsv } from '../import/officers';
import type { Io } from './main';
import { loadTarget, writeTarget, type ImportContext } from './import-target';

export async function importOfficers(options: ImportContext & { file?: string }, io: Io): Promise<number> {
  if (!options.file) {
    io.stderr('protocol-check import officers: give the CSV file (name,email,grade,team or a Microsoft 365 user export)\n');
    return 2;
  }
  const target = await loadTarget(options, io);
  if (!target) return 2;
  if (!target.directory) {
    io.stderr(`${options.directoryFile}: not found — import the councillors first (protocol-check import moderngov), then the officers\n`);
    return 2;
  }
  let imported;
  try {
    imported = parseOfficersCsv(await readFile(options.file, 'utf8'), target.overrides);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`${options.file}: ${code === 'ENOENT' ? 'file not found — check the path' : (error as Error).message} (nothing was written)\n`);
    return 2;
  }
  const before = new Set(target.directory.officers.map((o) => o.email.toLowerCase()));
  const after = new Set(imported.officers.map((o) => o.email.toLowerCase()));
  const added = imported.officers.filter((o) => !before.has(o.email.toLowerCase())).length;
  const removed = target.directory.officers.filter((o) => !after.has(o.email.toLowerCase())).length;
  const directory = { ...target.directory, officers: imported.officers };
  return writeTarget(options, directory, [`officers: ${added} added, ${removed} removed, ${imported.officers.length} in all`, ...imported.notes], io);
}
