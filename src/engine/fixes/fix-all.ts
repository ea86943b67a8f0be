// Fix all as one plan: recipients first, then one sentence stating every copy, then the other
// text edits — with a list of what it will do, shown before anything changes.
import type { Draft, Edit, Finding, RecipientField } from '../types';
import { senderNamesOf } from './apply-edits';
import { copySentenceFor, mergeCopyGroups } from './copy-statement';
import { planTextChanges, type SkippedEdit } from './text-changes';
import { applyEdits } from './apply-edits';
import type { CopyGroup } from '../types';
import { stepText, type FixReasonCatalogue, type FixReasonKey } from '../i18n/fix-reasons';
import type { Lang } from '../i18n/lang';
import { welshShortTitle } from '../i18n/welsh';

export interface FixAllPlan {
  /** The edits to apply together, in order. */
  edits: Edit[];
  /** What they will do, one line each, in `options.steps`' language (English unless asked). */
  steps: string[];
  /** Fixes' edits left out because they clash with another fix (with why). */
  skipped: SkippedEdit[];
  /** The findings whose first fix the plan carries out. */
  findings: Finding[];
}

export interface FixAllOptions {
  /**
   * Checks a draft: when given, the plan is tried on a copy and re-checked, so findings that only
   * appear once the others are fixed (a member now in Cc who is not named yet) join the plan.
   */
  recheck?: (draft: Draft) => Finding[];
  /** The language of `steps` and its catalogue (fix-reasons-cy.ts for Welsh); English when absent. */
  steps?: StepLanguage;
}

export interface StepLanguage {
  lang: Lang;
  catalogue: Partial<FixReasonCatalogue>;
}

const FIELD = { to: 'To', cc: 'Cc', bcc: 'Bcc' } as const;
const MAX_ROUNDS = 3;

function fixable(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info' && f.fixes.length > 0);
}

function hasCopies(edit: Edit): edit is Extract<Edit, { op: 'insertText' | 'replaceText' }> {
  return (edit.op === 'insertText' || edit.op === 'replaceText') && edit.copies !== undefined;
}

interface Parts {
  recipients: Edit[];
  copies: CopyGroup[];
  /** The writer's copy sentence the copies extend, if any (found on the original body). */
  statement?: Extract<Edit, { op: 'replaceText' }>;
  text: Edit[];
}

function addUnique(list: Edit[], edit: Edit): void {
  const key = JSON.stringify(edit);
  if (!list.some((e) => JSON.stringify(e) === key)) list.push(edit);
}

function collect(parts: Parts, edits: readonly Edit[], textToo: boolean): void {
  for (const edit of edits) {
    if (edit.op === 'addRecipient' || edit.op === 'removeRecipient' || edit.op === 'setDelayDelivery') addUnique(parts.recipients, edit);
    else if (hasCopies(edit)) {
      parts.copies = mergeCopyGroups(parts.copies, edit.copies!);
      if (textToo && edit.op === 'replaceText' && !parts.statement) parts.statement = edit;
    } else if (textToo) addUnique(parts.text, edit);
  }
}

function assemble(parts: Parts): Edit[] {
  const edits = [...parts.recipients];
  if (parts.copies.length > 0) {
    const text = copySentenceFor(parts.copies);
    edits.push(parts.statement
      ? { op: 'replaceText', span: parts.statement.span, replacement: text, copies: parts.copies }
      : { op: 'insertText', anchor: 'beforeSignOff', text, copies: parts.copies });
  }
  return [...edits, ...parts.text];
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 70 ? `${flat.slice(0, 67)}…` : flat}"`;
}

function nameOf(draft: Draft, field: RecipientField, email: string): string {
  const found = (draft[field] ?? []).find((a) => a.email.trim().toLowerCase() === email.trim().toLowerCase());
  return found?.name ?? email;
}

/** One line per edit; a Bcc removal and Cc addition of one address read as one move. */
export function describeEdits(draft: Draft, edits: readonly Edit[], language?: StepLanguage): string[] {
  const lang = language?.lang ?? 'en';
  // Welsh names a councillor "Cyng." as the catalogue's other messages do.
  const step = (id: FixReasonKey, params: Record<string, string>): string =>
    stepText(id, lang === 'cy' && params.name !== undefined ? { ...params, name: welshShortTitle(params.name) } : params, lang, language?.catalogue);
  const steps: string[] = [];
  const moved = new Set<string>();
  for (const edit of edits) {
    if (edit.op === 'removeRecipient') {
      const added = edits.find((e): e is Extract<Edit, { op: 'addRecipient' }> => e.op === 'addRecipient' && e.email.toLowerCase() === edit.email.toLowerCase());
      if (added) {
        moved.add(edit.email.toLowerCase());
        steps.push(step('step.move', { name: added.name ?? nameOf(draft, edit.field, edit.email), from: FIELD[edit.field], to: FIELD[added.field] }));
      } else steps.push(step('step.remove', { name: nameOf(draft, edit.field, edit.email), field: FIELD[edit.field] }));
    } else if (edit.op === 'addRecipient') {
      if (!moved.has(edit.email.toLowerCase())) steps.push(step('step.add', { name: edit.name ?? edit.email, field: FIELD[edit.field] }));
    } else if (edit.op === 'setDelayDelivery') steps.push(step('step.delay', { time: edit.time }));
    else if (edit.op === 'insertText') steps.push(step('step.insert', { text: quote(edit.text) }));
    else if (edit.replacement === '') steps.push(step('step.delete', { text: quote(edit.span.text) }));
    else steps.push(step('step.change', { from: quote(edit.span.text), to: quote(edit.replacement) }));
  }
  return steps;
}

/** The first fix of every fixable finding, composed into one plan. */
export function planFixAll(draft: Draft, findings: readonly Finding[], options: FixAllOptions = {}): FixAllPlan {
  const chosen = fixable(findings);
  const parts: Parts = { recipients: [], copies: [], text: [] };
  for (const finding of chosen) collect(parts, finding.fixes[0]!.edits, true);

  // Findings that appear once the others are fixed: only their recipients and copy statements
  // join (their other edits point into a body the user has not got yet).
  const seen = new Set(chosen.map((f) => `${f.ruleId}|${f.message}`));
  for (let round = 0; options.recheck && round < MAX_ROUNDS; round++) {
    const trial = applyEdits(draft, assemble(parts)).draft;
    const fresh = fixable(options.recheck(trial)).filter((f) => !seen.has(`${f.ruleId}|${f.message}`));
    const before = JSON.stringify([parts.recipients, parts.copies]);
    for (const finding of fresh) {
      seen.add(`${finding.ruleId}|${finding.message}`);
      collect(parts, finding.fixes[0]!.edits, false);
    }
    if (JSON.stringify([parts.recipients, parts.copies]) === before) break;
  }

  const edits = assemble(parts);
  const { skipped } = planTextChanges(draft.body, edits, senderNamesOf(draft));
  const kept = edits.filter((e) => !skipped.some((s) => s.edit === e));
  return { edits: kept, steps: describeEdits(draft, kept, options.steps), skipped, findings: chosen };
}
