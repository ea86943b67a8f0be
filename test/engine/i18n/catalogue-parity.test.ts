// Every key in both catalogues, with the same parameters, and every message renders: the engine's
// (en.ts / cy.ts), the task pane's and simulator's (src/taskpane/i18n/pane-en.ts / pane-cy.ts), the
// config problems' (config-en/cy.ts), Fix all's reasons (fix-reasons-en/cy.ts) and the CLI's.
import { cy } from '../../../src/engine/i18n/cy';
import { en } from '../../../src/engine/i18n/en';
import { parameterNames, render } from '../../../src/engine/i18n/format';
import { RULE_IDS } from '../../../src/engine/config/rule-ids';
import { paneCy } from '../../../src/taskpane/i18n/pane-cy';
import { paneEn } from '../../../src/taskpane/i18n/pane-en';
import { configCy } from '../../../src/engine/i18n/config-cy';
import { configEn } from '../../../src/engine/i18n/config-en';
import { fixReasonsCy } from '../../../src/engine/i18n/fix-reasons-cy';
import { fixReasonsEn } from '../../../src/engine/i18n/fix-reasons-en';
import { cliCy, cliEn } from '../../../src/cli/messages';
import { messagesFileCy } from '../../../src/engine/i18n/messages-file-cy';
import { messagesFileEn } from '../../../src/engine/i18n/messages-file-en';

// Parameters only one language's grammar needs (English "a"/"an" before a ward name).
const GRAMMAR_ONLY: Record<string, string[]> = { 'capacity-stated.message': ['vowel'] };

type Strings = Readonly<Record<string, string>>;
const PAIRS: Array<[string, Strings, Strings]> = [
  ['engine', en, cy], ['task pane and simulator', paneEn, paneCy],
  ['config problems', configEn, configCy], ['messages.json problems', messagesFileEn, messagesFileCy],
  ['Fix all reasons and steps', fixReasonsEn, fixReasonsCy],
  ['command line (report, import, election, --help)', cliEn, cliCy],
];

describe.each(PAIRS)('%s catalogues', (_name, english, welsh) => {
  it('have the same keys in English and Welsh', () => {
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('%s: same parameters in both languages, and Welsh is not English', (key) => {
    const extra = GRAMMAR_ONLY[key] ?? [];
    expect(parameterNames(welsh[key]!)).toEqual(parameterNames(english[key]!).filter((p) => !extra.includes(p)));
    // Welsh text that is word-for-word the English was not translated (names and codes excepted).
    if (/[a-z]{4,} [a-z]{3,}/.test(english[key]!)) expect(welsh[key]).not.toBe(english[key]);
  });

  it('render every message with sample parameters in both languages without leaving braces', () => {
    for (const [catalogue, lang] of [[english, 'en'], [welsh, 'cy']] as const) {
      for (const [key, text] of Object.entries(catalogue)) {
        const params = Object.fromEntries(parameterNames(text).map((p) => [p, p === 'count' || p === 'wardCount' ? 2 : 'X']));
        const out = render(text, params, lang);
        expect([key, /[{}]/.test(out.replace(/\*\*/g, ''))]).toEqual([key, false]);
      }
    }
  });
});

describe('engine catalogue', () => {

  it('give every rule a title, an on-send label, a description and a citation', () => {
    for (const id of RULE_IDS) {
      for (const part of ['title', 'label', 'description', 'citation']) expect(Object.keys(en)).toContain(`${id}.${part}`);
    }
  });

});

describe('format', () => {
  it('fills parameters, selects and plural categories (Welsh has zero, one, two, few, many, other)', () => {
    expect(render('{n, plural, one {# ward} other {# wards}}', { n: 1 }, 'en')).toBe('1 ward');
    expect(render('{n, plural, one {# ward} other {# wards}}', { n: 4 }, 'en')).toBe('4 wards');
    const welsh = '{n, plural, zero {dim cathod} one {# gath} two {# gath} few {# chath} many {# chath} other {# cath}}';
    expect([0, 1, 2, 3, 6, 7].map((n) => render(welsh, { n }, 'cy'))).toEqual(['dim cathod', '1 gath', '2 gath', '3 chath', '6 chath', '7 cath']);
    expect(render('{n, plural, =2 {both} other {all #}}', { n: 2 }, 'en')).toBe('both');
    expect(render('{k, select, a {A {x}} other {O}}', { k: 'a', x: "o'r" }, 'cy')).toBe("A o'r");
    expect(render('{k, select, a {A} other {O}}', { k: 'b' }, 'en')).toBe('O');
  });
});
