// "Dismissed (n)": what the user dismissed for this email, with the reason and Undo.
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { Dismissal } from '../../office/dismissals';
import { useWords } from '../i18n/WordsContext';
import { usePaneStyles } from './Pane.styles';

export interface DismissedListProps {
  dismissals: readonly Dismissal[];
  /** Keys of dismissals that still hide a finding in the draft as it is now. */
  active: ReadonlySet<string>;
  busy: boolean;
  onUndo(key: string): void;
}

export const DismissedList = React.forwardRef<HTMLHeadingElement, DismissedListProps>(function DismissedList({ dismissals, active, busy, onUndo }, headingRef) {
  const styles = usePaneStyles();
  const words = useWords();
  const headingId = React.useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 className={styles.sectionTitle} id={headingId} ref={headingRef} tabIndex={-1}>{words.t('pane.dismissedHeading', { count: dismissals.length })}</h2>
      <ul className={styles.dismissed}>
        {dismissals.map((d) => (
          <li key={d.key} className={styles.dismissedItem}>
            <span>
              <strong>{d.title ?? words.ruleTitle(d.ruleId)}</strong>{active.has(d.key) ? '' : ` (${words.t('pane.dismissedGone')})`}: {d.reason}
            </span>
            <Button appearance="secondary" size="small" disabled={busy} aria-label={words.t('pane.undoItem', { title: d.title ?? words.ruleTitle(d.ruleId) })} onClick={() => onUndo(d.key)}>{words.t('pane.undo')}</Button>
          </li>
        ))}
      </ul>
    </section>
  );
});
