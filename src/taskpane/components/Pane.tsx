// The task pane: a summary line, Fix all, one neutral card per finding (grouped by severity),
// "Dismissed (n)" with Undo, and council detail behind "About".
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { Finding, Fix, FixAllPlan as Plan } from '../../engine';
import { dismissalFor } from '../../office/dismissals';
import type { HostDraft } from '../../office/mail-host';
import { fixLabel } from '../fix-labels';
import { firstName, nameOf, personOf } from '../people';
import type { PaneState } from '../state';
import { STRINGS, summaryLine } from '../strings';
import { distinctTitles } from '../titles';
import { AboutPanel } from './AboutPanel';
import { DismissedList } from './DismissedList';
import { FindingCard, type LabelledFix } from './FindingCard';
import { FixAllPlan } from './FixAllPlan';
import { usePaneStyles } from './Pane.styles';

export interface PaneProps {
  state: PaneState;
  /** The draft as last checked: the body for quotes, the recipients for where people are now. */
  draft?: HostDraft;
  onFix(finding: Finding, fix: Fix, label: string): void;
  onFixAll(findings: readonly Finding[]): void;
  onConfirmFixAll(plan: Plan): void;
  onCancelFixAll(): void;
  onUndo(): void;
  onDismiss(finding: Finding, reason: string, title: string): void;
  onUndismiss(key: string): void;
  onRecheck(): void;
}

const GROUPS = [
  { severity: 'error', title: 'Must be fixed before sending' },
  { severity: 'warning', title: 'Check before sending' },
  { severity: 'info', title: 'For information' },
] as const;

/** A card's React key: the rule and its people, so a reworded sentence keeps its card (and focus). */
function cardKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}#${f.recipients.map((r) => r.email.toLowerCase()).sort().join(',')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  });
}

/** Short labels for a finding's fixes; where two would read the same, their full titles. */
function labelled(fixes: readonly Fix[], shortName: (email: string) => string): LabelledFix[] {
  const labels = fixes.map((fix) => fixLabel(fix, shortName));
  return fixes.map((fix, k) => ({ fix, label: labels.indexOf(labels[k]!) === labels.lastIndexOf(labels[k]!) ? labels[k]! : fix.title }));
}

