// Replaces a council file so that it is never lost or half-written: the folder is created, the
// new text goes to a temporary file beside it (written, flushed to disk), the previous file is
// kept as FILE.bak (one generation), and a rename swaps the new file in. A rename is atomic, so
// a kill at any moment leaves either the old file or the new one; a temporary file left by a
// killed run is removed by the next one.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const CHUNK = 64 * 1024;

export const backupFile = (file: string): string => `${file}.bak`;

const tempName = (file: string, pid: number) => join(dirname(file), `.${basename(file)}.${pid}.tmp`);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of FILE left by runs that were killed mid-write; returns what it removed. */
export function removeLeftoverTemps(file: string): string[] {
  const folder = dirname(file);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return []; // no folder yet (or not one): nothing was left behind, and the write will say why it cannot
  }
  const prefix = `.${basename(file)}.`;
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || (pid !== process.pid && isRunning(pid))) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(join(folder, name));
  }
  return removed;
}

function writeFlushed(path: string, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  const fd = openSync(path, 'w');
  try {
    for (let offset = 0; offset < bytes.length; offset += CHUNK) writeSync(fd, bytes, offset, Math.min(CHUNK, bytes.length - offset));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface SafeWrite {
  /** FILE.bak when there was a previous file to keep. */
  backup?: string;
  /** Temporary files from interrupted runs that were removed first. */
  cleaned: string[];
}

export function writeJsonSafely(file: string, value: unknown): SafeWrite {
  mkdirSync(dirname(file), { recursive: true });
  const cleaned = removeLeftoverTemps(file);
  const temp = tempName(file, process.pid);
  try {
    writeFlushed(temp, `${JSON.stringify(value, null, 2)}\n`);
    const backup = existsSync(file) ? backupFile(file) : undefined;
    if (backup) copyFileSync(file, backup);
    renameSync(temp, file);
    return { backup, cleaned };
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
