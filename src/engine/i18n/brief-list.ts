// A list of names kept short for the on-send alert (Outlook's 500 characters): the first few, then
// "and N others" in the user's language.
import type { Translator } from './translator';

export function briefList(t: Translator, names: readonly string[], max: number): string {
  if (names.length <= max) return t.list(names);
  const shown = names.slice(0, max - 1);
  return t.list([...shown, t.t('list.more', { count: names.length - shown.length })]);
}
