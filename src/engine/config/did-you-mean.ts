// Suggests the nearest known name for a typo, so config errors can say what was meant.
import { configText, type ConfigText } from './config-text';

/** Edit distance between two short strings (Levenshtein, two-row). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate within a third of the word's length (at least 2 edits), or undefined. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(lower.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` — did you mean "x"?` (in the language of `t`) or the empty string. */
export function suggestion(word: string, candidates: readonly string[], t: ConfigText = configText()): string {
  const best = didYouMean(word, candidates);
  return best === undefined ? '' : t('config.didYouMean', { best });
}
