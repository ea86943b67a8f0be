// No user-facing English left in code that speaks to the user: the rules, check(), the fixes'
// sentences, the on-send handler and the CLI report take their words from the catalogues. A
// string literal of three or more words is a sentence; the allow-list says why each one is not.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SCANNED = [
  ...readdirSync(join(ROOT, 'src/engine/rules')).map((f) => `src/engine/rules/${f}`),
  'src/engine/check.ts', 'src/engine/fixes/copy-statement.ts', 'src/engine/fixes/offered.ts',
  ...readdirSync(join(ROOT, 'src/launchevent')).map((f) => `src/launchevent/${f}`),
  'src/cli/report-text.ts',
];

const ALLOWED: Record<string, string> = {
  // Text the rule looks for in the e-mail, not text it shows.
  'on behalf of ${councilName.toLowerCase()}': 'capacity-stated reads the e-mail for it',
  // Thrown only for a config file of the wrong shape; the alert quotes it as the technical reason.
  'the council directory is not in the expected format': 'a technical reason inside the translated failure alert',
  'the council policy is not in the expected format': 'a technical reason inside the translated failure alert',
};

/** String literals (and the fixed parts of template literals) outside comments. */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const pattern = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (let m = pattern.exec(code); m; m = pattern.exec(code)) found.push(m[1] ?? m[2] ?? m[3] ?? '');
  return found;
}

const SENTENCE = /[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}/;

describe('no user-facing English in code', () => {
  it.each(SCANNED)('%s', (file) => {
    const sentences = literals(readFileSync(join(ROOT, file), 'utf8'))
      .filter((text) => !text.startsWith('../') && !text.startsWith('./'))
      .filter((text) => SENTENCE.test(text.replace(/\$\{[^}]*\}/g, '')) && !(text in ALLOWED));
    expect(sentences).toEqual([]);
  });

  it('finds a sentence when there is one (the scanner works)', () => {
    expect(literals("const a = 'This email is copied'; // Not this one\nconst b = `And ${x} this one too`;").filter((t) => SENTENCE.test(t.replace(/\$\{[^}]*\}/g, '')))).toEqual(['This email is copied', 'And ${x} this one too']);
  });
});
