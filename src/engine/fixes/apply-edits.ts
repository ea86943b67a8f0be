// Applies edit ops to a plain draft: the one pure implementation the tests, the CLI and the
// task-pane preview share (the Office adapter turns the same ops into Office.js calls).
import { letterParts } from '../text/letter';
import { stripTitle } from '../people/directory-index';
import type { Draft, Edit, InsertAnchor } from '../types';

export interface SkippedEdit {
  edit: Edit;
  reason: string;
}

export interface ApplyResult {
  draft: Draft;
  applied: Edit[];
  skipped: SkippedEdit[];
}

interface TextChange {
  start: number;
  end: number;
  text: string;
  edit: Edit;
  order: number;
}

/** Where an anchor points in the body, and the text to put there so paragraphs stay apart. */
export function resolveAnchor(body: string, anchor: InsertAnchor, sentence: string, senderNames: readonly string[] = []): { at: number; text: string } {
  const parts = letterParts(body, senderNames);
  if (parts.own.end === parts.own.start) {
    // Nothing written yet (or only a quoted thread): the sentence starts the message.
    return { at: parts.own.start, text: parts.quoted.end > parts.quoted.start ? `${sentence}\n\n` : sentence };
  }
  switch (anchor) {
    case 'start':
      return { at: parts.own.start, text: `${sentence}\n\n` };
    case 'afterGreeting':
      return parts.greeting ? { at: parts.greeting.end, text: `\n\n${sentence}` } : { at: parts.own.start, text: `${sentence}\n\n` };
    case 'beforeSignOff':
      return parts.signature ? { at: parts.signature.start, text: `${sentence}\n\n` } : { at: parts.own.end, text: `\n\n${sentence}` };
    case 'end':
      return { at: parts.own.end, text: `\n\n${sentence}` };
  }
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function applyEdits(draft: Draft, edits: readonly Edit[]): ApplyResult {
  const applied: Edit[] = [];
  const skipped: SkippedEdit[] = [];
  const next: Draft = { ...draft, to: [...draft.to], cc: [...draft.cc], bcc: [...draft.bcc] };
  const changes: TextChange[] = [];
  const senderNames = draft.from?.name ? [stripTitle(draft.from.name).toLowerCase()] : [];

  edits.forEach((edit, order) => {
    switch (edit.op) {
      case 'addRecipient': {
        const list = next[edit.field];
        if (!list.some((a) => sameAddress(a.email, edit.email))) {
          list.push(edit.name === undefined ? { email: edit.email } : { name: edit.name, email: edit.email });
        }
        applied.push(edit);
        return;
      }
      case 'removeRecipient': {
        const list = next[edit.field];
        const kept = list.filter((a) => !sameAddress(a.email, edit.email));
        if (kept.length === list.length) {
          skipped.push({ edit, reason: `${edit.email} is not in ${edit.field === 'bcc' ? 'Bcc' : edit.field === 'cc' ? 'Cc' : 'To'}` });
          return;
        }
        next[edit.field] = kept;
        applied.push(edit);
        return;
      }
      case 'setDelayDelivery':
        next.delayDelivery = edit.time;
        applied.push(edit);
        return;
      case 'insertText': {
        const { at, text } = resolveAnchor(draft.body, edit.anchor, edit.text, senderNames);
        changes.push({ start: at, end: at, text, edit, order });
        return;
      }
      case 'replaceText': {
        const { start, end, text } = edit.span;
        if (start < 0 || end > draft.body.length || start > end || draft.body.slice(start, end) !== text) {
          skipped.push({ edit, reason: 'the text has changed since the check; check again' });
          return;
        }
        changes.push({ start, end, text: edit.replacement, edit, order });
        return;
      }
    }
  });

  // Apply in body order, skipping a change that overlaps one already taken (ESLint's fixer rule).
  changes.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let body = '';
  let cursor = 0;
  for (const change of changes) {
    if (change.start < cursor) {
      skipped.push({ edit: change.edit, reason: 'it overlaps another change to the same words' });
      continue;
    }
    body += draft.body.slice(cursor, change.start) + change.text;
    cursor = change.end;
    applied.push(change.edit);
  }
  body += draft.body.slice(cursor);
  next.body = body;
  return { draft: next, applied, skipped };
}
