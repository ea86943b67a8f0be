// Pane wording that is more than one catalogue key: the summary line and the dismissal reasons.
// The words themselves are in the catalogues (src/taskpane/i18n/pane-en.ts and pane-cy.ts).
import type { Severity } from '../engine';
import { ENGLISH, type PaneKey, type Words } from './i18n/words';

/** The summary line at the top: "2 to fix · 1 to check". */
export function summaryLine(counts: Record<Severity, number>, words: Words): string {
  const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => words.t(`pane.summary.${s}`, { count: counts[s] }));
  return parts.length ? parts.join(' · ') : words.t('pane.summary.none');
}

/** The council's name for its protocol; the product's default name is said in the pane's language. */
export function protocolName(named: string | undefined, words: Words): string {
  return !named || named === ENGLISH.t('pane.protocolName') ? words.t('pane.protocolName') : named;
}

/** Reasons offered for dismissing a finding; an error may also take a typed reason of a few words. */
export const DISMISS_REASONS: readonly PaneKey[] = ['pane.reason.asked', 'pane.reason.correct', 'pane.reason.agreed'];

export const MIN_TYPED_REASON_WORDS = 3;
