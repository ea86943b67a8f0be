// The tokenizer's words, offsets and capitals, and the word numbers it keeps beside each list
// (which the phrase index uses to skip words that start no phrase).
import { tokenize, wordsAt, wordsOf } from '../../../src/engine/text/tokens';
import { WordTable } from '../../../src/engine/text/word-table';

const norms = (text: string): string[] => tokenize(text).norms();

describe('tokenize', () => {
  it('splits on anything but letters and digits, and keeps an apostrophe between letters', () => {
    expect(norms("Don't park on St Helen’s Road, 12b – ok?")).toEqual(['dont', 'park', 'on', 'st', 'helens', 'road', '12b', 'ok']);
  });
  it('gives a possessive the word without it, and marks capitals', () => {
    const [labour, costs] = tokenize("Labour's costs");
    expect(labour).toMatchObject({ norm: 'labours', alt: 'labour', capitalised: true });
    expect(costs).toMatchObject({ norm: 'costs', alt: undefined, capitalised: false });
  });
  it("gives a Welsh name or pronoun with \u2019n the word without it (\"pan oedd Lowri'n delio\"), not a two-letter word", () => {
    const [lowri, hi, don] = tokenize("Lowri'n hi’n don'n");
    expect(lowri).toMatchObject({ norm: 'lowrin', alt: 'lowri' });
    expect(hi).toMatchObject({ norm: 'hin', alt: 'hi' });
    expect(don).toMatchObject({ norm: 'donn', alt: 'don' });
    expect(tokenize("o'n").get(0)).toMatchObject({ norm: 'on', alt: undefined });
  });
  it('reports offsets into the text, shifted by the offset given', () => {
    const text = 'Dear  Cllr Price,';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
    expect(tokenize(text, 100).slice().map((t) => t.start)).toEqual(tokenize(text).slice().map((t) => t.start + 100));
  });
  it('lowers each word on its own when lowering the whole text changes its length', () => {
    expect(norms('İstanbul ward')).toEqual(['i̇stanbul', 'ward']);
    expect(wordsOf(tokenize('İstanbul ward'))!.numbers).toEqual(new Int32Array([-1, -1]));
  });
  it('numbers each distinct word once, and gives one string per distinct word', () => {
    const tokens = tokenize('The bin, the BIN and the bins; don’t');
    const words = wordsOf(tokens)!;
    tokens.slice().forEach((token, i) => {
      const number = words.numbers[i]!;
      // A word with an apostrophe has no number: its alt may differ from its norm.
      if (token.norm === 'dont') expect(number).toBe(-1);
      else expect(words.words[number]).toBe(token.norm);
    });
    expect(words.numbers[1]).toBe(words.numbers[3]);
    expect(words.numbers[1]).not.toBe(words.numbers[6]);
    expect(tokens.norm(0)).toBe(tokens.norm(2));
    expect(new Set(words.words).size).toBe(words.words.length);
  });
  it('reads every field by index as the token objects give it, and nothing past either end', () => {
    const tokens = tokenize("Mrs O'Brien's bins, Ferry Lane");
    expect(tokens.length).toBe(5);
    tokens.slice().forEach((token, i) => {
      expect([tokens.norm(i), tokens.alt(i), tokens.start(i), tokens.end(i), tokens.capitalised(i)]).toEqual([token.norm, token.alt, token.start, token.end, token.capitalised]);
      expect(tokens.get(i)).toEqual(token);
    });
    expect(tokens.alt(1)).toBe('obrien');
    for (const outside of [-1, 5, 99]) {
      expect([tokens.norm(outside), tokens.alt(outside), tokens.start(outside), tokens.end(outside), tokens.capitalised(outside), tokens.get(outside)]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    }
  });
  it('slices and lists words with the bounds of an array', () => {
    const tokens = tokenize('one two three four');
    expect(tokens.slice(1, 3).map((t) => t.norm)).toEqual(['two', 'three']);
    expect(tokens.slice(-2).map((t) => t.norm)).toEqual(['three', 'four']);
    expect(tokens.slice(3, 99).map((t) => t.norm)).toEqual(['four']);
    expect(tokens.norms(2)).toEqual(['three', 'four']);
    expect(tokens.norms(-3, 1)).toEqual(['one']);
    expect([...tokens].map((t) => t.norm)).toEqual(['one', 'two', 'three', 'four']);
  });
  it('matches words from a position, a possessive by its bare word too, and never past the end', () => {
    const tokens = tokenize("the Labour's group");
    expect(wordsAt(tokens, 1, ['labour', 'group'])).toBe(true);
    expect(wordsAt(tokens, 1, ['labours', 'group'])).toBe(true);
    expect(wordsAt(tokens, 2, ['group', 'meeting'])).toBe(false);
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
