// Help on every command and subcommand (what each option does, defaults, an example), --version,
// and usage mistakes answered in plain words with the nearest valid choice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run-cli';

const COMMANDS = [[], ['check'], ['validate'], ['import'], ['import', 'moderngov'], ['import', 'officers'], ['import', 'places'], ['election']];

describe('--help', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || '(no command)', c] as const))('%s --help exits 0 with usage on stdout and nothing on stderr', async (_name, command) => {
    const { code, stdout, stderr } = await run(...command, '--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^Usage: protocol-check${command.length ? ` ${command.join(' ')}` : ''} `));
  });

  it.each(COMMANDS.filter((c) => c.length && c.join(' ') !== 'import').map((c) => [c.join(' '), c] as const))('%s --help explains every option and gives an example', async (_name, command) => {
    const { stdout } = await run(...command, '--help');
    const options = stdout.slice(stdout.indexOf('Options:')).split('\n').filter((l) => /^ {2}-/.test(l));
    expect(options.length).toBeGreaterThan(1);
    // Every option line carries a description after its flags (no bare "--timeout <ms>").
    for (const line of options) expect(line.trim()).toMatch(/^(-\w, )?--[\w-]+( <[\w.]+>)?\s{2,}\S/);
    expect(stdout).toMatch(/Examples?:\n {2}protocol-check /);
  });

  it('shows the defaults of check and import moderngov, including --timeout and the size limits', async () => {
    expect((await run('check', '--help')).stdout).toMatch(/--max-size <size>[\s\S]*\(default: 5MB\)/);
    const moderngov = (await run('import', 'moderngov', '--help')).stdout;
    expect(moderngov).toMatch(/--timeout <ms>[\s\S]*\(default: 20000\)/);
    expect(moderngov).toMatch(/--max-size <size>[\s\S]*\(default: 50MB\)/);
    expect(moderngov).toContain('--allow-removals');
    expect(moderngov).toContain('--dry-run');
  });

  it('import --help does not ask for --directory first', async () => {
    const { code, stdout, stderr } = await run('import', '--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/moderngov[\s\S]*officers[\s\S]*places/);
  });

  it('"help COMMAND" is the same as COMMAND --help', async () => {
    const { code, stdout } = await run('help', 'election');
    expect(code).toBe(0);
    expect(stdout).toBe((await run('election', '--help')).stdout);
  });
});

describe('--version', () => {
  it('prints the package version and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await run(flag);
      expect(code).toBe(0);
      expect(stdout.trim()).toBe(version);
    }
  });
});

describe('usage mistakes', () => {
  it('names the nearest option for a misspelt one, in plain words, exit 2', async () => {
    const { code, stdout, stderr } = await run('check', '--directry', 'x.json', 'a.json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("unknown option '--directry'");
    expect(stderr).toContain('Did you mean --directory?');
    expect(stderr).not.toMatch(/To specify a positional argument/);
  });

  it('names the nearest command and subcommand', async () => {
    expect((await run('chek', 'a.json')).stderr).toContain('Did you mean check?');
    const sub = await run('import', 'officer', 'a.csv', '--directory', 'd.json');
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain('Did you mean officers?');
  });

  it('says which option a command needs', async () => {
    const { code, stderr } = await run('import', 'officers', 'a.csv');
    expect(code).toBe(2);
    expect(stderr).toContain("required option '--directory <file>' not specified");
    expect((await run('election', '--policy', 'p.json')).stderr).toContain("required option '--polling-day <date>' not specified");
  });

  it('explains a bad size or time-out', async () => {
    expect((await run('check', '--max-size', 'big', 'a.json')).stderr).toContain('give a size such as 500KB, 5MB or 1GB');
    expect((await run('import', 'moderngov', '--url', 'http://x', '--timeout', 'soon', '--directory', 'd.json')).stderr).toContain('give a whole number of milliseconds');
  });
});
