// Applies edit ops to a plain draft: the one pure implementation the tests, the CLI and the
// task-pane preview share (the Office adapter turns the same ops into Office.js calls).
import { stripTitle } from '../people/directory-index';
import type { Draft, Edit } from '../types';
import { because } from '../i18n/fix-reasons';
import { applyTextChanges, planTextChanges, type SkippedEdit } from './text-changes';

export { resolveAnchor } from './anchors';
export type { SkippedEdit } from './text-changes';

export interface ApplyResult {
  draft: Draft;
  applied: Edit[];
  skipped: SkippedEdit[];
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

const FIELD_LABEL = { to: 'To', cc: 'Cc', bcc: 'Bcc' } as const;

/** Lower-case names the sender signs with, so the signature is found without a sign-off. */
export function senderNamesOf(draft: Pick<Draft, 'from'>): string[] {
  return draft.from?.name ? [stripTitle(draft.from.name).toLowerCase()] : [];
}

export function applyEdits(draft: Draft, edits: readonly Edit[]): ApplyResult {
  const done = new Set<Edit>();
  const skipped: SkippedEdit[] = [];
  const next: Draft = { ...draft, to: [...draft.to], cc: [...draft.cc], bcc: [...draft.bcc] };

  for (const edit of edits) {
    if (edit.op === 'addRecipient') {
      const list = next[edit.field];
      if (!list.some((a) => sameAddress(a.email, edit.email))) {
        list.push(edit.name === undefined ? { email: edit.email } : { name: edit.name, email: edit.email });
      }
      done.add(edit);
    } else if (edit.op === 'removeRecipient') {
      const list = next[edit.field];
      const kept = list.filter((a) => !sameAddress(a.email, edit.email));
      if (kept.length === list.length) skipped.push({ edit, ...because('skip.notInField', { email: edit.email, field: FIELD_LABEL[edit.field] }) });
      else {
        next[edit.field] = kept;
        done.add(edit);
      }
    } else if (edit.op === 'setDelayDelivery') {
      next.delayDelivery = edit.time;
      done.add(edit);
    }
  }

  const plan = planTextChanges(draft.body, edits, senderNamesOf(draft));
  for (const change of plan.changes) for (const edit of change.edits) done.add(edit);
  skipped.push(...plan.skipped);
  next.body = applyTextChanges(draft.body, plan.changes);
  return { draft: next, applied: edits.filter((edit) => done.has(edit)), skipped };
}
