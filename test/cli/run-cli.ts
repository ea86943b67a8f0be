// Runs the command line in-process with captured output, for the CLI tests.
import { mkdtempSync } from 'node:fs';
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
