// The directory file an import writes into (created when absent, merged when present) and the
// overrides file beside it; nothing is written unless the result passes validation.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadDirectory, parseJson, type Directory } from '../engine';
import { formatIssues } from '../engine/config/format-issues';
import { keysAt } from '../engine/config/schema-keys';
import { NO_OVERRIDES, overridesSchema, type Overrides } from '../import/overrides';
import { writeJsonAtomic } from '../import/write-atomic';
import type { Io } from './main';

export interface ImportContext {
  directoryFile: string;
  overridesFile?: string;
}

/** "council/directory.json" → "council/directory.overrides.json". */
export function defaultOverridesFile(directoryFile: string): string {
  return directoryFile.replace(/(\.json)?$/i, '.overrides.json');
}

async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; errors: string[] }> {
  const text = await readFile(file, 'utf8');
  return parseJson(text);
}

export async function loadTarget(context: ImportContext, io: Io): Promise<{ directory?: Directory; overrides: Overrides } | undefined> {
  let directory: Directory | undefined;
  if (existsSync(context.directoryFile)) {
    const json = await readJson(context.directoryFile);
    const loaded = json.ok ? loadDirectory(json.value) : json;
    if (!loaded.ok) {
      io.stderr(`${loaded.errors.map((e) => `${context.directoryFile}: ${e}`).join('\n')}\n(fix the directory before importing into it; nothing was written)\n`);
      return undefined;
    }
    directory = loaded.value;
  }
  const overridesFile = context.overridesFile ?? defaultOverridesFile(context.directoryFile);
  let overrides = NO_OVERRIDES;
  if (existsSync(overridesFile)) {
    const json = await readJson(overridesFile);
    const parsed = json.ok ? overridesSchema.safeParse(json.value, { reportInput: true }) : undefined;
    if (!json.ok || !parsed?.success) {
      const errors = json.ok ? formatIssues(parsed!.error!, (path) => keysAt(overridesSchema, path)) : json.errors;
      io.stderr(`${errors.map((e) => `${overridesFile}: ${e}`).join('\n')}\n(nothing was written)\n`);
      return undefined;
    }
    overrides = parsed.data;
  } else if (context.overridesFile) {
    io.stderr(`${context.overridesFile}: file not found — check the path (nothing was written)\n`);
    return undefined;
  }
  return { directory, overrides };
}

/** Validates the result, writes it atomically, and prints what changed. */
export function writeTarget(context: ImportContext, directory: Directory, report: readonly string[], io: Io): number {
  const checked = loadDirectory(directory);
  if (!checked.ok) {
    io.stderr(`The imported directory would not be valid, so nothing was written:\n${checked.errors.map((e) => `  ${e}`).join('\n')}\nFix it in the overrides file (${context.overridesFile ?? defaultOverridesFile(context.directoryFile)}).\n`);
    return 2;
  }
  writeJsonAtomic(context.directoryFile, directory);
  io.stdout(`${context.directoryFile}: ${directory.wards.length} wards, ${directory.members.length} members, ${directory.officers.length} officers\n`);
  for (const line of report) io.stdout(`  ${line}\n`);
  return 0;
}

