// The command line's own error lines and the `validate` report in Welsh (--lang cy or a Welsh
// locale), with English unchanged when Welsh is not asked for.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parameterNames } from '../../src/engine/i18n/format';
import { cliCy, cliEn, cliText, type CliKey } from '../../src/cli/messages';
import { directoryWarnings } from '../../src/cli/validate';
import { sampleDirectory } from '../../src/sample-council';
import { runCli, run, tempDir } from './run-cli';

function bigDraft(): string {
  const file = join(tempDir(), 'big.json');
  writeFileSync(file, JSON.stringify({ from: { email: 'helen.rudd@harburyvale.gov.uk' }, to: [{ email: 'someone@example.org' }], cc: [], bcc: [], subject: 'Notes', body: 'word '.repeat(30_000) }));
  return file;
}

describe('the CLI catalogue', () => {
  it('has the same keys and parameters in Welsh as in English', () => {
    expect(Object.keys(cliCy).sort()).toEqual(Object.keys(cliEn).sort());
    for (const key of Object.keys(cliEn) as CliKey[]) expect([key, parameterNames(cliCy[key]).sort()]).toEqual([key, parameterNames(cliEn[key]).sort()]);
  });
});

describe('validate in Welsh', () => {
  it('prints the summary in Welsh with --lang cy, and in English without it', async () => {
    const welsh = await run('validate', '--lang', 'cy');
    expect(welsh.code).toBe(0);
    expect(welsh.stdout).toMatch(/^y cyfeiriadur enghreifftiol sydd wedi’i gynnwys: dilys — .+: \d+ ward, \d+ aelod, \d+ swyddog, \d+ blwch post\n {2}aelodau fesul ward: /);
    expect(welsh.stdout).toMatch(/\ny polisi enghreifftiol sydd wedi’i gynnwys: dilys — \d+ gosodiad rheol/);
    expect(welsh.stdout).not.toMatch(/valid —|members per ward|rule settings/);
    const english = await run('validate');
    expect(english.stdout).toMatch(/^bundled sample directory: valid — .+: \d+ wards, \d+ members, \d+ officers, \d+ mailboxes\n {2}members per ward: /);
  });

  it('follows a Welsh locale when --lang is not given', async () => {
    expect((await runCli(['validate'], { locale: 'cy_GB.UTF-8' })).stdout).toContain('aelodau fesul ward: ');
  });

  it('words the directory warnings in Welsh, keeping the path', () => {
    const directory = { ...sampleDirectory, wards: [...sampleDirectory.wards, { id: 'empty', name: 'Gwag' }] };
    const welsh = directoryWarnings(directory, cliText('cy'));
    expect(welsh).toContain(`wards[${sampleDirectory.wards.length}]: does dim aelodau gan "Gwag" — mewnforiwch y cynghorwyr, neu tynnwch y ward`);
    expect(directoryWarnings(directory)).toContain(`wards[${sampleDirectory.wards.length}]: "Gwag" has no members — import the councillors, or remove the ward`);
  });

  it('reports a missing directory file and a political example that fails in Welsh', async () => {
    const missing = join(tempDir(), 'gone.json');
    const noFile = await run('validate', '--lang', 'cy', '--directory', missing);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toBe(`${missing}: heb ddod o hyd i’r ffeil — gwiriwch y llwybr\n`);
    const policy = join(tempDir(), 'policy.json');
    writeFileSync(policy, JSON.stringify({ political: { examples: { political: ['Llais have ruined the market.'] } } }));
    const example = await run('validate', '--lang', 'cy', '--policy', policy);
    expect(example.code).toBe(2);
    expect(example.stderr).toContain(`${policy}: political.examples.political[0]: "Llais have ruined the market." — nid yw'n cael ei nodi'n wleidyddol: ychwanegwch enw'r blaid at political.partyTerms`);
  });
});

describe('check errors in Welsh', () => {
  it('names a missing draft in Welsh with --lang cy and in English without it', async () => {
    const missing = join(tempDir(), 'gone.json');
    expect((await run('check', '--lang', 'cy', missing)).stderr).toBe(`${missing}: heb ddod o hyd i’r ffeil — gwiriwch y llwybr\n`);
    expect((await run('check', missing)).stderr).toBe(`${missing}: file not found — check the path\n`);
  });

  it('refuses an oversized draft in Welsh with --lang cy and in English without it', async () => {
    const big = bigDraft();
    const welsh = await run('check', '--lang', 'cy', '--max-size', '100KB', big);
    expect(welsh.code).toBe(2);
    expect(welsh.stderr).toMatch(/: mae 146\.\d KB o JSON dros y terfyn o 100 KB — heb ei wirio \(rhowch --max-size \d+MB i’w wirio beth bynnag\)\n$/);
    expect((await run('check', '--max-size', '100KB', big)).stderr).toMatch(/: 146\.\d KB of JSON is over the 100 KB limit — not checked \(give --max-size \d+MB to check it anyway\)\n$/);
  });
});
