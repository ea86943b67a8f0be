// Turns a fix's body edits into text changes: anchors resolved, edits that touch or abut merged,
// sorted and non-overlapping; a true conflict is skipped with a reason, never dropped silently.
import { placeAnchor } from './anchors';
import { removalSpan } from './builders';
import type { Edit } from '../types';
import { because, type SkipReason } from '../i18n/fix-reasons';

export interface SkippedEdit {
  edit: Edit;
  /** In English, for logs; hosts render `why` in their own language. */
  reason: string;
  why: SkipReason;
}

export interface TextChange {
  start: number;
  end: number;
  text: string;
  /** Every edit this change carries out (several when they were merged). */
  edits: Edit[];
}

export interface TextPlan {
  changes: TextChange[];
  skipped: SkippedEdit[];
}

interface Piece extends TextChange {
  order: number;
}

type InsertEdit = Extract<Edit, { op: 'insertText' }>;

/** Inserts at one spot become one paragraph run, in edit order, separated once; a repeated sentence is written once. */
function mergeInserts(body: string, inserts: ReadonlyArray<{ edit: InsertEdit; order: number }>, senderNames: readonly string[]): Piece[] {
  const bySpot = new Map<number, { before: string; after: string; sentences: string[]; edits: Edit[]; order: number }>();
  for (const { edit, order } of inserts) {
    const place = placeAnchor(body, edit.anchor, senderNames);
    const spot = bySpot.get(place.at);
    if (!spot) {
      bySpot.set(place.at, { before: place.before, after: place.after, sentences: [edit.text], edits: [edit], order });
      continue;
    }
    spot.after = place.after;
    if (spot.sentences.indexOf(edit.text) < 0) spot.sentences.push(edit.text);
    spot.edits.push(edit);
  }
  const pieces: Piece[] = [];
  bySpot.forEach((spot, at) => {
    pieces.push({ start: at, end: at, text: `${spot.before}${spot.sentences.join('\n\n')}${spot.after}`, edits: spot.edits, order: spot.order });
  });
  return pieces;
}

interface Group extends TextChange {
  /** Start of the removal (replaced by nothing) that ends the group, if it ends with one. */
  removedFrom?: number;
  /** The single replacement the group holds, to recognise the same edit offered twice. */
  only?: Piece;
}

function open(piece: Piece): Group {
  return { start: piece.start, end: piece.end, text: piece.text, edits: [...piece.edits],
    removedFrom: piece.text === '' && piece.end > piece.start ? piece.start : undefined, only: piece };
}

/** Adds `piece` (which starts at or before group.end) to the group, or returns false on a true conflict. */
function absorb(body: string, group: Group, piece: Piece): boolean {
  const isInsert = piece.start === piece.end;
  if (piece.start === group.end || (isInsert && piece.start < group.end)) {
    // Abutting, or an insertion inside words being replaced: it follows them.
    group.text += piece.text;
    group.removedFrom = piece.text === '' && piece.end > piece.start ? (piece.start === group.end && group.removedFrom !== undefined ? group.removedFrom : piece.start) : undefined;
    group.end = Math.max(group.end, piece.end);
  } else if (piece.text === '' && group.removedFrom !== undefined && piece.start >= group.removedFrom) {
    // Two removals that overlap remove both.
    group.end = Math.max(group.end, piece.end);
  } else if (group.only && group.only.start === piece.start && group.only.end === piece.end && group.only.text === piece.text) {
    // The same change offered twice.
  } else {
    const overlap = body.slice(piece.start, Math.min(piece.end, group.end));
    if (overlap.trim() !== '' || piece.end <= group.end) return false;
    // Only spacing is shared (a removal that took the space before it): keep one copy of it between two texts.
    group.text += (group.text !== '' && piece.text !== '' ? overlap : '') + piece.text;
    group.removedFrom = piece.text === '' ? group.end : undefined;
    group.end = piece.end;
  }
  group.edits.push(...piece.edits);
  group.only = undefined;
  return true;
}

/**
 * The text changes that carry out `edits` on `body` (recipient and delivery edits are not text
 * changes and are ignored here). Every insertText and replaceText edit ends up either in exactly
 * one change or in `skipped` with a reason.
 */
export function planTextChanges(body: string, edits: readonly Edit[], senderNames: readonly string[] = []): TextPlan {
  const skipped: SkippedEdit[] = [];
  const inserts: Array<{ edit: InsertEdit; order: number }> = [];
  const pieces: Piece[] = [];
  edits.forEach((edit, order) => {
    if (edit.op === 'insertText') inserts.push({ edit, order });
    else if (edit.op === 'replaceText') {
      const { start, end, text } = edit.span;
      if (start < 0 || end > body.length || start > end || body.slice(start, end) !== text) skipped.push({ edit, ...because('skip.stale') });
      else if (start === end && edit.replacement === '') skipped.push({ edit, ...because('skip.protected') });
      else pieces.push({ start, end, text: edit.replacement, edits: [edit], order });
    }
  });
  pieces.push(...mergeInserts(body, inserts, senderNames));
  // Body order; at one spot an insertion goes before a replacement, then edit order.
  pieces.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);

  const groups: Group[] = [];
  for (const piece of pieces) {
    const group = groups[groups.length - 1];
    if (!group || piece.start > group.end) groups.push(open(piece));
    else if (!absorb(body, group, piece)) for (const edit of piece.edits) skipped.push({ edit, ...because('skip.conflict') });
  }
  groups.forEach((group, k) => tidyRemoval(body, group, k > 0 ? groups[k - 1]!.end : 0, k + 1 < groups.length ? groups[k + 1]!.start : body.length));
  return { changes: groups.map(({ start, end, text, edits: carried }) => ({ start, end, text, edits: carried })), skipped };
}

/**
 * Removals merged into one are tidied as one: when together they empty a line or a paragraph, that
 * goes too, and no trailing space is left behind ("late. " + "\n"). Only spacing is added, never
 * past the neighbouring changes.
 */
function tidyRemoval(body: string, group: Group, floor: number, ceiling: number): void {
  if (group.text !== '' || group.edits.length < 2) return;
  let start = group.start;
  let end = group.end;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (start === end) return;
  const span = removalSpan(body, start, end);
  group.start = Math.max(floor, Math.min(group.start, span.start));
  group.end = Math.min(ceiling, Math.max(group.end, span.end));
}

/** The body with the planned changes made. */
export function applyTextChanges(body: string, changes: readonly TextChange[]): string {
  let out = '';
  let cursor = 0;
  for (const change of changes) {
    out += body.slice(cursor, change.start) + change.text;
    cursor = change.end;
  }
  return out + body.slice(cursor);
}
