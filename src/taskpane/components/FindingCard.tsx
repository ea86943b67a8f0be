// One finding: what is wrong in plain words, the clause, what triggered it, and its fixes.
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Textarea } from '@fluentui/react-components';
import type { Finding, Fix } from '../../engine';
import { ruleTitle } from '../rule-titles';
import { useFindingCardStyles } from './FindingCard.styles';

export interface FindingCardProps {
  finding: Finding;
  body: string;
  busy: boolean;
  onFix(fix: Fix): void;
  onDismiss(reason: string): void;
}

const INTENT = { error: 'error', warning: 'warning', info: 'info' } as const;

function context(body: string, start: number, end: number): { before: string; words: string; after: string } {
  const before = body.slice(Math.max(0, start - 30), start).replace(/\s+/g, ' ');
  return { before: `${start > 30 ? '…' : ''}${before}`, words: body.slice(start, end).replace(/\s+/g, ' '), after: `${body.slice(end, end + 30).replace(/\s+/g, ' ')}${end + 30 < body.length ? '…' : ''}` };
}

export function FindingCard({ finding, body, busy, onFix, onDismiss }: FindingCardProps): React.ReactElement {
  const styles = useFindingCardStyles();
  const [dismissing, setDismissing] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const titleId = React.useId();
  // The sentence is the first span for political-content; the words follow. Show at most two.
  const shown = finding.spans.filter((s) => s.end - s.start < 200).slice(0, 2);
  return (
    <MessageBar intent={INTENT[finding.severity]} layout="multiline" className={styles.root} aria-labelledby={titleId}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle id={titleId}>{ruleTitle(finding.ruleId)}</MessageBarTitle>
        <span>{finding.message}</span>
        <span className={styles.clause}>Protocol: {finding.citation}</span>
        {finding.recipients.length > 0 && (
          <span className={styles.trigger}>Who: {finding.recipients.map((r) => `${r.email} (${r.field === 'from' ? 'sender' : r.field === 'bcc' ? 'Bcc' : r.field === 'cc' ? 'Cc' : 'To'})`).join(', ')}</span>
        )}
        {shown.map((span) => {
          const c = context(body, span.start, span.end);
          return (
            <span key={`${span.start}-${span.end}`} className={styles.trigger}>
              Words: {c.before}<mark className={styles.words}>{c.words}</mark>{c.after}
            </span>
          );
        })}
        <div className={styles.actions}>
          {finding.fixes.map((fix) => (
            <Button key={fix.title} appearance="primary" size="small" disabled={busy} onClick={() => onFix(fix)}>{fix.title}</Button>
          ))}
          {finding.severity !== 'info' && !dismissing && (
            <Button appearance="secondary" size="small" disabled={busy} onClick={() => setDismissing(true)}>Dismiss…</Button>
          )}
        </div>
        {dismissing && (
          <form className={styles.dismissForm} onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim()) onDismiss(reason.trim());
          }}>
            <Field label="Why is this not a problem for this email?" required hint="Kept with this email only; the on-send check will respect it.">
              <Textarea value={reason} onChange={(_e, data) => setReason(data.value)} resize="vertical" autoFocus />
            </Field>
            <div className={styles.actions}>
              <Button type="submit" appearance="primary" size="small" disabled={!reason.trim()}>Dismiss for this email</Button>
              <Button appearance="subtle" size="small" onClick={() => setDismissing(false)}>Cancel</Button>
            </div>
          </form>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
