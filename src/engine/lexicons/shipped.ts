// Lexicon entries as the engine ships them: the examples that prove each entry live in a sibling
// *-examples.ts file that only the tests import, so the on-send bundle carries phrases alone.
import type { LexiconEntry } from './lexicon';

export type Phrases<C extends string = string> = Omit<LexiconEntry<C>, 'examples' | 'note'>;
export type Examples = LexiconEntry['examples'];

/** Entries the Lexicon class takes; it never reads the examples. */
export function shipped<C extends string>(entries: readonly Phrases<C>[]): LexiconEntry<C>[] {
  return entries.map((entry) => ({ ...entry, examples: { match: [] } }));
}

/** The entries with their examples, for the tests; an entry without examples is a mistake. */
export function withExamples<C extends string>(entries: readonly Phrases<C>[], examples: Readonly<Record<string, Examples>>): LexiconEntry<C>[] {
  return entries.map((entry) => {
    const own = examples[entry.id];
    if (!own) throw new Error(`Lexicon entry "${entry.id}" has no examples`);
    return { ...entry, examples: own };
  });
}
