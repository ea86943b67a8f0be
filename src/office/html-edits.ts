// Applies a fix's body edits (insertText, replaceText) to an HTML body. The edits are planned on
// the text exactly as the engine's applyEdits plans them (planTextChanges: anchors resolved, edits
// that touch merged, conflicts skipped with a reason), so both paths apply and skip the same edits;
// then each text change becomes the smallest HTML change that makes it.
import { letterParts } from '../engine/text/letter';
import { planTextChanges, type SkippedEdit } from '../engine/fixes/text-changes';
import { because } from '../engine/i18n/fix-reasons';
import type { Edit } from '../engine';
import { insertAfter, insertBefore, type HtmlChange } from './html-insert';
import { emptiedElements, replaceChanges } from './html-replace';
import { parseElements } from './html-scan';
import { htmlToText } from './html-text';

export interface HtmlEditResult {
  html: string;
  applied: Edit[];
  skipped: SkippedEdit[];
}


interface Group {
  changes: HtmlChange[];
  edits: Edit[];
}

const isBodyEdit = (e: Edit): boolean => e.op === 'insertText' || e.op === 'replaceText';

function overlaps(a: HtmlChange, b: HtmlChange): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** The planned sentences of an insertion, one per paragraph. */
function sentencesOf(text: string): string[] {
  return text.split(/\n{2,}/).map((s) => s.trim()).filter((s) => s !== '');
}

/** An insertion point inside removed elements, moved to where the outermost of them starts. */
function outsideRemoved(insert: HtmlChange, removed: readonly HtmlChange[]): HtmlChange {
  let at = insert.start;
  for (const r of removed) if (r.start < insert.start && insert.start < r.end && r.start < at) at = r.start;
  return at === insert.start ? insert : { ...insert, start: at, end: at };
}

/** Makes the changes from the end backwards, so earlier offsets stay valid. */
function applyChanges(html: string, changes: readonly HtmlChange[]): string {
  const ordered = changes.map((c, order) => ({ ...c, order })).sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
  let out = html;
  for (const change of ordered) out = out.slice(0, change.start) + change.html + out.slice(change.end);
  return out;
}

/**
 * Applies insertText and replaceText edits to an HTML body (other ops are ignored). replaceText
 * spans are offsets into htmlToText(html).text, as the engine saw it.
 */
export function applyTextEditsToHtml(html: string, edits: readonly Edit[], senderNames: readonly string[] = []): HtmlEditResult {
  const map = htmlToText(html);
  const body = { html, map, root: parseElements(html) };
  const bodyEdits = edits.filter(isBodyEdit);
  const plan = planTextChanges(map.text, bodyEdits, senderNames);
  const skipped: SkippedEdit[] = plan.skipped.slice();
  const planned = bodyEdits.filter((e) => !plan.skipped.some((s) => s.edit === e));

  // Replacements and insertions are made apart: an insertion is a new paragraph, not text in a run.
  const deleted = new Array<boolean>(map.text.length).fill(false);
  const groups: Group[] = planTextChanges(map.text, planned.filter((e) => e.op === 'replaceText'), senderNames).changes
    .map((c) => ({ changes: replaceChanges(map, c.start, c.end, c.text, deleted), edits: c.edits }));
  const cleanup = emptiedElements(html, map, body.root, deleted);
  const ownStart = letterParts(map.text, senderNames).own.start;
  for (const c of planTextChanges(map.text, planned.filter((e) => e.op === 'insertText'), senderNames).changes) {
    const sentences = sentencesOf(c.text);
    const change = c.text.startsWith('\n') ? insertAfter(body, c.start, sentences, ownStart) : insertBefore(body, c.start, sentences);
    groups.push({ changes: [change], edits: c.edits });
  }

  const accepted: HtmlChange[] = cleanup.slice();
  const applied = new Set<Edit>();
  for (const group of groups) {
    // A new paragraph meant for inside an element that goes as a whole (every sentence of it removed) is
    // put where that element stood, so the removal does not take it too.
    const changes = group.changes.map((c) => (c.start === c.end ? outsideRemoved(c, cleanup) : c));
    // A change inside an element that goes as a whole is made by removing the element.
    const own = changes.filter((c) => !cleanup.some((r) => r.start <= c.start && c.end <= r.end && !(c.start === c.end && (c.start === r.start || c.start === r.end))));
    if (own.some((c) => accepted.some((a) => overlaps(a, c)))) {
      for (const edit of group.edits) skipped.push({ edit, ...because('skip.htmlOverlap') });
      continue;
    }
    accepted.push(...own);
    for (const edit of group.edits) applied.add(edit);
  }
  return { html: applyChanges(html, accepted), applied: bodyEdits.filter((e) => applied.has(e)), skipped };
}
