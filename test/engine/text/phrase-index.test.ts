// The phrase index finds the same matches whether or not it can use the tokenizer's word numbers
// (a copied token list has none), and notices phrases added after a search.
import { PhraseIndex, expandPhrase, longestMatches } from '../../../src/engine/text/phrase-index';
import { phraseWords, tokenize, wordsAt } from '../../../src/engine/text/tokens';

function indexOf(patterns: string[]): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const p of patterns) index.add(p, p);
  return index;
}

describe('PhraseIndex', () => {
  const text = "Labour's costs rose. The Labour group voted for the cuts; labour costs and the green waste depot, St Helen’s Road, vote for us!";
  const index = indexOf(['labour', 'labour group', 'labour costs', 'vote {for|to} {me|us}', 'green waste', 'st helens road', 'the']);

  it('finds every phrase on whole words, possessives included', () => {
    const found = index.matchAll(tokenize(text)).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(["Labour's", "Labour's costs", 'The', 'Labour', 'Labour group', 'the', 'labour', 'labour costs', 'the', 'green waste', 'St Helen’s Road', 'vote for us']);
  });

  it('gives the same matches with and without the word numbers, over any range', () => {
    const tokens = tokenize(text);
    // A character whose lower case is longer ("İ") makes the tokenizer lower each word on its own
    // and number none of them: every token then takes the by-text path.
    const copy = tokenize(`${text} İ`);
    expect(copy.words.numbers.every((n) => n === -1)).toBe(true);
    for (let from = 0; from < tokens.length; from += 3) {
      for (let to = from; to <= tokens.length; to += 4) expect(index.matchAll(tokens, from, to)).toEqual(index.matchAll(copy, from, to));
    }
  });

  it("follows both readings of a word with \"'s\" when each goes on to a phrase", () => {
    // "whips" (as written) starts "the whips note"; "whip" (the word before "'s" — here "whip is") ends "the whip".
    const both = indexOf(['the whips note', 'the whip', 'the whip on']);
    const t = "Mind the whip's on for Thursday; the whips note is out.";
    expect(both.matchAll(tokenize(t)).map((m) => t.slice(m.start, m.end))).toEqual(["the whip's", "the whip's on", 'the whips note']);
    // A word that only one reading continues is unchanged.
    expect(indexOf(['the whip']).matchAll(tokenize("the whip's note")).map((m) => m.value)).toEqual(['the whip']);
  });

  it('finds a phrase added after a search of the same tokens', () => {
    const tokens = tokenize('the depot on Ferry Lane');
    const later = indexOf(['depot']);
    expect(later.matchAll(tokens)).toHaveLength(1);
    later.add('ferry lane', 'ferry lane');
    expect(later.matchAll(tokens).map((m) => m.value)).toEqual(['depot', 'ferry lane']);
  });

  it('keeps the longest of overlapping matches', () => {
    const kept = longestMatches(index.matchAll(tokenize('the Labour group'))).map((m) => m.value);
    expect(kept).toEqual(['the', 'labour group']);
  });

  it('keeps phrases apart when their expansions share an ending, and when a later phrase passes through the shared part', () => {
    const shared = indexOf(['{i|we} {am|are} {your|a} councillor', 'we are your councillor today']);
    const t = 'I am a councillor today. We are your councillor today.';
    expect(shared.matchAll(tokenize(t)).map((m) => `${t.slice(m.start, m.end)} = ${m.value}`)).toEqual([
      'I am a councillor = {i|we} {am|are} {your|a} councillor',
      'We are your councillor = {i|we} {am|are} {your|a} councillor',
      'We are your councillor today = we are your councillor today',
    ]);
  });

  it('finds exactly what a plain search for every expansion finds, whatever the order the patterns were added in', () => {
    // A small vocabulary, so that patterns overlap, share endings and pass through each other's nodes.
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const words = ['a', 'b', 'c', 'd', 'e', 'f'];
    const part = () => (random(3) === 0 ? `{${words[random(6)]}|${words[random(6)]} ${words[random(6)]}|}` : words[random(6)]!);
    const patterns = Array.from({ length: 80 }, () => Array.from({ length: 2 + random(4) }, part).join(' '));
    const index = indexOf(patterns);
    const text = Array.from({ length: 1500 }, () => words[random(3)]).join(' ');
    const tokens = tokenize(text);
    const expected: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const here: [number, string][] = [];
      for (const pattern of patterns) {
        for (const phrase of expandPhrase(pattern)) {
          const ws = phraseWords(phrase);
          if (ws.length > 0 && wordsAt(tokens, i, ws)) here.push([i + ws.length, pattern]);
        }
      }
      here.sort((x, y) => x[0] - y[0]);
      expected.push(...here.map(([last, pattern]) => `${i}-${last} ${pattern}`));
    }
    const found = index.matchAll(tokens).map((m) => `${m.first}-${m.last} ${m.value}`);
    expect(found.length).toBeGreaterThan(500);
    expect([...found].sort()).toEqual([...expected].sort());
  });
});
