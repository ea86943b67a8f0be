// The reason for dismissing a finding: one of a short list, or typed. An error needs a chosen
// reason or a typed one of a few words, so "x" cannot wave a breach through. Escape cancels.
import * as React from 'react';
import { Button, Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { Severity } from '../../engine';
import { useWords } from '../i18n/WordsContext';
import type { Words } from '../i18n/words';
import { DISMISS_REASONS, MIN_TYPED_REASON_WORDS } from '../strings';
import { useDismissFormStyles } from './DismissForm.styles';

export interface DismissFormProps {
  severity: Severity;
  onDismiss(reason: string): void;
  onCancel(): void;
}

const OTHER = 'other';

/** The reason to keep, or undefined while the form does not yet hold an acceptable one. */
export function acceptedReason(choice: string, typed: string, severity: Severity, catalogue: Words): string | undefined {
  if (choice !== OTHER) return DISMISS_REASONS.some((r) => r === choice) ? catalogue.t(choice as (typeof DISMISS_REASONS)[number]) : undefined;
  const text = typed.trim().replace(/\s+/g, ' ');
  const words = text.split(' ').filter((w) => /[A-Za-z0-9\u00C0-\u024F]{2,}/.test(w)).length;
  if (severity === 'error') return words >= MIN_TYPED_REASON_WORDS ? text : undefined;
  return text ? text : undefined;
}

export function DismissForm({ severity, onDismiss, onCancel }: DismissFormProps): React.ReactElement {
  const styles = useDismissFormStyles();
  const words = useWords();
  const [choice, setChoice] = React.useState('');
  const [typed, setTyped] = React.useState('');
  const group = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => group.current?.querySelector('input')?.focus(), []);
  const reason = acceptedReason(choice, typed, severity, words);
  return (
    <form className={styles.root} onSubmit={(event) => {
      event.preventDefault();
      if (reason) onDismiss(reason);
    }} onKeyDown={(event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }
    }}>
      <Field label={words.t('pane.dismissQuestion')} hint={words.t('pane.dismissHint')} required>
        <RadioGroup ref={group} value={choice} onChange={(_e, data) => setChoice(data.value)}>
          {DISMISS_REASONS.map((r) => <Radio key={r} value={r} label={words.t(r)} />)}
          <Radio value={OTHER} label={words.t('pane.otherReason')} />
        </RadioGroup>
      </Field>
      {choice === OTHER && (
        <Field label={words.t('pane.otherReasonLabel')} hint={severity === 'error' ? words.t('pane.errorReasonHint') : undefined}>
          <Textarea value={typed} onChange={(_e, data) => setTyped(data.value)} resize="vertical" autoFocus />
        </Field>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={!reason}>{words.t('pane.dismissConfirm')}</Button>
        <Button appearance="secondary" size="small" onClick={onCancel}>{words.t('pane.cancel')}</Button>
      </div>
    </form>
  );
}