export function Pane({ state, draft, onFix, onFixAll, onConfirmFixAll, onCancelFixAll, onUndo, onDismiss, onUndismiss, onRecheck }: PaneProps): React.ReactElement {
  const styles = usePaneStyles();
  const [about, setAbout] = React.useState(false);
  const aboutId = React.useId();
  const config = state.config;
  const directory = config?.directory;
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const summaryRef = React.useRef<HTMLParagraphElement>(null);
  const dismissedRef = React.useRef<HTMLHeadingElement>(null);
  const titleRefs = React.useRef(new Map<string, HTMLHeadingElement>());
  // After a dismissal the card is gone: focus goes on to the card that took its place.
  const focusNext = React.useRef<number | undefined>(undefined);

  // After a fix, its card (and the button that had focus) is gone: move focus to the result.
  React.useEffect(() => {
    if (state.notice) noticeRef.current?.focus();
  }, [state.notice?.text]);

  const open = state.findings.filter((f) => !dismissalFor(f, state.dismissals));
  const active = new Set(state.findings.map((f) => dismissalFor(f, state.dismissals)?.key).filter((k): k is string => k !== undefined));
  const keys = cardKeys(open);
  const name = (email: string) => nameOf(email, draft, directory);
  const titles = distinctTitles(open, name);
  const problems = open.filter((f) => f.severity !== 'info');
  const canFixAll = problems.filter((f) => f.fixes.length > 0).length > 1;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of open) counts[f.severity]++;
  const summary = state.phase === 'loading' ? STRINGS.checking : summaryLine(counts);

  React.useEffect(() => {
    const index = focusNext.current;
    if (index === undefined) return;
    focusNext.current = undefined;
    const key = keys[Math.min(index, keys.length - 1)];
    const target = (key !== undefined ? titleRefs.current.get(key) : undefined) ?? dismissedRef.current ?? summaryRef.current;
    target?.focus();
  }, [state.dismissals]);

  return (
    <main className={styles.root} aria-busy={state.phase === 'loading' || state.busy}>
      <header className={styles.header}>
        <h1 className={styles.heading}>{STRINGS.appName}</h1>
        <Button appearance="subtle" size="small" aria-expanded={about} aria-controls={about ? aboutId : undefined} onClick={() => setAbout(!about)}>{STRINGS.about}</Button>
      </header>
      {about && <AboutPanel config={config} id={aboutId} />}

      {/* The summary is announced to screen readers whenever it changes. */}
      <p className={styles.summary} role="status" aria-live="polite" ref={summaryRef} tabIndex={-1}>{summary}</p>

      {config && config.problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{config.directoryLoaded ? 'The council policy has problems' : 'The council directory could not be loaded'}</MessageBarTitle>
            {config.directoryLoaded ? ' The default policy is used.' : ' Checks that need no directory (blind copies, party politics) still run.'}
            <ul>{config.problems.slice(0, 5).map((p) => <li key={p}>{p}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.cannotRead}</MessageBarTitle>
            {` ${state.error}`}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline" ref={noticeRef} tabIndex={-1}>
          <MessageBarBody>{state.notice.text}</MessageBarBody>
        </MessageBar>
      )}

      {state.phase === 'loading' && <Spinner label={STRINGS.checking} size="small" />}

      {state.phase === 'ready' && problems.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.allClear}</MessageBarTitle>
            {` ${STRINGS.allClearDetail}`}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.phase !== 'loading' && (
        <div className={styles.toolbar}>
          {canFixAll && !state.plan && <Button appearance="primary" disabled={state.busy} onClick={() => onFixAll(problems)}>{STRINGS.fixAll}</Button>}
          {state.canUndo && <Button appearance="secondary" disabled={state.busy} onClick={onUndo}>{STRINGS.undoFixAll}</Button>}
          <Button appearance="secondary" disabled={state.busy} onClick={onRecheck}>{STRINGS.checkAgain}</Button>
        </div>
      )}

      {state.plan && <FixAllPlan plan={state.plan} busy={state.busy} onConfirm={() => onConfirmFixAll(state.plan!)} onCancel={onCancelFixAll} />}

      {GROUPS.map((group) => {
        const items = open.map((finding, k) => ({ finding, k })).filter(({ finding }) => finding.severity === group.severity);
        if (items.length === 0) return null;
        return (
          <section key={group.severity} className={styles.section} aria-label={group.title}>
            <h2 className={styles.sectionTitle}>{group.title} ({items.length})</h2>
            {items.map(({ finding, k }) => (
              <FindingCard key={keys[k]} finding={finding} title={titles[k]!} body={draft?.body ?? ''} busy={state.busy}
                ref={(el) => { if (el) titleRefs.current.set(keys[k]!, el); else titleRefs.current.delete(keys[k]!); }}
                people={finding.recipients.map((r) => r.email).filter((e, n, all) => all.indexOf(e) === n).map((e) => personOf(e, draft, directory))}
                fixes={labelled(finding.fixes, (email) => firstName(name(email)))}
                protocolName={config?.policy.protocolName ?? 'Member/Officer Protocol'}
                onFix={(fix, label) => onFix(finding, fix, label)}
                onDismiss={(reason) => {
                  focusNext.current = k;
                  onDismiss(finding, reason, titles[k]!);
                }} />
            ))}
          </section>
        );
      })}

      {state.dismissals.length > 0 && (
        <DismissedList ref={dismissedRef} dismissals={state.dismissals} active={active} busy={state.busy} onUndo={onUndismiss} />
      )}
    </main>
  );
}
