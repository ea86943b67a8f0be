// import, election, config problems and --help in Welsh (--lang cy or a Welsh locale), with the
// English unchanged when Welsh is not asked for.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quirks, quirksWithoutAbbey, run, runCli, tempDir } from './run-cli';

describe('import in Welsh', () => {
  it('refuses an import that would remove a ward in Welsh, listing the removals, and writes nothing', async () => {
    const file = join(tempDir(), 'directory.json');
    expect((await run('import', 'moderngov', '--file', quirks, '--directory', file, '--domain', 'vale.gov.uk')).code).toBe(0);
    const before = readFileSync(file);
    const welsh = await run('import', 'moderngov', '--lang', 'cy', '--file', quirksWithoutAbbey(), '--directory', file, '--domain', 'vale.gov.uk');
    expect(welsh.code).toBe(2);
    expect(welsh.stderr).toContain(`${file}: byddai’r mewnforio hwn yn dileu 1 o 2 ward a 2 o 4 aelod — fe’i gwrthodwyd, ni ysgrifennwyd dim.\n  ward wedi’i dileu: `);
    expect(welsh.stderr).toContain('rhedwch yr\nun gorchymyn eto gyda --allow-removals');
    expect(welsh.stderr).not.toMatch(/would remove|refused|ward removed/);
    expect(readFileSync(file).equals(before)).toBe(true);
    const english = await run('import', 'moderngov', '--file', quirksWithoutAbbey(), '--directory', file, '--domain', 'vale.gov.uk');
    expect(english.stderr).toContain(`${file}: this import would remove 1 of 2 wards and 2 of 4 members — refused, nothing was written.\n  ward removed: `);
  });

  it('follows a Welsh locale for a refusal and a dry run', async () => {
    const file = join(tempDir(), 'directory.json');
    const noSource = await runCli(['import', 'moderngov', '--directory', file], { locale: 'cy_GB.UTF-8' });
    expect(noSource.stderr).toBe('protocol-check import moderngov: rhowch naill ai --url BASE (gwefan Modern.gov) neu --file FILE (ateb GetCouncillorsByWard XML wedi’i gadw)\n');
    const dry = await runCli(['import', 'moderngov', '--file', quirks, '--directory', file, '--domain', 'vale.gov.uk', '--dry-run'], { locale: 'cy_GB.UTF-8' });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^.+: rhediad prawf, ni ysgrifennwyd dim — byddai’r mewnforio yn rhoi 2 ward, \d+ aelod, 0 swyddog\n/);
    // --lang wins over the locale.
    expect((await runCli(['import', 'moderngov', '--directory', file, '--lang', 'en'], { locale: 'cy_GB.UTF-8' })).stderr).toMatch(/^protocol-check import moderngov: give either --url/);
  });

  it('reports a misspelt field in the overrides file in Welsh, with did-you-mean', async () => {
    const dir = tempDir();
    const file = join(dir, 'directory.json');
    writeFileSync(join(dir, 'directory.overrides.json'), JSON.stringify({ memebrs: {} }));
    const { code, stderr } = await run('import', 'moderngov', '--lang', 'cy', '--file', quirks, '--directory', file);
    expect(code).toBe(2);
    expect(stderr).toBe(`${join(dir, 'directory.overrides.json')}: (y lefel uchaf): maes anhysbys "memebrs" — oeddech chi’n golygu "members"?\n(ni ysgrifennwyd dim)\n`);
  });
});

describe('election in Welsh', () => {
  it('refuses a bad polling day and a late notice in Welsh', async () => {
    const policy = join(tempDir(), 'policy.json');
    const bad = await run('election', '--lang', 'cy', '--polling-day', '2027-5-6', '--policy', policy);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('protocol-check election: rhaid i --polling-day fod yn ddyddiad fel 2027-05-06 (cafwyd "2027-5-6")\n');
    const late = await runCli(['election', '--polling-day', '2027-05-06', '--notice', '2027-04-30', '--policy', policy], { locale: 'cy_GB.UTF-8' });
    expect(late.stderr).toMatch(/^protocol-check election: mae hysbysiad ar 2027-04-30 yn rhy hwyr — rhaid ei gyhoeddi erbyn 2027-0\d-\d\d, y 25ain diwrnod gwaith cyn y diwrnod pleidleisio 2027-05-06\n$/);
  });

  it('keeps a hand-written period in Welsh, and follows the policy\'s "language" when neither --lang nor LANG says', async () => {
    const policy = join(tempDir(), 'policy.json');
    writeFileSync(policy, JSON.stringify({ language: 'cy', preElectionPeriods: [{ start: '2027-04-01', end: '2027-05-06', name: 'Etholiadau lleol' }] }));
    const kept = await run('election', '--polling-day', '2027-05-06', '--policy', policy);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toBe(`${policy}: cadwyd y cyfnod 2027-04-01 i 2027-05-06 ("Etholiadau lleol"), a ysgrifennwyd â llaw, sy’n gorgyffwrdd â 2027-03-31 i 2027-05-06 — ni ysgrifennwyd dim.\nRhowch --replace i roi’r cyfnod a gynhyrchwyd yn ei le.\n`);
    const replaced = await run('election', '--polling-day', '2027-05-06', '--policy', policy, '--replace');
    expect(replaced.stdout).toContain(`${policy}: cyfnod cyn etholiad 2027-03-31 i 2027-05-06 (y diwrnod olaf ar gyfer yr hysbysiad etholiad)`);
    expect(JSON.parse(readFileSync(policy, 'utf8')).preElectionPeriods).toEqual([{ start: '2027-03-31', end: '2027-05-06', name: 'Etholiadau ar 2027-05-06' }]);
    // A period generated in Welsh is recognised as generated when the command runs in English.
    const again = await run('election', '--lang', 'en', '--polling-day', '2027-05-06', '--notice', '2027-03-30', '--policy', policy);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('  replaced the period 2027-03-31 to 2027-05-06 ("Etholiadau ar 2027-05-06")');
  });
});

