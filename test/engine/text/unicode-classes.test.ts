// The compact class tables expand to exactly Unicode's classes over the BMP (surrogates aside),
// so the ES2016-safe patterns read letters as \p{L} would.
import { LETTER_CLASS, LOWER_CLASS, NUMBER_CLASS, UPPER_CLASS, WORD_CLASS } from '../../../src/engine/text/unicode-classes';

const classes: [string, string, RegExp][] = [
  ['WORD_CLASS', WORD_CLASS, /[\p{L}\p{N}\p{M}]/u],
  ['UPPER_CLASS', UPPER_CLASS, /[\p{Lu}\p{Lt}]/u],
  ['LOWER_CLASS', LOWER_CLASS, /\p{Ll}/u],
  ['LETTER_CLASS', LETTER_CLASS, /\p{L}/u],
  ['NUMBER_CLASS', NUMBER_CLASS, /\p{N}/u],
];

describe.each(classes)('%s', (_name, cls, property) => {
  it('matches exactly the same BMP characters as the Unicode property', () => {
    const compact = new RegExp(`^[${cls}]$`);
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (compact.test(ch) !== property.test(ch)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

it('Welsh letters are letters: ŵ, ŷ, â', () => {
  expect(new RegExp(`^[${LETTER_CLASS}]+$`).test('ŵŷâ')).toBe(true);
  expect(new RegExp(`^[${LOWER_CLASS}]+$`).test('ŵŷâ')).toBe(true);
});
