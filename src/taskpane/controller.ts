// What the task pane does, without React: load config, check, re-check on changes, apply fixes,
// dismiss findings. The React hook only wires this to a reducer, so it is tested on its own.
import { check, type Edit, type Finding, type Fix } from '../engine';
import { findingKey, readDismissals, writeDismissals } from '../office/dismissals';
import type { MailHost } from '../office/mail-host';
import { loadCouncilConfig, type CouncilConfig, type JsonSource } from './council-config';
import type { Action } from './state';

export interface ControllerOptions {
  /** How often to look for body changes (Outlook raises no event for them). */
  pollMs?: number;
  now?: () => number;
}

export interface Controller {
  start(): Promise<void>;
  recheck(): Promise<void>;
  applyFix(finding: Finding, fix: Fix): Promise<void>;
  fixAll(findings: readonly Finding[]): Promise<void>;
  dismiss(finding: Finding, reason: string): Promise<void>;
  stop(): void;
}

function spansOverlap(a: Edit, b: Edit): boolean {
  if (a.op !== 'replaceText' || b.op !== 'replaceText') return false;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** The first fix of each finding, minus any that would change the same words as one already taken. */
export function safeTogether(findings: readonly Finding[]): Edit[] {
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (finding.severity === 'info' || finding.fixes.length === 0) continue;
    const fix = finding.fixes[0]!;
    if (fix.edits.some((e) => edits.some((taken) => spansOverlap(e, taken)))) continue;
    for (const edit of fix.edits) {
      const key = JSON.stringify(edit);
      if (!seen.has(key)) {
        seen.add(key);
        edits.push(edit);
      }
    }
  }
  return edits;
}

export function createController(host: MailHost, source: JsonSource, dispatch: (action: Action) => void, options: ControllerOptions = {}): Controller {
  const now = options.now ?? (() => Date.now());
  const opened = now();
  let config: CouncilConfig | undefined;
  let lastSeen = '';
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  async function runCheck(): Promise<void> {
    try {
      const draft = await host.readDraft();
      if (!config) {
        config = await loadCouncilConfig(source, draft.from.email);
        dispatch({ type: 'configLoaded', config });
      }
      lastSeen = JSON.stringify([draft.to, draft.cc, draft.bcc, draft.subject, draft.bodyHtml, draft.from]);
      const findings = check(draft, { directory: config.directory, policy: config.policy });
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

  async function apply(edits: readonly Edit[], title: string): Promise<void> {
    dispatch({ type: 'busy' });
    try {
      const result = await host.applyEdits(edits);
      if (result.skipped.length === 0) dispatch({ type: 'fixed', notice: { intent: 'success', text: `Done: ${title}.` } });
      else if (result.applied.length === 0) dispatch({ type: 'fixed', notice: { intent: 'error', text: `Nothing was changed: ${result.skipped[0]!.reason}.` } });
      else dispatch({ type: 'fixed', notice: { intent: 'warning', text: `Partly done: ${result.skipped.map((s) => s.reason).join('; ')}.` } });
    } catch (error) {
      dispatch({ type: 'fixed', notice: { intent: 'error', text: `Nothing was changed: ${error instanceof Error ? error.message : String(error)}.` } });
    }
    await recheck();
  }

  return {
    async start() {
      await recheck();
      await host.onRecipientsChanged(() => void recheck());
      timer = setInterval(() => void poll(), options.pollMs ?? 1500);
    },
    recheck,
    applyFix: (finding, fix) => apply(fix.edits, fix.title),
    fixAll: (findings) => apply(safeTogether(findings), 'all the safe fixes applied'),
    async dismiss(finding, reason) {
      const current = await readDismissals(host);
      const next = [...current.filter((d) => d.key !== findingKey(finding)), { key: findingKey(finding), ruleId: finding.ruleId, reason }];
      try {
        await writeDismissals(host, next);
      } catch {
        // Without sessionData (older Outlook) the dismissal lasts while the pane is open.
      }
      dispatch({ type: 'dismissed', dismissals: next });
    },
    stop() {
      stopped = true;
      if (timer) clearInterval(timer);
    },
  };
}

