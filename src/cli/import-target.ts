// The directory file an import writes into (created when absent, merged when present) and the
// overrides file beside it. An import shows its plan, refuses large removals without
// --allow-removals, writes nothing on --dry-run or when the result would not be valid, and keeps
// the previous file as FILE.bak.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadDirectory, parseJson, type Directory } from '../engine';
import { configText } from '../engine/config/config-text';
import { formatIssues } from '../engine/config/format-issues';
import { keysAt } from '../engine/config/schema-keys';
import { NO_OVERRIDES, overridesSchema, type Overrides } from '../import/overrides';
import { judgeRemovals, type RemovalVerdict } from '../import/removals';
import { removeLeftoverTemps, writeJsonSafely } from '../import/safe-write';
import { fileProblem, InputError } from './errors';
import type { Io } from './main';
import { cliText, configLanguage, type CliText } from './messages';

export interface ImportContext {
  directoryFile: string;
  overridesFile?: string;
  /** Print the changes and write nothing. */
  dryRun?: boolean;
  /** Let the import remove any ward, or more than a tenth of the members or officers. */
  allowRemovals?: boolean;
  /** The language of everything the import says. */
  t: CliText;
}

/** "council/directory.json" → "council/directory.overrides.json". */
export function defaultOverridesFile(directoryFile: string): string {
  return directoryFile.replace(/(\.json)?$/i, '.overrides.json');
}

/** A file the import reads, or an InputError naming it and what to do. */
export async function readInput(file: string, t: CliText = cliText('en')): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError([`${file}: ${t('import.nothingWritten', { problem: fileProblem(error, t) })}`]);
  }
}

async function readJson(file: string, t: CliText): Promise<{ ok: true; value: unknown } | { ok: false; errors: string[] }> {
  return parseJson((await readInput(file, t)).toString('utf8'), configLanguage(t));
}

export async function loadTarget(context: ImportContext, io: Io): Promise<{ directory?: Directory; overrides: Overrides } | undefined> {
  const { t } = context;
  if (!context.dryRun) {
    for (const temp of removeLeftoverTemps(context.directoryFile)) io.stdout(`${t('import.leftoverTemp', { temp, file: context.directoryFile })}\n`);
  }
  let directory: Directory | undefined;
  if (existsSync(context.directoryFile)) {
    const json = await readJson(context.directoryFile, t);
    const loaded = json.ok ? loadDirectory(json.value, configLanguage(t)) : json;
    if (!loaded.ok) {
      io.stderr(`${loaded.errors.map((e) => `${context.directoryFile}: ${e}`).join('\n')}\n${t('import.fixDirectoryFirst')}\n`);
      return undefined;
    }
    directory = loaded.value;
  }
  const overridesFile = context.overridesFile ?? defaultOverridesFile(context.directoryFile);
  let overrides = NO_OVERRIDES;
  if (existsSync(overridesFile)) {
    const json = await readJson(overridesFile, t);
    const parsed = json.ok ? overridesSchema.safeParse(json.value, { reportInput: true }) : undefined;
    if (!json.ok || !parsed?.success) {
      const errors = json.ok ? formatIssues(parsed!.error!, (path) => keysAt(overridesSchema, path), configText(configLanguage(t))) : json.errors;
      io.stderr(`${errors.map((e) => `${overridesFile}: ${e}`).join('\n')}\n${t('import.nothingWrittenLine')}\n`);
      return undefined;
    }
    overrides = parsed.data;
  } else if (context.overridesFile) {
    io.stderr(`${context.overridesFile}: ${t('import.nothingWritten', { problem: t('file.notFound') })}\n`);
    return undefined;
  }
  return { directory, overrides };
}

function refusal(file: string, verdict: RemovalVerdict, t: CliText): string {
  const reasons = verdict.shares.map(({ what, removed, total }) => t('import.removalShare', { what, removed, total }));
  return [
    `${file}: ${t('import.wouldRemove', { reasons: reasons.join(t('import.and')) })}`,
    ...verdict.removals.wards.map((name) => t('import.wardRemoved', { name })),
    ...verdict.removals.members.map((name) => t('import.memberRemoved', { name })),
    ...verdict.removals.officers.map((name) => t('import.officerRemoved', { name })),
    t('import.removalAdvice'),
    '',
  ].join('\n');
}

/** Validates the result, applies the removal guard, then writes (or, on --dry-run, only prints). */
export function writeTarget(context: ImportContext, before: Directory | undefined, directory: Directory, report: readonly string[], io: Io): number {
  const { t } = context;
  const file = context.directoryFile;
  const checked = loadDirectory(directory, configLanguage(t));
  if (!checked.ok) {
    io.stderr(`${t('import.invalidResult')}\n${checked.errors.map((e) => `  ${e}`).join('\n')}\n${t('import.fixInOverrides', { file: context.overridesFile ?? defaultOverridesFile(file) })}\n`);
    return 2;
  }
  const verdict = judgeRemovals(before, directory);
  if (verdict.shares.length && !context.allowRemovals) {
    io.stderr(refusal(file, verdict, t));
    return 2;
  }
  const totals = t('import.totals', { wards: directory.wards.length, members: directory.members.length, officers: directory.officers.length });
  if (context.dryRun) {
    io.stdout(`${file}: ${t('import.dryRun', { totals })}\n`);
    for (const line of report) io.stdout(`  ${line}\n`);
    return 0;
  }
  let written;
  try {
    written = writeJsonSafely(file, directory);
  } catch (error) {
    io.stderr(`${(error as { path?: string }).path ?? file}: ${t('import.notChanged', { problem: fileProblem(error, t), file })}\n`);
    return 2;
  }
  io.stdout(`${file}: ${totals}\n`);
  for (const line of report) io.stdout(`  ${line}\n`);
  if (written.backup) io.stdout(`${t('import.backup', { file: written.backup })}\n`);
  return 0;
}
