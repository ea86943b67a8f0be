// The pane's words, in one place (rule titles are in rule-titles.ts), so a later message catalogue
// (Welsh) can replace this module without touching the components.
import type { Severity } from '../engine';

export const STRINGS = {
  appName: 'Protocol Check',
  checking: 'Checking this email…',
  allClear: 'All clear',
  allClearDetail: 'Nothing in this email goes against the protocol.',
  fixAll: 'Fix all',
  undoFixAll: 'Undo Fix all',
  checkAgain: 'Check again',
  about: 'About',
  why: 'Why?',
  otherFixes: 'Other fixes',
  dismiss: 'Dismiss…',
  dismissConfirm: 'Dismiss for this email',
  cancel: 'Cancel',
  undo: 'Undo',
  dismissedHeading: (n: number) => `Dismissed (${n})`,
  dismissedGone: 'no longer found',
  dismissQuestion: 'Why is this not a problem for this email?',
  dismissHint: 'Kept with this email only; the check on Send respects it.',
  otherReason: 'Another reason',
  otherReasonLabel: 'Your reason',
  errorReasonHint: 'Say why in a few words (at least three).',
  people: 'People',
  quoted: 'The sentence',
  cannotRead: 'Protocol Check could not read this email',
  done: (what: string) => `Done: ${what.replace(/[.!?]+$/, '')}.`,
  nothingChanged: (why: string) => `Nothing was changed: ${why.replace(/[.!?]+$/, '')}.`,
  partlyDone: (why: string) => `Partly done: ${why.replace(/[.!?]+$/, '')}.`,
  fixAllDone: (n: number) => `${n} ${n === 1 ? 'change' : 'changes'} made by Fix all`,
  fixAllUndone: 'Fix all undone',
  restoredNotice: (title: string) => `Back in the list: ${title}.`,
} as const;

/** The summary line at the top: "2 to fix · 1 to check". */
export function summaryLine(counts: Record<Severity, number>): string {
  const parts = [
    counts.error ? `${counts.error} to fix` : '',
    counts.warning ? `${counts.warning} to check` : '',
    counts.info ? `${counts.info} for information` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'No problems found';
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Must fix', warning: 'Check', info: 'For information' };

/** Reasons offered for dismissing a finding; an error may also take a typed reason of a few words. */
export const DISMISS_REASONS = [
  'The person asked for this',
  'It is correct for this email',
  'The Monitoring Officer has agreed it',
] as const;

/** Where a person is on the draft now. */
export const PLACE_LABEL = { to: 'in To', cc: 'in Cc', bcc: 'in Bcc', from: 'sender', none: 'not on the email' } as const;

export const MIN_TYPED_REASON_WORDS = 3;
