// Welsh words change their first sound after certain words ("esgeuluso" → "hesgeuluso" after
// "eu", "methiant" → "fethiant" after "ei", "Llafur" → "Lafur" after "gan"). A Welsh lexicon entry
// lists the radical form; this adds the soft, nasal and aspirate mutations and h-prothesis, so
// "wedi cael eu hesgeuluso gan Lafur" is read like "esgeuluso" and "Llafur".

const SOFT: [string, string][] = [['ll', 'l'], ['rh', 'r'], ['p', 'b'], ['t', 'd'], ['c', 'g'], ['b', 'f'], ['d', 'dd'], ['m', 'f'], ['g', '']];
const NASAL: [string, string][] = [['p', 'mh'], ['t', 'nh'], ['c', 'ngh'], ['b', 'm'], ['d', 'n'], ['g', 'ng']];
const ASPIRATE: [string, string][] = [['p', 'ph'], ['t', 'th'], ['c', 'ch']];
const VOWEL = /^[aeiouwyâêîôûŵŷ]/;

/** Every form a Welsh word can take at the start of a phrase: radical, mutated, with h-. */
export function welshForms(word: string): string[] {
  const lower = word.toLowerCase();
  const forms = new Set([lower]);
  for (const table of [SOFT, NASAL, ASPIRATE]) {
    const rule = table.find(([from]) => lower.startsWith(from));
    // "ll" must not also be read as "l…"; the table lists digraphs first.
    if (rule) forms.add(rule[1] + lower.slice(rule[0].length));
  }
  if (VOWEL.test(lower)) forms.add(`h${lower}`);
  return [...forms].filter((f) => f.length > 1);
}

/** After a vowel the article is written onto the word before: "mae'r weinyddiaeth hon", "i'r Blaid", "o'r gangen". */
const ARTICLES = new Set(['y', 'yr']);

/**
 * Welsh phrases with every mutation of their first word ("esgeuluso", "hesgeuluso", …). A phrase that opens with the
 * article ("y weinyddiaeth hon") is also listed without it, for the "'r" that joins the word before ("Mae'r
 * weinyddiaeth hon…", read as "maer weinyddiaeth hon"); a one-letter first word keeps its own form ("y", "a", "i").
 */
export function cy(...phrases: string[]): string[] {
  return phrases.flatMap((phrase) => {
    const space = phrase.indexOf(' ');
    const first = space < 0 ? phrase : phrase.slice(0, space);
    const rest = space < 0 ? '' : phrase.slice(space);
    const forms = new Set([first.toLowerCase(), ...welshForms(first)]);
    const phrasesOf = [...forms].map((form) => form + rest);
    if (ARTICLES.has(first.toLowerCase()) && rest.trim() !== '') phrasesOf.push(rest.trim());
    return phrasesOf;
  });
}
