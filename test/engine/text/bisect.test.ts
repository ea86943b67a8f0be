import { countBefore } from '../../../src/engine/text/bisect';
import { sentenceAt, sentenceIndexAt, splitSentences } from '../../../src/engine/text/sentences';

describe('countBefore', () => {
  const items = [1, 3, 3, 5, 8];
  it.each([[0, 0], [1, 0], [2, 1], [3, 1], [4, 3], [8, 4], [9, 5]])('items below %d: %d', (value, expected) => {
    expect(countBefore(items.length, (i) => items[i]! < value)).toBe(expected);
  });
  it('is 0 for an empty list', () => expect(countBefore(0, () => true)).toBe(0));
});

describe('sentenceIndexAt', () => {
  const text = 'First one here.  Second one there. Third.';
  const sentences = splitSentences(text);
  it('finds the sentence holding each offset, and -1 in the gap between two', () => {
    expect(sentenceIndexAt(sentences, 0)).toBe(0);
    expect(sentenceIndexAt(sentences, text.indexOf('Second'))).toBe(1);
    expect(sentenceIndexAt(sentences, text.indexOf('Third') + 2)).toBe(2);
    expect(sentenceIndexAt(sentences, text.indexOf('.') + 2)).toBe(-1);
    expect(sentenceAt(sentences, text.length + 5)).toBeUndefined();
  });
});
