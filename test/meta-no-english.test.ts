// No user-facing English left in code that speaks to the user: the rules, check(), the fixes'
// sentences, the on-send handler and the CLI report take their words from the catalogues. A
// string literal of three or more words is a sentence; the allow-list says why each one is not.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isConfigKey } from '../src/engine/config/config-text';

const ROOT = join(__dirname, '..');
const inFolder = (folder: string): string[] => readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.ts')).map((f) => `${folder}/${f}`);
// Catalogues hold the words; everything else in these places must take its words from them.
const CATALOGUE = /(^|\/)(messages(-\w+)?|en|cy|config-(en|cy)|(fix|fetch)-reasons-(en|cy))\.ts$/;
const SCANNED = [
  ...inFolder('src/engine/rules'),
  'src/engine/check.ts', 'src/engine/fixes/copy-statement.ts', 'src/engine/fixes/offered.ts',
  ...inFolder('src/launchevent'),
  // The whole command line: report, errors, import, election, progress, --help.
  ...inFolder('src/cli'),
  // Config problems (path: problem), Fix all's reasons and steps, the Office adapter's notices.
  'src/engine/config/format-issues.ts', 'src/engine/config/load.ts', 'src/engine/config/did-you-mean.ts', 'src/engine/config/message-overrides.ts',
  'src/engine/fixes/text-changes.ts', 'src/engine/fixes/apply-edits.ts', 'src/engine/fixes/fix-all.ts',
  'src/office/office-adapter.ts', 'src/office/html-edits.ts', 'src/office/office-reader.ts',
  'src/taskpane/controller.ts',
  // The import parsers' notes and refusals, and the pane's config-loading notices.
  ...inFolder('src/import'),
  'src/taskpane/council-config.ts', 'src/office/fetch-json.ts',
].filter((file) => !CATALOGUE.test(file));

// The schemas' own checks: their zod messages must be config catalogue keys, worded per language.
const SCHEMAS = ['src/engine/config/directory-schema.ts', 'src/engine/config/policy-schema.ts', 'src/engine/config/draft-schema.ts', 'src/import/overrides.ts'];

const ALLOWED: Record<string, string> = {
  // Text the rule looks for in the e-mail, not text it shows.
  'on behalf of ${councilName.toLowerCase()}': 'capacity-stated reads the e-mail for it',
  // Thrown only for a config file of the wrong shape; the alert quotes it as the technical reason.
  'the council directory is not in the expected format': 'a technical reason inside the translated failure alert',
  'the council policy is not in the expected format': 'a technical reason inside the translated failure alert',
  // A column header the officers import looks for in a Microsoft 365 export, not text it shows.
  'User principal name': 'the officers import reads it in the export',
};

// JSON Schema descriptions (`.meta({ description: … })`) stay English by design: README, "Cymraeg".
const SCHEMA_DESCRIPTION = /\.meta\(\{ description: (['"`])(?:\\.|(?!\1)[^\\])*\1/g;

/** String literals (and the fixed parts of template literals) outside comments. */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1').replace(SCHEMA_DESCRIPTION, '');
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

  it.each(SCHEMAS)('%s: every zod message is a config catalogue key', (file) => {
    const messages = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/message: (['"`])((?:(?!\1).)*)\1/g)].map((m) => m[2]!);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect([message, isConfigKey(message)]).toEqual([message, true]);
  });

  it('finds a sentence when there is one (the scanner works)', () => {
    expect(literals("const a = 'This email is copied'; // Not this one\nconst b = `And ${x} this one too`;").filter((t) => SENTENCE.test(t.replace(/\$\{[^}]*\}/g, '')))).toEqual(['This email is copied', 'And ${x} this one too']);
  });

  it('passes over a JSON Schema description, and only that', () => {
    expect(literals("z.string().meta({ description: 'The member\\'s own words' }); t({ description: 'Shown to the user' });")).toEqual(['Shown to the user']);
  });
});
