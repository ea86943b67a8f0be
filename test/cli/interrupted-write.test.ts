// A kill during an import's write leaves the directory as it was (valid, byte-identical) and a
// temporary file that the next run removes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDirectory } from '../../src/engine';
import { fixtures, run, tempDir } from './run-cli';

const killedImport = join(__dirname, 'killed-import.ts');

function officersCsv(count: number, team: string): string {
  const file = join(tempDir(), 'officers.csv');
  const rows = Array.from({ length: count }, (_, i) => `Officer Number ${i},officer.${i}@vale.gov.uk,junior,${team}`);
  writeFileSync(file, ['name,email,grade,team', ...rows].join('\n'));
  return file;
}

const temps = (file: string) => readdirSync(join(file, '..')).filter((n) => n.endsWith('.tmp'));

describe.each(['mid-write', 'before-rename'])('an import killed %s', (moment) => {
  it('leaves the previous directory intact, and the next run removes the temporary file', async () => {
    const file = join(tempDir(), 'directory.json');
    expect((await run('import', 'moderngov', '--file', join(fixtures, 'moderngov', 'quirks.xml'), '--directory', file, '--domain', 'vale.gov.uk')).code).toBe(0);
    // Large enough (about 200 KB) that the write takes several chunks.
    expect((await run('import', 'officers', officersCsv(1500, 'Waste Services'), '--directory', file)).code).toBe(0);
    const before = readFileSync(file);
    expect(before.length).toBeGreaterThan(3 * 64 * 1024);

    const child = spawnSync(process.execPath, ['--import', 'tsx', killedImport, moment, 'import', 'officers', officersCsv(1500, 'Street Scene'), '--directory', file], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(loadDirectory(JSON.parse(readFileSync(file, 'utf8'))).ok).toBe(true);
    expect(temps(file)).toHaveLength(1);

    const next = await run('import', 'places', '--streets', join(fixtures, 'streets.csv'), '--directory', file);
    expect(next.code).toBe(0);
    expect(next.stdout).toContain(`left by an interrupted write (${file} itself is intact)`);
    expect(temps(file)).toEqual([]);
  });
});
