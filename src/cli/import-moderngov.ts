// protocol-check import moderngov: councillors and wards from Modern.gov into the directory file.
import { stat } from 'node:fs/promises';
import { mergeMembers } from '../import/merge';
import { parseCouncillorsByWard, ModernGovError } from '../import/moderngov';
import { downloadText } from './download';
import { fileProblem, InputError } from './errors';
import { loadTarget, readInput, writeTarget, type ImportContext } from './import-target';
import type { Io } from './main';
import { importNote, importProblem, type CliText } from './messages';
import { formatSize } from './sizes';

export interface ModernGovOptions extends ImportContext {
  url?: string;
  file?: string;
  domains: string[];
  councilName?: string;
  timeoutMs: number;
  maxBytes: number;
}

/** The web service address for a Modern.gov site ("https://democracy.x.gov.uk" or its mgWebService URL). */
export function serviceUrl(base: string): string {
  if (/GetCouncillorsByWard/i.test(base)) return base;
  return `${base.replace(/\/+$/, '').replace(/\/mgWebService\.asmx$/i, '')}/mgWebService.asmx/GetCouncillorsByWard`;
}

async function readSavedAnswer(file: string, maxBytes: number, t: CliText): Promise<string> {
  const size = await stat(file).then((s) => s.size, (error: unknown) => {
    throw new InputError([`${file}: ${t('import.nothingWritten', { problem: fileProblem(error, t) })}`]);
  });
  if (size > maxBytes) throw new InputError([`${file}: ${t('import.savedTooBig', { size: formatSize(size, t), limit: formatSize(maxBytes, t) })}`]);
  return (await readInput(file, t)).toString('utf8');
}

export async function importModernGov(options: ModernGovOptions, io: Io): Promise<number> {
  const { t } = options;
  if (!options.url === !options.file) {
    io.stderr(`${t('import.moderngovSource')}\n`);
    return 2;
  }
  const target = await loadTarget(options, io);
  if (!target) return 2;
  const source = options.url ? serviceUrl(options.url) : options.file!;
  const xml = options.url
    ? await downloadText(source, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, accept: 'text/xml, application/xml' }, t)
    : await readSavedAnswer(source, options.maxBytes, t);
  let imported;
  try {
    imported = parseCouncillorsByWard(xml, { domains: options.domains });
  } catch (error) {
    if (!(error instanceof ModernGovError)) throw error;
    io.stderr(`${source}: ${importProblem(error, t)}\n`);
    return 2;
  }
  const merged = mergeMembers(target.directory, imported, target.overrides, { name: options.councilName, domains: options.domains.length ? options.domains : undefined });
  const report = [...merged.changes, ...imported.notes].map((n) => importNote(n, t));
  return writeTarget(options, target.directory, merged.directory, report, io);
}
