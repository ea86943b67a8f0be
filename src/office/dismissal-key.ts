// What a dismissal is about, shared by the task pane and the on-send check (so both hide the same
// findings). A finding is known by its rule plus the people it names, or plus the words of the
// sentence it quotes: a fix elsewhere that drops one person from the finding, or a one-word edit
// of the sentence, leaves it dismissed; a new person, or a different sentence, is a new problem.
// Kept tiny and ES2016-safe: it runs in Outlook's JavaScript-only on-send runtime.
import type { Finding } from '../engine/types';

export interface DismissalSubject {
  ruleId: string;
  /** Lower-cased addresses of the people the finding names, sorted. */
  people: string[];
  /** The distinct words of the text the finding quotes, lower-cased and sorted. */
  words: string[];
}

/** Share of words two quotes must have in common to be the same sentence (one word in six may change). */
export const SAME_SENTENCE = 0.6;

function wordsOf(text: string): string[] {
  const found: string[] = text.toLowerCase().match(/[^\s.,;:!?"'()[\]{}\u2018\u2019\u201c\u201d\u2013\u2014-]+/g) || [];
  return found.filter((w, k) => found.indexOf(w) === k).sort();
}

export function subjectOf(finding: Finding): DismissalSubject {
  const people = finding.recipients.map((r) => r.email.trim().toLowerCase());
  return {
    ruleId: finding.ruleId,
    people: people.filter((p, k) => people.indexOf(p) === k).sort(),
    words: wordsOf(finding.spans.map((s) => s.text).join(' ')),
  };
}

/** One string naming a subject: how a dismissal is found again (for Undo) and shown in the audit. */
export function subjectKey(subject: DismissalSubject): string {
  return `${subject.ruleId}#${subject.people.join(',')}#${subject.words.join(' ')}`;
}

function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = a.filter((w) => b.indexOf(w) >= 0).length;
  return shared / (a.length + b.length - shared);
}

/** Whether a dismissal made for `dismissed` also covers `finding` as the draft is now. */
export function covers(dismissed: DismissalSubject, finding: Finding): boolean {
  if (dismissed.ruleId !== finding.ruleId) return false;
  const now = subjectOf(finding);
  if (!now.people.every((p) => dismissed.people.indexOf(p) >= 0)) return false;
  return overlap(dismissed.words, now.words) >= SAME_SENTENCE;
}