describe('config problems in Welsh', () => {
  it('words a misspelt directory field in Welsh with did-you-mean, keeping the path, and in English without --lang', async () => {
    const directory = join(tempDir(), 'directory.json');
    writeFileSync(directory, JSON.stringify({ council: { name: 'Cyngor', domains: ['cyngor.gov.uk'], nmae: 'x' }, wards: [], members: [] }));
    const welsh = await run('validate', '--lang', 'cy', '--directory', directory);
    expect(welsh.code).toBe(2);
    expect(welsh.stderr).toBe(`${directory}: council: maes anhysbys "nmae" — oeddech chi’n golygu "name"?\n`);
    expect((await run('validate', '--directory', directory)).stderr).toBe(`${directory}: council: unknown field "nmae" — did you mean "name"?\n`);
  });

  it('words a policy\'s wrong values in Welsh: an unknown rule, a bad time, a number too small', async () => {
    const policy = join(tempDir(), 'policy.json');
    writeFileSync(policy, JSON.stringify({ rules: { 'no-blind-cpy': { severity: 'error' } }, officeHours: { start: '8.30' }, wardCopyMaxWards: 0 }));
    const { stderr } = await runCli(['validate', '--policy', policy], { locale: 'cy_GB.UTF-8' });
    expect(stderr.split('\n').filter(Boolean).sort()).toEqual([
      `${policy}: officeHours.start: disgwyl amser 24 awr fel "08:30"`,
      `${policy}: rules.no-blind-cpy: rheol anhysbys "no-blind-cpy" — oeddech chi’n golygu "no-blind-copy"?`,
      `${policy}: wardCopyMaxWards: Rhy fach: disgwyl rhif >=1`,
    ]);
  });
});

describe('--help in Welsh', () => {
  it('--help --lang cy and LANG=cy_GB.UTF-8 give the same Welsh help', async () => {
    const welsh = await run('check', '--help', '--lang', 'cy');
    expect(welsh.code).toBe(0);
    expect(welsh.stdout).toMatch(/^Defnydd: protocol-check check \[options\] <files\.\.\.>\n/);
    expect(welsh.stdout).toContain('\nOpsiynau:\n');
    expect(welsh.stdout).toContain('Gwirio drafftiau wedi’u cadw yn erbyn y protocol');
    expect(welsh.stdout).toMatch(/--max-size <size>[\s\S]*\(diofyn: 5MB\)/);
    expect(welsh.stdout).toContain('\nEnghreifftiau:\n  protocol-check check ');
    expect(welsh.stdout).not.toMatch(/Usage:|Options:|default:|Check saved drafts|the council's directory/);
    expect((await runCli(['check', '--help'], { locale: 'cy_GB.UTF-8' })).stdout).toBe(welsh.stdout);
  });

  it('every command and subcommand has Welsh help, and English help is unchanged without Welsh', async () => {
    for (const command of [[], ['validate'], ['import'], ['import', 'moderngov'], ['import', 'officers'], ['import', 'places'], ['election']]) {
      const { stdout } = await run(...command, '--help', '--lang', 'cy');
      expect([command.join(' '), stdout.startsWith('Defnydd: ')]).toEqual([command.join(' '), true]);
      expect(stdout).not.toMatch(/ the (council|directory|policy|period|pre-election)/);
    }
    expect((await run('--help', '--lang', 'cy')).stdout).toContain('help [command]              dangos cymorth ar gyfer gorchymyn');
    const english = await run('election', '--help');
    expect(english.stdout).toMatch(/^Usage: protocol-check election \[options\]\n\nWrite the pre-election period into the policy file/);
    expect(english.stdout).toContain('--lang <lang>');
  });
});

describe('usage mistakes in Welsh', () => {
  it('words commander\'s errors in Welsh, keeping the option and the nearest name, and leaves English alone', async () => {
    const welsh = await run('check', '--lang', 'cy', '--directry', 'x.json', 'a.json');
    expect(welsh.code).toBe(2);
    expect(welsh.stderr).toBe("protocol-check: opsiwn anhysbys '--directry'\n(Oeddech chi’n golygu --directory?)\n(ychwanegwch --help i weld yr opsiynau)\n");
    const choice = await runCli(['check', '--lang', 'fr', 'a.json'], { locale: 'cy_GB.UTF-8' });
    expect(choice.stderr).toContain("nid yw’r gwerth 'fr' yn ddilys ar gyfer yr opsiwn '--lang <lang>'. Y dewisiadau a ganiateir yw en, cy.");
    expect((await run('check', '--directry', 'x.json', 'a.json')).stderr).toBe("protocol-check: unknown option '--directry'\n(Did you mean --directory?)\n(add --help to see the options)\n");
  });
});
