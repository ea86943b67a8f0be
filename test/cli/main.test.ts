// The command line, run in-process: formats, exit codes and error lines (formats.md contract).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run-cli';

const fixtures = join(__dirname, '..', 'fixtures');
const drafts = join(__dirname, '..', '..', 'src', 'sample-council', 'drafts');


function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pc-')), name);
  writeFileSync(file, content);
  return file;
}

describe('protocol-check check', () => {
  it('prints one JSON array and exits 1 when a finding is an error', async () => {
    const { code, stdout, stderr } = await run('check', '--format', 'json', join(drafts, 'member-promises-payment.json'));
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const parsed = JSON.parse(stdout);
    expect(parsed).toHaveLength(1);
    expect(parsed[0].file).toBe(join(drafts, 'member-promises-payment.json'));
    expect(parsed[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['member-signature']);
  });

  it('exits 0 on a clean draft and says so in the text report', async () => {
    const { code, stdout } = await run('check', join(drafts, 'officer-clean-reply.json'));
    expect(code).toBe(0);
    expect(stdout).toContain('✓ no problems found');
    expect(stdout).toContain('0 errors, 0 warnings in 1 file');
  });

  it('shows rule, clause, words in context and the fix in the text report', async () => {
    const { stdout } = await run('check', join(drafts, 'officer-reply-missing-ward-members.json'));
    expect(stdout).toContain('error   political-content');
    expect(stdout).toContain('clause: 002 Annex A §11.6');
    expect(stdout).toContain('[canvassing]');
    expect(stdout).toContain('fix 1: Copy both ward members');
    expect(stdout).not.toContain('\u001b['); // no colour codes when not on a terminal
  });

  it('reads an .eml draft, including its Bcc header', async () => {
    const { code, stdout } = await run('check', '--format', 'json', join(fixtures, 'member-bccs-member.eml'));
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout);
    expect(result.findings[0]).toMatchObject({ ruleId: 'no-blind-copy', severity: 'error', recipients: [{ email: 'hugh.carver@harburyvale.gov.uk', field: 'bcc' }] });
  });

  it('reads an HTML-only .eml and treats "RE:" as a reply', async () => {
    const { stdout } = await run('check', '--format', 'json', join(fixtures, 'officer-html-only.eml'));
    const [result] = JSON.parse(stdout);
    expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['ward-member-copy']);
  });

  it('uses --directory and --policy, and the policy can switch a rule off', async () => {
    const policy = tempFile('policy.json', JSON.stringify({ rules: { 'member-signature': { severity: 'off' } } }));
    const directory = join(__dirname, '..', '..', 'src', 'sample-council', 'directory.json');
    const { code, stdout } = await run('check', '--format', 'json', '--directory', directory, '--policy', policy, join(drafts, 'member-promises-payment.json'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].findings).toEqual([]);
  });

  it('exits 2 with path: problem lines for a bad directory, printing nothing on stdout', async () => {
    const directory = tempFile('directory.json', JSON.stringify({ council: { name: 'X', domains: ['x.gov.uk'] }, wards: [{ id: 'abbey', name: 'Abbey' }], members: [{ name: 'A B', email: 'a@x.gov.uk', ward: 'abby' }] }));
    const { code, stdout, stderr } = await run('check', '--directory', directory, join(drafts, 'officer-clean-reply.json'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${directory}: members[0].ward: unknown ward "abby" — did you mean "abbey"?\n`);
  });

  it('exits 2 for a missing draft file, an unknown type or malformed JSON', async () => {
    const bad = tempFile('draft.json', '{ "from": ');
    const { code, stderr } = await run('check', 'nope.json', 'notes.txt', bad);
    expect(code).toBe(2);
    expect(stderr).toContain('nope.json: file not found — check the path');
    expect(stderr).toContain('notes.txt: unsupported file type — give a draft as .json, .eml or .msg');
    expect(stderr).toMatch(/draft\.json: line 1, column \d+: not valid JSON/);
  });

  it('exits 2 for a draft that is not in the Draft format', async () => {
    const file = tempFile('draft.json', JSON.stringify({ to: [] }));
    const { code, stderr } = await run('check', file);
    expect(code).toBe(2);
    expect(stderr).toBe(`${file}: from: required — add an object\n`);
  });

  it('exits 2 for bad options', async () => {
    expect((await run('check', '--format', 'xml', 'a.json')).code).toBe(2);
    expect((await run('check', '--now', 'yesterday', 'a.json')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('check')).code).toBe(2);
  });
});

describe('protocol-check validate', () => {
  it('summarises the bundled sample council and exits 0', async () => {
    const { code, stdout } = await run('validate');
    expect(code).toBe(0);
    expect(stdout).toContain('Harbury Vale District Council: 5 wards, 13 members');
  });

  it('reports every problem in both files, then exits 2', async () => {
    const directory = tempFile('directory.json', JSON.stringify({ council: { name: 'X', domains: ['x.gov.uk'] }, wards: [], members: [], offices: [] }));
    const policy = tempFile('policy.json', JSON.stringify({ wardCopyMaxWards: 0 }));
    const { code, stderr } = await run('validate', '--directory', directory, '--policy', policy);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `${directory}: (top level): unknown field "offices" — did you mean "officers"?`,
      `${policy}: wardCopyMaxWards: Too small: expected number to be >=1`,
    ]);
  });
});

describe('protocol-check check on an Outlook .msg', () => {
  it('reads sender, To/Cc/Bcc, subject and body', async () => {
    const { writeMsg } = jest.requireActual('../support/msg-writer') as typeof import('../support/msg-writer');
    const bytes = writeMsg({
      from: { name: 'Helen Rudd', email: 'helen.rudd@harburyvale.gov.uk' },
      to: [{ name: 'Cllr Diane Forster', email: 'diane.forster@harburyvale.gov.uk' }],
      cc: [{ name: 'Cllr Owen Lewis', email: 'owen.lewis@harburyvale.gov.uk' }],
      bcc: [{ name: 'Cllr Beth Holloway', email: 'beth.holloway@harburyvale.gov.uk' }],
      subject: 'RE: Housing register',
      body: 'Dear Cllr Forster,\r\n\r\nThe figures for Mead Road are attached.\r\n\r\nKind regards,\r\nHelen',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'pc-')), 'draft.msg');
    writeFileSync(file, bytes);
    const { code, stdout } = await run('check', '--format', 'json', file);
    expect(code).toBe(1);
    const findings = JSON.parse(stdout)[0].findings as { ruleId: string; recipients: { email: string; field: string }[] }[];
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['copy-made-explicit', 'no-blind-copy']);
    expect(findings.find((f) => f.ruleId === 'no-blind-copy')!.recipients).toEqual([{ email: 'beth.holloway@harburyvale.gov.uk', field: 'bcc' }]);
  });

  it('says a file that is not a .msg is not one', async () => {
    const file = tempFile('draft.msg', 'hello');
    const { code, stderr } = await run('check', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/draft\.msg: not an Outlook \.msg file/);
  });
});
