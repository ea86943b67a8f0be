// Fix all's plan as the pane reads it out, one line per edit in the pane's language (the engine's
// plan.steps are English): a Bcc removal and a Cc addition of one address read as one move.
import type { Draft, Edit, RecipientField } from '../engine';
import type { Words } from './i18n/words';

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

export function planSteps(edits: readonly Edit[], draft: Pick<Draft, 'to' | 'cc' | 'bcc'> | undefined, words: Words): string[] {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const nameOf = (field: RecipientField, email: string, name?: string) => words.list([name ?? draft?.[field].find((a) => same(a.email, email))?.name ?? email]);
  const moved = new Set<string>();
  const steps: string[] = [];
  for (const edit of edits) {
    if (edit.op === 'removeRecipient') {
      const added = edits.find((e): e is Extract<Edit, { op: 'addRecipient' }> => e.op === 'addRecipient' && same(e.email, edit.email));
      if (added) moved.add(edit.email.toLowerCase());
      steps.push(added
        ? words.t('pane.step.move', { name: nameOf(edit.field, edit.email, added.name), from: edit.field, to: added.field })
        : words.t('pane.step.remove', { name: nameOf(edit.field, edit.email), field: edit.field }));
    } else if (edit.op === 'addRecipient') {
      if (!moved.has(edit.email.toLowerCase())) steps.push(words.t('pane.step.add', { name: words.list([edit.name ?? edit.email]), field: edit.field }));
    } else if (edit.op === 'setDelayDelivery') steps.push(words.t('pane.step.delay', { time: edit.time }));
    else if (edit.op === 'insertText') steps.push(words.t('pane.step.insert', { text: quote(edit.text) }));
    else if (edit.replacement === '') steps.push(words.t('pane.step.delete', { text: quote(edit.span.text) }));
    else steps.push(words.t('pane.step.change', { from: quote(edit.span.text), to: quote(edit.replacement) }));
  }
  return steps;
}
