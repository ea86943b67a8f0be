// What the import parsers write under a summary (and why they refuse a file), in Welsh with
// --lang cy, and in the same English as before without it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, run, tempDir } from './run-cli';

const quirks = join(fixtures, 'moderngov', 'quirks.xml');
// English words of the parsers' notes: none may be left in a Welsh run.
const ENGLISH_NOTES = /created:|no e-mail|skipped|role not read|overrides file|ward added|ward changed|member added|member removed|runs through|grade guessed|column — found|the response lists/;

describe('import notes in Welsh', () => {
  it('import moderngov --dry-run --lang cy lists what it could not use in Welsh', async () => {
    const file = join(tempDir(), 'directory.json');
    const welsh = await run('import', 'moderngov', '--file', quirks, '--directory', file, '--domain', 'vale.gov.uk', '--dry-run', '--lang', 'cy');
    expect(welsh.code).toBe(0);
    expect(welsh.stdout.split('\n').slice(1)).toEqual([
      '  crëwyd: 2 ward, 4 aelod',
      '  dim e-bost: Chris Dunmore (St Helen\'s, councillorid 203) — ychwanegwch un o dan "members" yn y ffeil diystyru',
      '  hepgorwyd (daeth y tymor swydd i ben): Former Member',
      '  ni ddarllenwyd y rôl: "Mayor\'s Consort" (Gwen Hale) — gosodwch y rolau yn y ffeil diystyru os yw’n bwysig',
      '  hepgorwyd (parth cyngor arall): Ivo Jones <ivo.jones@othervale.gov.uk>',
      '',
    ]);
    const english = await run('import', 'moderngov', '--file', quirks, '--directory', file, '--domain', 'vale.gov.uk', '--dry-run');
    expect(english.stdout.split('\n').slice(1)).toEqual([
      '  created: 2 wards, 4 members',
      '  no e-mail: Chris Dunmore (St Helen\'s, councillorid 203) — add one under "members" in the overrides file',
      '  skipped (term of office ended): Former Member',
      '  role not read: "Mayor\'s Consort" (Gwen Hale) — set roles in the overrides file if it matters',
      '  skipped (other council\'s domain): Ivo Jones <ivo.jones@othervale.gov.uk>',
      '',
    ]);
  });

  it('a re-import\'s changes (wards added, removed and changed; members added and removed) in Welsh', async () => {
    const file = join(tempDir(), 'directory.json');
    expect((await run('import', 'moderngov', '--file', quirks, '--directory', file)).code).toBe(0);
    const renamed = join(tempDir(), 'renamed.xml');
    writeFileSync(renamed, readFileSync(quirks, 'utf8').replace('<wardtitle>Abbey &amp; Priory</wardtitle>', '<wardtitle>Abbey</wardtitle>')
      .replace(/<councillor>\s*<councillorid>202<\/councillorid>[\s\S]*?<\/councillor>/, '<councillor><councillorid>300</councillorid><fullusername>Cllr Nia Owen</fullusername><workaddress><email>nia.owen@vale.gov.uk</email></workaddress></councillor>'));
    const { code, stdout } = await run('import', 'moderngov', '--file', renamed, '--directory', file, '--dry-run', '--allow-removals', '--lang', 'cy');
    expect(code).toBe(0);
    expect(stdout).toContain('  ward wedi’i hychwanegu: Abbey\n  ward wedi’i dileu: Abbey & Priory (nid yw yn y mewnforio; efallai fod y ffiniau wedi newid)\n');
    expect(stdout).toContain('  aelod wedi’i ychwanegu: Nia Owen (st-helens)\n');
    expect(stdout).toContain('  ward wedi newid: Erin Flint "abbey-priory" → "abbey"\n');
    expect(stdout).toContain('  aelod wedi’i ddileu: Ben Carter (nid yw yn y mewnforio)\n');
    expect(stdout).not.toMatch(ENGLISH_NOTES);
  });

  it('a Modern.gov answer with nobody in it is refused in Welsh', async () => {
    const { code, stderr } = await run('import', 'moderngov', '--file', join(fixtures, 'moderngov', 'near-empty.xml'), '--directory', join(tempDir(), 'd.json'), '--lang', 'cy');
    expect(code).toBe(2);
    expect(stderr).toMatch(/: mae’r ateb yn rhestru 1 ward a dim cynghorwyr — .+; gwiriwch y wefan \(ni ysgrifennwyd dim\)\n$/);
    expect(stderr).not.toMatch(ENGLISH_NOTES);
  });

  it('officers and streets: the notes and a missing column in Welsh', async () => {
    const file = join(tempDir(), 'directory.json');
    await run('import', 'moderngov', '--file', quirks, '--directory', file, '--domain', 'vale.gov.uk');
    const officers = await run('import', 'officers', join(fixtures, 'officers-plain.csv'), '--directory', file, '--dry-run', '--lang', 'cy');
    expect(officers.stdout).toContain('  llinell 3: dyfalwyd y radd "senior" ar gyfer Owen Price — ychwanegwch golofn grade');
    const columns = join(tempDir(), 'people.csv');
    writeFileSync(columns, 'who,where\nA,B\n');
    const missing = await run('import', 'officers', columns, '--directory', file, '--lang', 'cy');
    expect(missing.stderr).toBe(`${columns}: dim colofn name (neu "Display name") a dim colofn email (neu "User principal name") — colofnau’r ffeil: "who", "where" (ni ysgrifennwyd dim)\n`);
    const streets = await run('import', 'places', '--streets', join(fixtures, 'streets.csv'), '--directory', file, '--dry-run', '--lang', 'cy');
    expect(streets.stdout).toContain('  mae "Market Street" yn croesi’r wardiau St Helen\'s ac Abbey & Priory: fe’i cadwyd ym mhob un\n');
    expect(streets.stdout).toMatch(/ {2}strydoedd: 5 wedi’u hychwanegu at 2 o 2 ward \(darllenwyd 6 rhes; /);
    expect([officers.stdout, missing.stderr, streets.stdout].join('')).not.toMatch(ENGLISH_NOTES);
  });
});
