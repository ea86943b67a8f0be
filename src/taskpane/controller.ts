// What the task pane does, without React: load config, check, re-check on changes, apply fixes,
// dismiss findings. The React hook only wires this to a reducer, so it is tested on its own.
import { check, planFixAll, type Draft, type Edit, type Finding, type Fix, type FixAllPlan } from '../engine';
import { because } from '../engine/i18n/fix-reasons';
import { dismissalOf, readDismissals, writeDismissals, type Dismissal } from '../office/dismissals';
import type { MailHost } from '../office/mail-host';
import { loadCouncilConfig, type CouncilConfig, type JsonSource } from './council-config';
import type { Action, Notice } from './state';
import { ENGLISH, type Words } from './i18n/words';
import { undoEdits } from './undo';

export interface ControllerOptions {
  /** How often to look for body changes (Outlook raises no event for them). */
  pollMs?: number;
  now?: () => number;
  /** The language to check and speak in (English until setWords). */
  words?: Words;
}

export interface Controller {
  start(): Promise<void>;
  recheck(): Promise<void>;
  /** `label` names the fix in the notice afterwards (the card's short label). */
  applyFix(finding: Finding, fix: Fix, label?: string): Promise<void>;
  /** Plans Fix all and shows the plan; nothing changes until confirmFixAll. */
  fixAll(findings: readonly Finding[]): Promise<void>;
  confirmFixAll(plan: FixAllPlan): Promise<void>;
  cancelFixAll(): void;
  /** Puts the body and recipients back as they were before Fix all. */
  undo(): Promise<void>;
  /** `title` is the card's title, kept to list the dismissal even after the finding changes. */
  dismiss(finding: Finding, reason: string, title: string): Promise<void>;
  /** Undoes one dismissal (by its key): the finding comes back. */
  undismiss(key: string): Promise<void>;
  /** Speaks another language from now on: checks again so the findings are in it. */
  setWords(words: Words): Promise<void>;
  stop(): void;
}

