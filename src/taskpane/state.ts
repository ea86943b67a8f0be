// The task pane's state as a pure reducer: what was checked, what the user dismissed, what a fix did.
import type { Finding, FixAllPlan } from '../engine';
import { findingKey, type Dismissal } from '../office/dismissals';
import type { CouncilConfig } from './council-config';

export type Phase = 'loading' | 'ready' | 'failed';

export interface Notice {
  intent: 'success' | 'warning' | 'error';
  text: string;
  /** The findings the notice was shown with; it clears when they change (see `checked`). */
  findings?: string;
}

export interface PaneState {
  phase: Phase;
  config?: CouncilConfig;
  findings: Finding[];
  dismissals: Dismissal[];
  /** A fix being applied: its buttons are disabled meanwhile. */
  busy: boolean;
  notice?: Notice;
  error?: string;
  /** Milliseconds from opening the pane to the first findings shown. */
  firstCheckMs?: number;
  /** Fix all's plan, shown for the user to confirm before anything changes. */
  plan?: FixAllPlan;
  /** Fix all was applied and can be undone in one step. */
  canUndo: boolean;
}

export type Action =
  | { type: 'configLoaded'; config: CouncilConfig }
  | { type: 'checked'; findings: Finding[]; dismissals: Dismissal[]; elapsedMs?: number }
  | { type: 'failed'; error: string }
  | { type: 'busy' }
  | { type: 'fixed'; notice: Notice }
  | { type: 'dismissed'; dismissals: Dismissal[]; notice?: Notice }
  | { type: 'clearNotice' }
  | { type: 'planned'; plan: FixAllPlan }
  | { type: 'planCancelled' }
  | { type: 'undoReady' }
  | { type: 'undoGone' };

export const initialState: PaneState = { phase: 'loading', findings: [], dismissals: [], busy: false, canUndo: false };

/** The findings as a whole, to tell when they have changed. */
export function findingsSignature(findings: readonly Finding[]): string {
  return findings.map(findingKey).join('\n');
}

/** A notice stays while the findings it was shown with stay; a fix's notice is pinned by the check after it. */
function keptNotice(notice: Notice | undefined, signature: string): Notice | undefined {
  if (!notice) return undefined;
  if (notice.findings === undefined) return { ...notice, findings: signature };
  return notice.findings === signature ? notice : undefined;
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'configLoaded':
      return { ...state, config: action.config };
    case 'checked': {
      const signature = findingsSignature(action.findings);
      return { ...state, phase: 'ready', findings: action.findings, dismissals: action.dismissals, error: undefined,
        notice: keptNotice(state.notice, signature), firstCheckMs: state.firstCheckMs ?? action.elapsedMs };
    }
    case 'failed':
      return { ...state, phase: state.phase === 'ready' ? 'ready' : 'failed', error: action.error, busy: false };
    case 'busy':
      return { ...state, busy: true, notice: undefined, plan: undefined };
    case 'fixed':
      return { ...state, busy: false, notice: action.notice };
    case 'dismissed':
      return { ...state, dismissals: action.dismissals,
        notice: action.notice ? { ...action.notice, findings: findingsSignature(state.findings) } : state.notice };
    case 'clearNotice':
      return { ...state, notice: undefined };
    case 'planned':
      return { ...state, plan: action.plan, notice: undefined };
    case 'planCancelled':
      return { ...state, plan: undefined };
    case 'undoReady':
      return { ...state, canUndo: true };
    case 'undoGone':
      return { ...state, canUndo: false };
  }
}
