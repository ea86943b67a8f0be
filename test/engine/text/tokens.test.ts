// The tokenizer's words, offsets and capitals, and the word numbers it keeps beside each list
// (which the phrase index uses to skip words that start no phrase).
import { tokenize, wordsOf, type Token } from '../../../src/engine/text/tokens';
import { WordTable } from '../../../src/engine/text/word-table';

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it('splits on anything but letters and digits, and keeps an apostrophe between letters', () => {
    expect(norms("Don't park on St Helen’s Road, 12b – ok?")).toEqual(['dont', 'park', 'on', 'st', 'helens', 'road', '12b', 'ok']);
  });
  it('gives a possessive the word without it, and marks capitals', () => {
    const [labour, costs] = tokenize("Labour's costs");
    expect(labour).toMatchObject({ norm: 'labours', alt: 'labour', capitalised: true });
    expect(costs).toMatchObject({ norm: 'costs', alt: undefined, capitalised: false });
  });
  it('reports offsets into the text, shifted by the offset given', () => {
    const text = 'Dear  Cllr Price,';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
    expect(tokenize(text, 100).map((t) => t.start)).toEqual(tokenize(text).map((t) => t.start + 100));
  });
  it('lowers each word on its own when lowering the whole text changes its length', () => {
    expect(norms('İstanbul ward')).toEqual(['i̇stanbul', 'ward']);
    expect(wordsOf(tokenize('İstanbul ward'))!.numbers).toEqual(new Int32Array([-1, -1]));
  });
  it('numbers each distinct word once, and gives one string per distinct word', () => {
    const tokens = tokenize('The bin, the BIN and the bins; don’t');
    const words = wordsOf(tokens)!;
    tokens.forEach((token: Token, i) => {
      const number = words.numbers[i]!;
      // A word with an apostrophe has no number: its alt may differ from its norm.
      if (token.norm === 'dont') expect(number).toBe(-1);
      else expect(words.words[number]).toBe(token.norm);
    });
    expect(words.numbers[1]).toBe(words.numbers[3]);
    expect(words.numbers[1]).not.toBe(words.numbers[6]);
    expect(tokens[0]!.norm).toBe(tokens[2]!.norm);
    expect(new Set(words.words).size).toBe(words.words.length);
  });
  it('keeps word numbers only for the lists it made', () => {
    expect(wordsOf(tokenize('a b').slice())).toBeUndefined();
  });
});

describe('WordTable', () => {
  it('finds a word again among thousands, whatever the hash collisions', () => {
    const table = new WordTable();
    const text = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const numbers: number[] = [];
    let start = 0;
    for (const word of text.split(' ')) {
      // A constant hash puts every word in one probe chain: only the comparison tells them apart.
      numbers.push(table.numberOf(text, start, start + word.length, word.length % 3));
      start += word.length + 1;
    }
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(table.numberOf('x w4321 y', 2, 7, 'w4321'.length % 3)).toBe(4321);
    expect(table.words[4321]).toBe('w4321');
  });
});
