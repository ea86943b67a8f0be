// Imports never lose data: a near-empty source or a header-only export leaves the directory
// byte-identical (exit 2) with the removals listed; --dry-run writes nothing; --allow-removals
// lets a real change through; FILE.bak keeps one generation; missing folders are created.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, quirks, quirksWithoutAbbey, run, tempDir } from './run-cli';

const nearEmpty = join(fixtures, 'moderngov', 'near-empty.xml');

/** A directory imported from the quirks fixture, plus the plain officers export. */
async function councilDirectory(): Promise<string> {
  const file = join(tempDir(), 'directory.json');
  expect((await run('import', 'moderngov', '--file', quirks, '--directory', file, '--domain', 'vale.gov.uk')).code).toBe(0);
  expect((await run('import', 'officers', join(fixtures, 'officers-plain.csv'), '--directory', file)).code).toBe(0);
  return file;
}


describe('a near-empty or shrunken source', () => {
  it('a Modern.gov answer with one ward and no councillors leaves the directory byte-identical, exit 2', async () => {
    const file = await councilDirectory();
    const before = readFileSync(file);
    const { code, stdout, stderr } = await run('import', 'moderngov', '--file', nearEmpty, '--directory', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no councillors — a misconfigured or half-migrated Modern.gov site answers like this');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('the same answer is refused even with --allow-removals, and into a new directory', async () => {
    const file = join(tempDir(), 'directory.json');
    expect((await run('import', 'moderngov', '--file', nearEmpty, '--directory', file, '--allow-removals')).code).toBe(2);
    expect(existsSync(file)).toBe(false);
  });

  it('an officers CSV with only its header row leaves the directory byte-identical, exit 2', async () => {
    const file = await councilDirectory();
    const before = readFileSync(file);
    const { code, stderr } = await run('import', 'officers', join(fixtures, 'officers-header-only.csv'), '--directory', file);
    expect(code).toBe(2);
    expect(stderr).toContain('no officers in it (only the header row)');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('an import that removes a ward stops, lists the removals, and writes nothing', async () => {
    const file = await councilDirectory();
    const before = readFileSync(file);
    const { code, stdout, stderr } = await run('import', 'moderngov', '--file', quirksWithoutAbbey(), '--directory', file, '--domain', 'vale.gov.uk');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/would remove 1 of 2 wards and 2 of 4 members — refused, nothing was written/);
    expect(stderr).toContain('  ward removed: Abbey & Priory');
    expect(stderr).toMatch(/ {2}member removed: Erin Flint <erin\.flint@vale\.gov\.uk>/);
    expect(stderr).toContain('--allow-removals');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('goes ahead with --allow-removals, keeping the previous file as .bak', async () => {
    const file = await councilDirectory();
    const before = readFileSync(file);
    const { code, stdout } = await run('import', 'moderngov', '--file', quirksWithoutAbbey(), '--directory', file, '--domain', 'vale.gov.uk', '--allow-removals');
    expect(code).toBe(0);
    expect(stdout).toContain('ward removed: Abbey & Priory');
    expect(stdout).toContain(`the previous version is in ${file}.bak`);
    expect(JSON.parse(readFileSync(file, 'utf8')).wards).toHaveLength(1);
    expect(readFileSync(`${file}.bak`).equals(before)).toBe(true);
  });

  it('an officers export that drops more than 10% of the officers is refused, naming them', async () => {
    const file = await councilDirectory();
    const before = readFileSync(file);
    const csv = join(tempDir(), 'officers.csv');
    writeFileSync(csv, 'name,email,grade\nRita Mensah,rita.mensah@vale.gov.uk,chief\n');
    const { code, stderr } = await run('import', 'officers', csv, '--directory', file);
    expect(code).toBe(2);
    expect(stderr).toContain('would remove 2 of 3 officers');
    expect(stderr).toContain('  officer removed: Owen Price <owen.price@vale.gov.uk>');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('lets an ordinary change through: one officer of many leaving is under the 10% share', async () => {
    const file = await councilDirectory();
    const many = Array.from({ length: 20 }, (_, i) => `Officer ${i},officer${i}@vale.gov.uk,junior`);
    const csv = join(tempDir(), 'officers.csv');
    writeFileSync(csv, ['name,email,grade', ...many].join('\n'));
    expect((await run('import', 'officers', csv, '--directory', file, '--allow-removals')).code).toBe(0);
    writeFileSync(csv, ['name,email,grade', ...many.slice(1)].join('\n'));
    const { code, stdout } = await run('import', 'officers', csv, '--directory', file);
    expect(code).toBe(0);
    expect(stdout).toContain('officer removed: Officer 0 <officer0@vale.gov.uk> (not in the export)');
  });
});

describe('--dry-run', () => {
  it('prints the changes and writes nothing, not even a backup', async () => {
    const file = await councilDirectory();
    const before = readFileSync(file);
    const backup = readFileSync(`${file}.bak`);
    const { code, stdout } = await run('import', 'places', '--streets', join(fixtures, 'streets.csv'), '--directory', file, '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('dry run, nothing was written');
    expect(stdout).toContain('streets: 5 added to 2 of 2 wards');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readFileSync(`${file}.bak`).equals(backup)).toBe(true);
  });

  it('into a directory that does not exist yet, creates nothing', async () => {
    const file = join(tempDir(), 'council', 'directory.json');
    const { code, stdout } = await run('import', 'moderngov', '--file', quirks, '--directory', file, '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('would give');
    expect(existsSync(join(file, '..'))).toBe(false);
  });
});

describe('writing', () => {
  it('creates missing parent folders (the README\'s first step)', async () => {
    const file = join(tempDir(), 'council', 'nested', 'directory.json');
    const { code, stderr } = await run('import', 'moderngov', '--file', quirks, '--directory', file, '--domain', 'vale.gov.uk');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).members).toHaveLength(4);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('keeps one generation of backup: the file as it was before the latest import', async () => {
    const file = await councilDirectory();
    const second = readFileSync(file);
    await run('import', 'places', '--streets', join(fixtures, 'streets.csv'), '--directory', file);
    expect(readFileSync(`${file}.bak`).equals(second)).toBe(true);
  });

  it('says in one line when the folder cannot be written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'council'), 'a file where the folder should be');
    const { code, stderr } = await run('import', 'moderngov', '--file', quirks, '--directory', join(dir, 'council', 'directory.json'));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/a part of the path is a file, not a folder|cannot use the file/);
  });
});

describe('import places --streets', () => {
  it('says how many streets it added, and that a second run adds none', async () => {
    const file = await councilDirectory();
    expect((await run('import', 'places', '--streets', join(fixtures, 'streets.csv'), '--directory', file)).stdout).toContain('streets: 5 added to 2 of 2 wards');
    expect((await run('import', 'places', '--streets', join(fixtures, 'streets.csv'), '--directory', file)).stdout).toContain('streets: 0 added to 0 of 2 wards');
  });
});
