// The directory file an import writes into (created when absent, merged when present) and the
// overrides file beside it. An import shows its plan, refuses large removals without
// --allow-removals, writes nothing on --dry-run or when the result would not be valid, and keeps
// the previous file as FILE.bak.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadDirectory, parseJson, type Directory } from '../engine';
import { formatIssues } from '../engine/config/format-issues';
import { keysAt } from '../engine/config/schema-keys';
import { NO_OVERRIDES, overridesSchema, type Overrides } from '../import/overrides';
import { judgeRemovals } from '../import/removals';
import { removeLeftoverTemps, writeJsonSafely } from '../import/safe-write';
import { fileProblem, InputError } from './errors';
import type { Io } from './main';

export interface ImportContext {
  directoryFile: string;
  overridesFile?: string;
  /** Print the changes and write nothing. */
  dryRun?: boolean;
  /** Let the import remove any ward, or more than a tenth of the members or officers. */
  allowRemovals?: boolean;
}

/** "council/directory.json" → "council/directory.overrides.json". */
export function defaultOverridesFile(directoryFile: string): string {
  return directoryFile.replace(/(\.json)?$/i, '.overrides.json');
}

/** A file the import reads, or an InputError naming it and what to do. */
export async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError([`${file}: ${fileProblem(error)} (nothing was written)`]);
  }
}

async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; errors: string[] }> {
  return parseJson((await readInput(file)).toString('utf8'));
}

export async function loadTarget(context: ImportContext, io: Io): Promise<{ directory?: Directory; overrides: Overrides } | undefined> {
  if (!context.dryRun) {
    for (const temp of removeLeftoverTemps(context.directoryFile)) io.stdout(`removed ${temp}, left by an interrupted write (${context.directoryFile} itself is intact)\n`);
  }
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

function refusal(file: string, reasons: string[], removals: ReturnType<typeof judgeRemovals>['removals']): string {
  return [
    `${file}: this import would remove ${reasons.join(' and ')} — refused, nothing was written.`,
    ...removals.wards.map((w) => `  ward removed: ${w}`),
    ...removals.members.map((m) => `  member removed: ${m}`),
    ...removals.officers.map((o) => `  officer removed: ${o}`),
    'A source that answers with next to nothing (a misconfigured or half-migrated site, an export with only its',
    'header row) looks like this. If the removals are right (new ward boundaries, a restructure), run the same',
    'command again with --allow-removals; --dry-run lists every change without writing.',
    '',
  ].join('\n');
}

/** Validates the result, applies the removal guard, then writes (or, on --dry-run, only prints). */
export function writeTarget(context: ImportContext, before: Directory | undefined, directory: Directory, report: readonly string[], io: Io): number {
  const file = context.directoryFile;
  const checked = loadDirectory(directory);
  if (!checked.ok) {
    io.stderr(`The imported directory would not be valid, so nothing was written:\n${checked.errors.map((e) => `  ${e}`).join('\n')}\nFix it in the overrides file (${context.overridesFile ?? defaultOverridesFile(file)}).\n`);
    return 2;
  }
  const verdict = judgeRemovals(before, directory);
  if (verdict.reasons.length && !context.allowRemovals) {
    io.stderr(refusal(file, verdict.reasons, verdict.removals));
    return 2;
  }
  const totals = `${directory.wards.length} wards, ${directory.members.length} members, ${directory.officers.length} officers`;
  if (context.dryRun) {
    io.stdout(`${file}: dry run, nothing was written — the import would give ${totals}\n`);
    for (const line of report) io.stdout(`  ${line}\n`);
    return 0;
  }
  let written;
  try {
    written = writeJsonSafely(file, directory);
  } catch (error) {
    io.stderr(`${(error as { path?: string }).path ?? file}: ${fileProblem(error)} (${file} was not changed)\n`);
    return 2;
  }
  io.stdout(`${file}: ${totals}\n`);
  for (const line of report) io.stdout(`  ${line}\n`);
  if (written.backup) io.stdout(`  the previous version is in ${written.backup}\n`);
  return 0;
}
