// Short verb labels for fixes ("Copy Beth and Kamal", "Move to Cc", "Remove sentence"), read from
// what the fix does rather than its full title, so buttons fit on one line in a narrow pane.
import type { Edit, Fix } from '../engine';
import type { PaneKey, Words } from './i18n/words';

function recipientPart(edits: readonly Edit[], shortName: (email: string) => string, words: Words): string | undefined {
  const added = edits.filter((e): e is Extract<Edit, { op: 'addRecipient' }> => e.op === 'addRecipient');
  const removed = edits.filter((e): e is Extract<Edit, { op: 'removeRecipient' }> => e.op === 'removeRecipient');
  const key = (email: string) => email.toLowerCase();
  if (added.length > 0) {
    const moved = added.every((a) => removed.some((r) => key(r.email) === key(a.email)));
    const names = added.map((a) => shortName(a.email));
    return moved ? words.t('pane.fix.move', { names: words.list(names), field: added[0]!.field }) : words.t('pane.fix.copy', { names: words.list(names) });
  }
  if (removed.length > 0) return words.t('pane.fix.remove', { names: words.list(removed.map((r) => shortName(r.email))), field: removed[0]!.field });
  return undefined;
}

function textPart(edits: readonly Edit[]): PaneKey | undefined {
  const replace = edits.find((e): e is Extract<Edit, { op: 'replaceText' }> => e.op === 'replaceText');
  if (replace) {
    if (replace.replacement.trim() !== '') return 'pane.fix.reword';
    return /[.!?]["'\u2019\u201d)]?\s*$/.test(replace.span.text) ? 'pane.fix.removeSentence' : 'pane.fix.removeWords';
  }
  if (edits.some((e) => e.op === 'setDelayDelivery')) return 'pane.fix.officeHours';
  // A sentence stating who is copied goes with a copy; on its own it is worth naming.
  if (edits.some((e) => e.op === 'insertText')) return 'pane.fix.addSentence';
  return undefined;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One short label naming what the fix does; the fix's own title when its edits say nothing plainer. */
export function fixLabel(fix: Fix, shortName: (email: string) => string, words: Words): string {
  const people = recipientPart(fix.edits, shortName, words);
  const text = textPart(fix.edits);
  if (people && text && text !== 'pane.fix.addSentence') return words.t('pane.fix.and', { people, text: words.t(text) });
  if (people) return people;
  return text ? capital(words.t(text)) : fix.title;
}
