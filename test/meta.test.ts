// Every registered rule has its docs page (with the standard headings) and its test file,
// and every docs page belongs to a rule (after ESLint's checkRuleFiles).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, rules } from '../src/engine';

const root = join(__dirname, '..');
const HEADINGS = ['## What it checks', '## Fix', '## Protocol clauses', '## Decisions'];

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('is a known rule id with a citation and description', () => {
    expect(RULE_IDS).toContain(id);
    expect(rule.meta.citation).toMatch(/§|\d{2}\.\d/);
    expect(rule.meta.description.length).toBeGreaterThan(20);
  });
  it('has docs/rules/<id>.md with the standard headings', () => {
    const page = readFileSync(join(root, 'docs', 'rules', `${id}.md`), 'utf8');
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    for (const heading of HEADINGS) expect(page).toContain(heading);
  });
  it('has test/engine/rules/<id>.test.ts', () => {
    expect(existsSync(join(root, 'test', 'engine', 'rules', `${id}.test.ts`))).toBe(true);
  });
  it('is defined in src/engine/rules/<id>.ts', () => {
    expect(readFileSync(join(root, 'src', 'engine', 'rules', `${id}.ts`), 'utf8')).toContain(`id: '${id}'`);
  });
});

it('has no docs page without a rule', () => {
  const pages = readdirSync(join(root, 'docs', 'rules')).map((f) => f.replace(/\.md$/, ''));
  expect(pages.sort()).toEqual(rules.map((r) => r.meta.id).sort());
});
