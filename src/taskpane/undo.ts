// The edits that put a draft back as it was before Fix all: recipients restored field by field,
// and each text change the plan made turned round (so text it did not touch is not rewritten).
import { applyTextChanges, planTextChanges, senderNamesOf, type Address, type Draft, type Edit } from '../engine';

const FIELDS = ['to', 'cc', 'bcc'] as const;

function key(a: Address): string {
  return a.email.trim().toLowerCase();
}

function recipientEdits(before: Draft, now: Draft): Edit[] {
  const edits: Edit[] = [];
  for (const field of FIELDS) {
    const was = new Set(before[field].map(key));
    const is = new Set(now[field].map(key));
    for (const a of now[field]) if (!was.has(key(a))) edits.push({ op: 'removeRecipient', field, email: a.email });
    for (const a of before[field]) if (!is.has(key(a))) edits.push(a.name === undefined ? { op: 'addRecipient', field, email: a.email } : { op: 'addRecipient', field, email: a.email, name: a.name });
  }
  return edits;
}

/** One replacement covering what differs between the two texts (when the body was not as planned). */
function wholeDifference(was: string, is: string): Edit[] {
  if (was === is) return [];
  let start = 0;
  while (start < was.length && start < is.length && was[start] === is[start]) start++;
  let tail = 0;
  while (tail < was.length - start && tail < is.length - start && was[was.length - 1 - tail] === is[is.length - 1 - tail]) tail++;
  return [{ op: 'replaceText', span: { start, end: is.length - tail, text: is.slice(start, is.length - tail) }, replacement: was.slice(start, was.length - tail) }];
}

/**
 * Edits that turn `now` back into `before`, given the edits Fix all applied to `before`. When the
 * body is exactly what those edits make, each change is reversed on its own; otherwise (the host
 * wrote the text slightly differently, or the user typed since) one replacement covers the difference.
 */
export function undoEdits(before: Draft, now: Draft, applied: readonly Edit[]): Edit[] {
  const { changes } = planTextChanges(before.body, applied, senderNamesOf(before));
  const text: Edit[] = [];
  if (applyTextChanges(before.body, changes) === now.body) {
    let shift = 0;
    for (const change of changes) {
      const start = change.start + shift;
      text.push({ op: 'replaceText', span: { start, end: start + change.text.length, text: change.text }, replacement: before.body.slice(change.start, change.end) });
      shift += change.text.length - (change.end - change.start);
    }
  } else text.push(...wholeDifference(before.body, now.body));
  const delay: Edit[] = before.delayDelivery !== now.delayDelivery && before.delayDelivery ? [{ op: 'setDelayDelivery', time: before.delayDelivery }] : [];
  return [...recipientEdits(before, now), ...text, ...delay];
}
