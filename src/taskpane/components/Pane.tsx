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
import { useWords } from '../i18n/WordsContext';
import type { Words } from '../i18n/words';
import { protocolName, summaryLine } from '../strings';
import { distinctTitles } from '../titles';
import type { Lang } from '../../engine/i18n/lang';
import { AboutPanel } from './AboutPanel';
import { DismissedList } from './DismissedList';
import { FindingCard, type LabelledFix } from './FindingCard';
import { FixAllPlan } from './FixAllPlan';
import { LanguageSwitch } from './LanguageSwitch';
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
  /** The user chose English or Cymraeg. */
  onLanguage(lang: Lang): void;
}

const GROUPS = ['error', 'warning', 'info'] as const;

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
function labelled(fixes: readonly Fix[], shortName: (email: string) => string, words: Words): LabelledFix[] {
  const labels = fixes.map((fix) => fixLabel(fix, shortName, words));
  return fixes.map((fix, k) => ({ fix, label: labels.indexOf(labels[k]!) === labels.lastIndexOf(labels[k]!) ? labels[k]! : fix.title }));
}

export function Pane({ state, draft, onFix, onFixAll, onConfirmFixAll, onCancelFixAll, onUndo, onDismiss, onUndismiss, onRecheck, onLanguage }: PaneProps): React.ReactElement {
  const styles = usePaneStyles();
  const words = useWords();
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
  const titles = distinctTitles(open, name, words);
  const problems = open.filter((f) => f.severity !== 'info');
  const canFixAll = problems.filter((f) => f.fixes.length > 0).length > 1;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of open) counts[f.severity]++;
  const summary = state.phase === 'loading' ? words.t('pane.checking') : summaryLine(counts, words);

  React.useEffect(() => {
    const index = focusNext.current;
    if (index === undefined) return;
    focusNext.current = undefined;
    const key = keys[Math.min(index, keys.length - 1)];
    const target = (key !== undefined ? titleRefs.current.get(key) : undefined) ?? dismissedRef.current ?? summaryRef.current;
    target?.focus();
  }, [state.dismissals]);

  return (
    <main className={styles.root} lang={words.lang} aria-busy={state.phase === 'loading' || state.busy}>
      <header className={styles.header}>
        <h1 className={styles.heading}>{words.t('pane.appName')}</h1>
        <div className={styles.tools}>
          <LanguageSwitch onLanguage={onLanguage} />
          <Button appearance="subtle" size="small" aria-expanded={about} aria-controls={about ? aboutId : undefined} onClick={() => setAbout(!about)}>{words.t('pane.about')}</Button>
        </div>
      </header>
      {about && <AboutPanel config={config} id={aboutId} />}

      {/* The summary is announced to screen readers whenever it changes. */}
      <p className={styles.summary} role="status" aria-live="polite" ref={summaryRef} tabIndex={-1}>{summary}</p>

      {config && config.problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{words.t(config.directoryLoaded ? 'pane.policyProblems' : 'pane.directoryMissing')}</MessageBarTitle>
            {` ${words.t(config.directoryLoaded ? 'pane.policyProblemsDetail' : 'pane.directoryMissingDetail')}`}
            <ul>{config.problems.slice(0, 5).map((p) => <li key={p}>{p}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{words.t('pane.cannotRead')}</MessageBarTitle>
            {` ${state.error}`}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.notice && (
        <MessageBar intent={state.notice.intent} layout="multiline" ref={noticeRef} tabIndex={-1}>
          <MessageBarBody>{state.notice.text}</MessageBarBody>
        </MessageBar>
      )}

      {state.phase === 'loading' && <Spinner label={words.t('pane.checking')} size="small" />}

      {state.phase === 'ready' && problems.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{words.t('pane.allClear')}</MessageBarTitle>
            {` ${words.t('pane.allClearDetail')}`}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.phase !== 'loading' && (
        <div className={styles.toolbar}>
          {canFixAll && !state.plan && <Button appearance="primary" disabled={state.busy} onClick={() => onFixAll(problems)}>{words.t('pane.fixAll')}</Button>}
          {state.canUndo && <Button appearance="secondary" disabled={state.busy} onClick={onUndo}>{words.t('pane.undoFixAll')}</Button>}
          <Button appearance="secondary" disabled={state.busy} onClick={onRecheck}>{words.t('pane.checkAgain')}</Button>
        </div>
      )}

      {state.plan && <FixAllPlan plan={state.plan} draft={draft} busy={state.busy} onConfirm={() => onConfirmFixAll(state.plan!)} onCancel={onCancelFixAll} />}

      {GROUPS.map((severity) => {
        const items = open.map((finding, k) => ({ finding, k })).filter(({ finding }) => finding.severity === severity);
        if (items.length === 0) return null;
        const title = words.t(`pane.group.${severity}`);
        return (
          <section key={severity} className={styles.section} aria-label={title}>
            <h2 className={styles.sectionTitle}>{title} ({items.length})</h2>
            {items.map(({ finding, k }) => (
              <FindingCard key={keys[k]} finding={finding} title={titles[k]!} body={draft?.body ?? ''} busy={state.busy}
                ref={(el) => { if (el) titleRefs.current.set(keys[k]!, el); else titleRefs.current.delete(keys[k]!); }}
                people={finding.recipients.map((r) => r.email).filter((e, n, all) => all.indexOf(e) === n).map((e) => personOf(e, draft, directory))}
                fixes={labelled(finding.fixes, (email) => firstName(name(email)), words)}
                protocolName={protocolName(config?.policy.protocolName, words)}
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
