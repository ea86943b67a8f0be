// protocol-check import moderngov: councillors and wards from Modern.gov into the directory file.
import { readFile } from 'node:fs/promises';
import { parseCouncillorsByWard, ModernGovError } from '../import/moderngov';
import { mergeMembers } from '../import/merge';
import type { Io } from './main';
import { loadTarget, writeTarget, type ImportContext } from './import-target';

export interface ModernGovOptions extends ImportContext {
  url?: string;
  file?: string;
  domains: string[];
  councilName?: string;
  timeoutMs: number;
}

/** The web service address for a Modern.gov site ("https://democracy.x.gov.uk" or its mgWebService URL). */
export function serviceUrl(base: string): string {
  if (/GetCouncillorsByWard/i.test(base)) return base;
  return `${base.replace(/\/+$/, '').replace(/\/mgWebService\.asmx$/i, '')}/mgWebService.asmx/GetCouncillorsByWard`;
}

async function download(url: string, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'text/xml, application/xml' } });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new ModernGovError(`${url}: no answer within ${Math.round(timeoutMs / 1000)} s — check the address, or try again later`);
    throw new ModernGovError(`${url}: could not connect (${(error as Error).message}) — check the address`);
  }
  if (!response.ok) throw new ModernGovError(`${url}: the server answered ${response.status} — check that this is the Modern.gov site's address`);
  return response.text();
}

export async function importModernGov(options: ModernGovOptions, io: Io): Promise<number> {
  if (!options.url === !options.file) {
    io.stderr('protocol-check import moderngov: give either --url BASE (the Modern.gov site) or --file FILE (a saved GetCouncillorsByWard XML)\n');
    return 2;
  }
  const target = await loadTarget(options, io);
  if (!target) return 2;
  let imported;
  try {
    const xml = options.url ? await download(serviceUrl(options.url), options.timeoutMs) : await readFile(options.file!, 'utf8').catch(() => {
      throw new ModernGovError('file not found — check the path');
    });
    imported = parseCouncillorsByWard(xml, { domains: options.domains });
  } catch (error) {
    if (!(error instanceof ModernGovError)) throw error;
    // URL errors already name the address; a file's errors are prefixed with the file.
    io.stderr(`${options.url ? '' : `${options.file}: `}${error.message}\n`);
    return 2;
  }
  const merged = mergeMembers(target.directory, imported, target.overrides, { name: options.councilName, domains: options.domains.length ? options.domains : undefined });
  return writeTarget(options, merged.directory, [...merged.changes, ...imported.notes], io);
}
