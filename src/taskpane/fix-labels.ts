// Short verb labels for fixes ("Copy Beth and Kamal", "Move to Cc", "Remove sentence"), read from
// what the fix does rather than its full title, so buttons fit on one line in a narrow pane.
import type { Edit, Fix } from '../engine';

function list(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const FIELD = { to: 'To', cc: 'Cc', bcc: 'Bcc' } as const;

function recipientPart(edits: readonly Edit[], shortName: (email: string) => string): string | undefined {
  const added = edits.filter((e): e is Extract<Edit, { op: 'addRecipient' }> => e.op === 'addRecipient');
  const removed = edits.filter((e): e is Extract<Edit, { op: 'removeRecipient' }> => e.op === 'removeRecipient');
  const key = (email: string) => email.toLowerCase();
  if (added.length > 0) {
    const moved = added.every((a) => removed.some((r) => key(r.email) === key(a.email)));
    const names = added.map((a) => shortName(a.email));
    return moved ? `Move ${list(names)} to ${FIELD[added[0]!.field]}` : `Copy ${list(names)}`;
  }
  if (removed.length > 0) return `Remove ${list(removed.map((r) => shortName(r.email)))} from ${FIELD[removed[0]!.field]}`;
  return undefined;
}

function textPart(edits: readonly Edit[]): string | undefined {
  const replace = edits.find((e): e is Extract<Edit, { op: 'replaceText' }> => e.op === 'replaceText');
  if (replace) {
    if (replace.replacement.trim() !== '') return 'reword';
    return /[.!?]["'\u2019\u201d)]?\s*$/.test(replace.span.text) ? 'remove sentence' : 'remove words';
  }
  if (edits.some((e) => e.op === 'setDelayDelivery')) return 'send in office hours';
  // A sentence stating who is copied goes with a copy; on its own it is worth naming.
  if (edits.some((e) => e.op === 'insertText')) return 'add a sentence';
  return undefined;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One short label naming what the fix does; the fix's own title when its edits say nothing plainer. */
export function fixLabel(fix: Fix, shortName: (email: string) => string): string {
  const people = recipientPart(fix.edits, shortName);
  const text = textPart(fix.edits);
  if (people && text && text !== 'add a sentence') return `${people} and ${text}`;
  if (people) return people;
  return text ? capital(text) : fix.title;
}
