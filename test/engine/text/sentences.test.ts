import { splitSentences } from '../../../src/engine/text/sentences';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at full stops, question marks and exclamation marks followed by a capital', () => {
    expect(texts('The bins are done. Are you free? Good luck!')).toEqual(['The bins are done.', 'Are you free?', 'Good luck!']);
  });
  it('keeps abbreviations and titles inside the sentence', () => {
    expect(texts('Mr. Jones met Cllr. Price at St. Mary\'s, e.g. on Monday. Then he left.')).toEqual(["Mr. Jones met Cllr. Price at St. Mary's, e.g. on Monday.", 'Then he left.']);
    expect(texts('Under the Party Wall etc. Act 1996 you may appoint a surveyor.')).toHaveLength(1);
  });
  it('ends a sentence at a line break, except in a hard-wrapped line', () => {
    expect(texts('Kind regards,\nFatima')).toEqual(['Kind regards,', 'Fatima']);
    expect(texts('We will clear the fly-tipping on Ferry Lane this week and then\nlook at the signs.')).toEqual(['We will clear the fly-tipping on Ferry Lane this week and then\nlook at the signs.']);
  });
  it('keeps closing quotes with their sentence and reports body offsets', () => {
    const text = 'Intro.\n\nShe said: "It is done." Next one.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Intro.', 'She said: "It is done."', 'Next one.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('does not split decimals or prices', () => {
    expect(texts('It costs £1.50 a bag, about 2.5 times more.')).toHaveLength(1);
  });
});
