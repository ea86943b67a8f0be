// The on-send bundle's loader drops lexicon examples and notes and leaves the phrases intact.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stripExamples } = require('../../scripts/webpack/strip-lexicon-examples.js') as { stripExamples: (s: string) => string };

const LEXICONS = join(__dirname, '..', '..', 'src', 'engine', 'lexicons');

describe('strip-lexicon-examples loader', () => {
  it('removes examples and notes, quotes and nested braces included', () => {
    const source = `const e = [{ id: 'a', phrases: ['x {y|z}'], examples: { match: ['a } b', "c { d"], noMatch: [\`e\`] }, note: 'why, really', capitalised: true }];`;
    expect(stripExamples(source).replace(/\s+/g, ' ')).toBe(`const e = [{ id: 'a', phrases: ['x {y|z}'], capitalised: true }];`);
  });

  it.each(readdirSync(LEXICONS).filter((f) => f.endsWith('.ts') && !/^(lexicon|shipped)\.ts$|-examples\.ts$/.test(f)))(
    '%s still compiles and keeps every phrase list once its examples are gone', (file) => {
      const source = readFileSync(join(LEXICONS, file), 'utf8');
      const stripped = stripExamples(source);
      const output = ts.transpileModule(stripped, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2016 } });
      expect(output.diagnostics ?? []).toEqual([]);
      expect(stripped.match(/phrases\s*:/g)?.length ?? 0).toBe(source.match(/phrases\s*:/g)?.length ?? 0);
      expect(stripped).not.toMatch(/\bexamples\s*:\s*\{/);
    });
});
