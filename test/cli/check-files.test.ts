// check over many files: every readable draft is checked and printed, the unreadable ones are
// listed on stderr (exit 2); size limits; binary files; the progress line on a terminal only.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, run, sampleDrafts, tempDir } from './run-cli';

const good = [join(sampleDrafts, 'member-promises-payment.json'), join(sampleDrafts, 'officer-clean-reply.json')];

function draftWithBody(body: string): string {
  const file = join(tempDir(), 'big.json');
  writeFileSync(file, JSON.stringify({ from: { email: 'helen.rudd@harburyvale.gov.uk' }, to: [{ email: 'someone@example.org' }], cc: [], bcc: [], subject: 'Notes', body }));
  return file;
}

describe('check with an unreadable file among good ones', () => {
  it('prints every good result as JSON, lists the missing file on stderr, and exits 2', async () => {
    const missing = join(tempDir(), 'gone.json');
    const { code, stdout, stderr } = await run('check', '--format', 'json', good[0]!, missing, good[1]!);
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as { file: string; findings: { ruleId: string }[] }[];
    expect(results.map((r) => r.file)).toEqual(good);
    expect(results[0]!.findings.map((f) => f.ruleId)).toEqual(['member-signature']);
    expect(stderr).toBe(`${missing}: file not found — check the path\n`);
  });

  it('prints the text report for the good ones and counts the unreadable in the summary', async () => {
    const { code, stdout, stderr } = await run('check', good[1]!, 'notes.txt');
    expect(code).toBe(2);
    expect(stdout).toContain('✓ no problems found');
    expect(stdout).toContain('in 1 file (1 more could not be read — listed on stderr)');
    expect(stderr).toContain('notes.txt: unsupported file type');
  });

  it('prints an empty JSON array when nothing could be read', async () => {
    const { code, stdout } = await run('check', '--format', 'json', 'nope.json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual([]);
  });
});

describe('check size limits', () => {
  it('reports a draft over --max-size and checks the others', async () => {
    const big = draftWithBody('word '.repeat(30_000));
    const { code, stdout, stderr } = await run('check', '--format', 'json', '--max-size', '100KB', big, good[1]!);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^${big.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 146\\.\\d KB of JSON is over the 100 KB limit — not checked \\(give --max-size \\d+MB to check it anyway\\)\\n$`));
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual([good[1]]);
  });

  it('checks the same draft when the limit allows it', async () => {
    const big = draftWithBody('word '.repeat(30_000));
    const { code, stderr } = await run('check', '--max-size', '1MB', big);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('measures the text of an .eml, not only the file', async () => {
    const file = join(tempDir(), 'long.eml');
    writeFileSync(file, `From: Helen Rudd <helen.rudd@harburyvale.gov.uk>\r\nTo: someone@example.org\r\nSubject: Notes\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${'word '.repeat(20_000)}\r\n`);
    const { code, stderr } = await run('check', '--max-size', '50KB', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/: 97\.\d KB of text is over the 50 KB limit — not checked/);
  });

  it('has a default limit of 5 MB', async () => {
    const big = draftWithBody('x'.repeat(5 * 1024 * 1024 + 10));
    const { code, stderr } = await run('check', big);
    expect(code).toBe(2);
    expect(stderr).toContain('over the 5 MB limit');
  });
});

describe('check on a binary file named .json', () => {
  it('says it is not a text file, printing no control bytes', async () => {
    const file = join(tempDir(), 'photo.json');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x1b, 0x5b, 0x32, 0x4a]));
    const { code, stderr } = await run('check', file);
    expect(code).toBe(2);
    expect(stderr).toBe(`${file}: not a text file (it holds binary data) — a .json draft must be the Draft format as text\n`);
  });

  it('never prints control bytes from a file, whatever the message', async () => {
    const file = join(tempDir(), 'odd.json');
    writeFileSync(file, '\u001b[2J\u0007{');
    const { stderr } = await run('check', file);
    // eslint-disable-next-line no-control-regex
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stderr).toContain('\\x1b');
  });
});

describe('the progress line', () => {
  const files = [...good, ...good, ...good];

  it('shows files done and the rate on stderr when stderr is a terminal, then clears itself', async () => {
    let ms = 0;
    const { stdout, stderr } = await runCli(['check', '--format', 'json', ...files], { progress: true, clock: () => (ms += 500) });
    expect(JSON.parse(stdout)).toHaveLength(files.length);
    expect(stderr).toMatch(/\rchecked 1 of 6 files \(\d+(\.\d)? files\/s\)/);
    expect(stderr).toContain('\rchecked 6 of 6 files');
    // The line is blanked out and the cursor returned to the start: nothing is left on screen.
    const segments = stderr.split('\r');
    expect(segments.at(-1)).toBe('');
    expect(segments.at(-2)!.trim()).toBe('');
    expect(segments.at(-2)!.length).toBeGreaterThanOrEqual('checked 6 of 6 files'.length);
  });

  it('is silent when stderr is not a terminal', async () => {
    let ms = 0;
    const { stderr } = await runCli(['check', '--format', 'json', ...files], { progress: false, clock: () => (ms += 500) });
    expect(stderr).toBe('');
  });
});
