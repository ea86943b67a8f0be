// Where an insertText anchor lands in a plain-text body, and the paragraph breaks around it.
import { letterParts } from '../text/letter';
import type { InsertAnchor } from '../types';

export interface Placement {
  at: number;
  /** Put before the inserted sentences ("\n\n" when they start a paragraph after text). */
  before: string;
  /** Put after them ("\n\n" when text follows on the same spot). */
  after: string;
}

/** The position an anchor points at, with the breaks that keep an inserted paragraph apart. */
export function placeAnchor(body: string, anchor: InsertAnchor, senderNames: readonly string[] = []): Placement {
  const parts = letterParts(body, senderNames);
  if (parts.own.end === parts.own.start) {
    // Nothing written yet (or only a quoted thread): the sentence starts the message.
    return { at: parts.own.start, before: '', after: parts.quoted.end > parts.quoted.start ? '\n\n' : '' };
  }
  switch (anchor) {
    case 'start':
      return { at: parts.own.start, before: '', after: '\n\n' };
    case 'afterGreeting':
      return parts.greeting ? { at: parts.greeting.end, before: '\n\n', after: '' } : { at: parts.own.start, before: '', after: '\n\n' };
    case 'beforeSignOff':
      return parts.signature ? { at: parts.signature.start, before: '', after: '\n\n' } : { at: parts.own.end, before: '\n\n', after: '' };
    case 'end':
      return { at: parts.own.end, before: '\n\n', after: '' };
  }
}

/** Where an anchor points in the body, and the text to put there so paragraphs stay apart. */
export function resolveAnchor(body: string, anchor: InsertAnchor, sentence: string, senderNames: readonly string[] = []): { at: number; text: string } {
  const { at, before, after } = placeAnchor(body, anchor, senderNames);
  return { at, text: `${before}${sentence}${after}` };
}
