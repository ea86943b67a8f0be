// Officer exports from Excel: "CSV" (Windows-1252) and "Unicode text" (UTF-16, tab-separated)
// keep Welsh names intact, and the encoding read is reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, run, tempDir } from './run-cli';

async function importOfficers(csv: string): Promise<{ stdout: string; names: string[] }> {
  const file = join(tempDir(), 'directory.json');
  await run('import', 'moderngov', '--file', join(fixtures, 'moderngov', 'quirks.xml'), '--directory', file, '--domain', 'vale.gov.uk');
  const { code, stdout, stderr } = await run('import', 'officers', join(fixtures, csv), '--directory', file);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return { stdout, names: JSON.parse(readFileSync(file, 'utf8')).officers.map((o: { name: string }) => o.name) };
}

describe('import officers encodings', () => {
  it('reads Excel\'s Windows-1252 "CSV" and says so', async () => {
    const { stdout, names } = await importOfficers('officers-windows-1252.csv');
    expect(names).toEqual(['Siân Powell', 'Rhêldon Owën']);
    expect(stdout).toContain('officers-windows-1252.csv: read as Windows-1252 (not valid UTF-8');
  });

  it('reads Excel\'s "Unicode text" (UTF-16, tab-separated Microsoft 365 export)', async () => {
    const { stdout, names } = await importOfficers('officers-unicode-text.txt');
    expect(names).toEqual(['Llŷr Evans', 'Siân Powell']);
    expect(stdout).toContain('officers-unicode-text.txt: read as UTF-16LE');
  });

  it('reports plain UTF-8 too', async () => {
    expect((await importOfficers('officers-plain.csv')).stdout).toContain('officers-plain.csv: read as UTF-8');
  });
});
