// protocol-check check --lang cy / LANG=cy_GB: the report and every finding in Welsh, the same
// findings as in English; a council's messages.json beside the policy corrects the wording.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/engine/i18n/en';
import { parameterNames } from '../../src/engine/i18n/format';
import { cliCy, cliEn } from '../../src/cli/messages';
import { runCli, sampleDrafts, tempDir } from './run-cli';

const drafts = readdirSync(sampleDrafts).filter((f) => f.endsWith('.json')).map((f) => join(sampleDrafts, f));
const sampleCouncil = join(sampleDrafts, '..');

interface JsonResult { file: string; findings: Array<{ ruleId: string; severity: string; message: string; citation: string; fixes: Array<{ title: string; edits: unknown[] }>; recipients: unknown[]; spans: unknown[] }> }

const parse = (stdout: string): JsonResult[] => JSON.parse(stdout) as JsonResult[];
const shape = (results: JsonResult[]) => results.map((r) => r.findings.map((f) => [f.ruleId, f.severity, f.recipients, f.spans, f.fixes.map((x) => x.edits)]));

describe('check --lang', () => {
  it('cy: the same findings as English, every message, clause and fix title in Welsh', async () => {
    const english = await runCli(['check', '--format', 'json', '--lang', 'en', ...drafts]);
    const welsh = await runCli(['check', '--format', 'json', '--lang', 'cy', ...drafts]);
    expect(welsh.code).toBe(english.code);
    expect(shape(parse(welsh.stdout))).toEqual(shape(parse(english.stdout)));
    const englishTexts = new Set<string>(Object.values(en));
    const findings = parse(welsh.stdout).flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      for (const text of [f.message, f.citation, ...f.fixes.map((x) => x.title)]) {
        expect(englishTexts.has(text)).toBe(false);
        // The e-mail's own words are quoted, and may be English.
        expect(text.replace(/"[^"]*"/g, '""')).not.toMatch(/\b(?:the|this|is|are|should|must|email)\b/);
      }
    }
  });

  it('cy: the text report around the findings is Welsh too', async () => {
    const { stdout } = await runCli(['check', '--lang', 'cy', ...drafts]);
    expect(stdout).toContain('cymal:');
    expect(stdout).toContain('cywiriad 1:');
    expect(stdout).toMatch(/\d+ gwall, \d+ rhybudd mewn 3 ffeil/);
    expect(stdout).not.toMatch(/clause:|fix 1:|no problems found/);
  });

  it('follows LANG when --lang is not given, and --lang wins over LANG', async () => {
    const fromLocale = await runCli(['check', ...drafts], { locale: 'cy_GB.UTF-8' });
    expect(fromLocale.stdout).toContain('cymal:');
    const overridden = await runCli(['check', '--lang', 'en', ...drafts], { locale: 'cy_GB.UTF-8' });
    expect(overridden.stdout).toContain('clause:');
    const plain = await runCli(['check', ...drafts], { locale: 'C.UTF-8' });
    expect(plain.stdout).toContain('clause:');
  });

  it('refuses a language it does not speak', async () => {
    const { code, stderr } = await runCli(['check', '--lang', 'fr', ...drafts]);
    expect(code).toBe(2);
    expect(stderr).toContain("'fr' is invalid");
  });
});

describe('messages.json beside the policy', () => {
  function council(messages: unknown): { directory: string; policy: string } {
    const dir = tempDir();
    copyFileSync(join(sampleCouncil, 'directory.json'), join(dir, 'directory.json'));
    copyFileSync(join(sampleCouncil, 'policy.json'), join(dir, 'policy.json'));
    writeFileSync(join(dir, 'messages.json'), JSON.stringify(messages));
    return { directory: join(dir, 'directory.json'), policy: join(dir, 'policy.json') };
  }

  it('replaces a translation without a code change', async () => {
    const files = council({ cy: { 'no-blind-copy.message.member': 'Mae {name} mewn copi dall. Symudwch nhw i Cc.' } });
    const { stdout } = await runCli(['check', '--lang', 'cy', '--directory', files.directory, '--policy', files.policy, ...drafts]);
    expect(stdout).toContain('Mae Cyng. Beth Holloway mewn copi dall. Symudwch nhw i Cc.');
  });

  it('reports an unknown key or parameter at its path', async () => {
    const files = council({ cy: { 'no-blind-copy.mesage.member': 'x', 'no-blind-copy.message.member': 'Mae {person} mewn copi dall.' }, fr: {} });
    const { code, stderr } = await runCli(['check', '--directory', files.directory, '--policy', files.policy, ...drafts]);
    expect(code).toBe(2);
    expect(stderr).toContain('messages.json: cy.no-blind-copy.mesage.member: unknown message — did you mean "no-blind-copy.message.member"?');
    expect(stderr).toContain('cy.no-blind-copy.message.member: unknown parameter {person} — this message can use {name}');
    expect(stderr).toContain('fr: unknown language');
  });
});

describe('the command line catalogue', () => {
  it('has every key in English and Welsh with the same parameters', () => {
    expect(Object.keys(cliCy).sort()).toEqual(Object.keys(cliEn).sort());
    for (const key of Object.keys(cliEn) as Array<keyof typeof cliEn>) expect([key, parameterNames(cliCy[key])]).toEqual([key, parameterNames(cliEn[key])]);
  });
});
