// The task pane: status, findings grouped by severity with their fixes, and an all-clear state.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import type { Finding, Fix, FixAllPlan as Plan } from '../../engine';
import { findingKey, withoutDismissed } from '../../office/dismissals';
import type { PaneState } from '../state';
import { ruleTitle } from '../rule-titles';
import { FindingCard } from './FindingCard';
import { FixAllPlan } from './FixAllPlan';
import { usePaneStyles } from './Pane.styles';

export interface PaneProps {
  state: PaneState;
  body: string;
  onFix(finding: Finding, fix: Fix): void;
  onFixAll(findings: readonly Finding[]): void;
  onConfirmFixAll(plan: Plan): void;
  onCancelFixAll(): void;
  onUndo(): void;
  onDismiss(finding: Finding, reason: string): void;
  onRecheck(): void;
}

const GROUPS = [
  { severity: 'error', title: 'Must be fixed before sending' },
  { severity: 'warning', title: 'Check before sending' },
  { severity: 'info', title: 'For information' },
] as const;

export function Pane({ state, body, onFix, onFixAll, onConfirmFixAll, onCancelFixAll, onUndo, onDismiss, onRecheck }: PaneProps): React.ReactElement {
  const styles = usePaneStyles();
  // After a fix, its card (and the button that had focus) is gone: move focus to the result.
  const noticeRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (state.notice) noticeRef.current?.focus();
  }, [state.notice]);
  const open = withoutDismissed(state.findings, state.dismissals);
  const dismissed = state.findings.filter((f) => !open.includes(f));
  const problems = open.filter((f) => f.severity !== 'info');
  const canFixAll = problems.filter((f) => f.fixes.length > 0).length > 1;
  const summary = state.phase === 'loading' ? 'Checking this email…'
    : problems.length === 0 ? 'No problems found.'
      : `${problems.length} ${problems.length === 1 ? 'thing' : 'things'} to look at.`;
  const config = state.config;

  return (
    <main className={styles.root} aria-busy={state.phase === 'loading' || state.busy}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">Protocol Check</Text>
        {config && (
          <Text className={styles.council}>
            {config.directoryLoaded
              ? `${config.directory.council.name}: ${config.directory.members.length} members, ${config.directory.wards.length} wards`
              : 'No council directory loaded'}
            {config.policyLoaded ? ' · council policy loaded' : ' · default policy'}
            {config.policy.preElectionPeriods.length > 0 && ` · ${config.policy.preElectionPeriods.length} pre-election period${config.policy.preElectionPeriods.length > 1 ? 's' : ''}`}
          </Text>
        )}
      </header>

      {/* Announced to screen readers whenever the result changes. */}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>{summary}</div>

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
            <MessageBarTitle>Protocol Check could not read this email</MessageBarTitle>
            {` ${state.error}`}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline" ref={noticeRef} tabIndex={-1}>
          <MessageBarBody>{state.notice.text}</MessageBarBody>
        </MessageBar>
      )}

      {state.phase === 'loading' && <Spinner label="Checking this email…" size="small" />}

      {state.phase === 'ready' && problems.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>All clear</MessageBarTitle>
            {' Nothing in this email goes against the protocol.'}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.phase !== 'loading' && (
        <div className={styles.toolbar}>
          {canFixAll && !state.plan && <Button appearance="primary" disabled={state.busy} onClick={() => onFixAll(problems)}>Fix all</Button>}
          {state.canUndo && <Button appearance="secondary" disabled={state.busy} onClick={onUndo}>Undo Fix all</Button>}
          <Button appearance="secondary" disabled={state.busy} onClick={onRecheck}>Check again</Button>
        </div>
      )}

      {state.plan && <FixAllPlan plan={state.plan} busy={state.busy} onConfirm={() => onConfirmFixAll(state.plan!)} onCancel={onCancelFixAll} />}

      {GROUPS.map((group) => {
        const items = open.filter((f) => f.severity === group.severity);
        if (items.length === 0) return null;
        return (
          <section key={group.severity} className={styles.section} aria-label={group.title}>
            <h2 className={styles.sectionTitle}>{group.title} ({items.length})</h2>
            {items.map((finding) => (
              <FindingCard key={findingKey(finding)} finding={finding} body={body} busy={state.busy}
                onFix={(fix) => onFix(finding, fix)} onDismiss={(reason) => onDismiss(finding, reason)} />
            ))}
          </section>
        );
      })}

      {dismissed.length > 0 && (
        <section className={styles.section} aria-label="Dismissed for this email">
          <h2 className={styles.sectionTitle}>Dismissed for this email ({dismissed.length})</h2>
          <ul className={styles.dismissed}>
            {dismissed.map((f) => <li key={findingKey(f)}>{ruleTitle(f.ruleId)}: {state.dismissals.find((d) => d.key === findingKey(f))?.reason}</li>)}
          </ul>
        </section>
      )}
    </main>
  );
}
