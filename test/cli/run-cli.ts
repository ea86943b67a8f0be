// Runs the command line in-process with captured output, for the CLI tests.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';

export const fixtures = join(__dirname, '..', 'fixtures');
export const sampleDrafts = join(__dirname, '..', '..', 'src', 'sample-council', 'drafts');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], extra: Partial<Io> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false, now: () => new Date('2027-02-09T10:00:00Z'), ...extra };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export const run = (...argv: string[]): Promise<CliRun> => runCli(argv);

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'pc-cli-'));

/** The Modern.gov quirks fixture, with every ward. */
export const quirks = join(fixtures, 'moderngov', 'quirks.xml');

/** The quirks fixture without its second ward (a boundary review, or a site that lost a ward): a re-import that would remove one. */
export function quirksWithoutAbbey(): string {
  const xml = readFileSync(quirks, 'utf8');
  const start = xml.indexOf('<ward>', xml.indexOf('</ward>'));
  const file = join(tempDir(), 'one-ward.xml');
  writeFileSync(file, xml.slice(0, start) + xml.slice(xml.indexOf('</ward>', start) + '</ward>'.length));
  return file;
}