export function createController(host: MailHost, source: JsonSource, dispatch: (action: Action) => void, options: ControllerOptions = {}): Controller {
  const now = options.now ?? (() => Date.now());
  const opened = now();
  let config: CouncilConfig | undefined;
  let lastSeen = '';
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let words = options.words ?? ENGLISH;
  const checkIn = (draft: Draft, current: CouncilConfig): Finding[] => check(draft, {
    directory: current.directory, policy: current.policy, lang: words.lang,
    catalogues: words.engineCatalogue ? { [words.lang]: words.engineCatalogue } : undefined,
  });
  // Reasons from Office end in a full stop; the notice adds its own.
  const bare = (text: string): string => text.replace(/[.!?]+$/, '');
  const failure = (why: string): Notice => ({ intent: 'error', text: words.t('pane.nothingChanged', { why: bare(why) }) });
  // A thrown error's own words are technical (Office's or the browser's): framed in the pane's language.
  const thrown = (error: unknown): Notice => failure(words.reason(because('skip.other', { detail: error instanceof Error ? error.message : String(error) })));

  async function runCheck(): Promise<void> {
    try {
      const draft = await host.readDraft();
      if (!config) {
        config = await loadCouncilConfig(source, draft.from.email, words.config);
        dispatch({ type: 'configLoaded', config });
      }
      lastSeen = JSON.stringify([draft.to, draft.cc, draft.bcc, draft.subject, draft.bodyHtml, draft.from]);
      const findings = checkIn(draft, config);
      const dismissals = await readDismissals(host);
      if (!stopped) dispatch({ type: 'checked', findings, dismissals, elapsedMs: now() - opened });
    } catch (error) {
      if (!stopped) dispatch({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** One check at a time; a request during a check runs once more after it. */
  function recheck(): Promise<void> {
    if (running) return running.then(() => recheck());
    running = runCheck().finally(() => {
      running = undefined;
    });
    return running;
  }

  async function poll(): Promise<void> {
    if (running || stopped) return;
    try {
      const draft = await host.readDraft();
      const seen = JSON.stringify([draft.to, draft.cc, draft.bcc, draft.subject, draft.bodyHtml, draft.from]);
      if (seen !== lastSeen) await recheck();
    } catch {
      // The next poll tries again; a failure here is not worth interrupting the user for.
    }
  }

  /** Applies edits and says what happened; returns the edits the host applied. */
  async function apply(edits: readonly Edit[], title: string): Promise<Edit[]> {
    dispatch({ type: 'busy' });
    let applied: Edit[] = [];
    try {
      const result = await host.applyEdits(edits);
      applied = result.applied;
      if (result.skipped.length === 0) dispatch({ type: 'fixed', notice: { intent: 'success', text: words.t('pane.done', { what: bare(title) }) } });
      else if (result.applied.length === 0) dispatch({ type: 'fixed', notice: failure(words.reason(result.skipped[0]!)) });
      else dispatch({ type: 'fixed', notice: { intent: 'warning', text: words.t('pane.partlyDone', { why: bare(result.skipped.map((s) => words.reason(s)).join('; ')) }) } });
    } catch (error) {
      dispatch({ type: 'fixed', notice: thrown(error) });
    }
    await recheck();
    return applied;
  }

  // What Fix all changed, kept so one Undo can write the body and recipients back.
  let undoable: { before: Draft; applied: Edit[] } | undefined;
  const forgetUndo = (): void => {
    undoable = undefined;
    dispatch({ type: 'undoGone' });
  };

  async function save(dismissals: Dismissal[], notice?: Notice): Promise<void> {
    try {
      await writeDismissals(host, dismissals);
    } catch {
      // Without sessionData (older Outlook) the dismissal lasts while the pane is open.
    }
    dispatch({ type: 'dismissed', dismissals, ...(notice ? { notice } : {}) });
  }

  return {
    async start() {
      await recheck();
      await host.onRecipientsChanged(() => void recheck());
      timer = setInterval(() => void poll(), options.pollMs ?? 1500);
    },
    recheck,
    async applyFix(_finding, fix, label) {
      forgetUndo();
      await apply(fix.edits, label ?? fix.title);
    },
    async fixAll(findings) {
      try {
        const draft = await host.readDraft();
        const run = (d: Draft): Finding[] => (config ? checkIn(d, config) : []);
        dispatch({ type: 'planned', plan: planFixAll(draft, findings, { recheck: run }) });
      } catch (error) {
        dispatch({ type: 'fixed', notice: thrown(error) });
      }
    },
    async confirmFixAll(plan) {
      forgetUndo();
      const before = await host.readDraft();
      const applied = await apply(plan.edits, words.t('pane.fixAllDone', { count: plan.steps.length }));
      if (applied.length > 0) {
        undoable = { before, applied };
        dispatch({ type: 'undoReady' });
      }
    },
    cancelFixAll() {
      dispatch({ type: 'planCancelled' });
    },
    async undo() {
      const last = undoable;
      forgetUndo();
      if (!last) return;
      const now = await host.readDraft();
      await apply(undoEdits(last.before, now, last.applied), words.t('pane.fixAllUndone'));
    },
    async dismiss(finding, reason, title) {
      const made = dismissalOf(finding, reason, title);
      const next = [...(await readDismissals(host)).filter((d) => d.key !== made.key), made];
      // No notice: focus goes on to the next card, and the card is listed under "Dismissed".
      await save(next);
    },
    async undismiss(key) {
      const current = await readDismissals(host);
      const gone = current.find((d) => d.key === key);
      await save(current.filter((d) => d.key !== key), gone?.title ? { intent: 'success', text: words.t('pane.restoredNotice', { title: gone.title }) } : undefined);
    },
    async setWords(next) {
      words = next;
      if (config) await recheck();
    },
    stop() {
      stopped = true;
      if (timer) clearInterval(timer);
    },
  };
}

