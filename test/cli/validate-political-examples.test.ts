// `validate` runs the council's own political-content examples through the rule.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run-cli';

const directory = join(__dirname, '..', '..', 'src', 'sample-council', 'directory.json');

function policyWith(political: unknown): string {
  const file = join(tempDir(), 'policy.json');
  writeFileSync(file, JSON.stringify({ political }));
  return file;
}

describe('protocol-check validate with political.examples', () => {
  it('passes when every example is read as the council meant', async () => {
    const policy = policyWith({ partyTerms: ['Llais'], examples: { political: ['Llais have ruined the market.'], notPolitical: ['Labour costs rose by 4%.'] } });
    const { code, stdout } = await run('validate', '--directory', directory, '--policy', policy);
    expect(code).toBe(0);
    expect(stdout).toContain('valid');
  });

  it('names the example, its path and what to change, and exits 2', async () => {
    const policy = policyWith({ examples: { political: ['Llais have ruined the market.'] } });
    const { code, stderr } = await run('validate', '--directory', directory, '--policy', policy);
    expect(code).toBe(2);
    expect(stderr).toContain(`${policy}: political.examples.political[0]:`);
    expect(stderr).toContain('political.partyTerms');
  });
});
