// Fix all's plan, shown before anything changes: what it will do, what it leaves out, and the
// buttons to apply or cancel it.
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { Draft, FixAllPlan as Plan } from '../../engine';
import { planSteps } from '../plan-steps';
import { useWords } from '../i18n/WordsContext';
import { useFixAllPlanStyles } from './FixAllPlan.styles';

export interface FixAllPlanProps {
  plan: Plan;
  /** The draft as last checked, for the names of the people the plan moves. */
  draft?: Pick<Draft, 'to' | 'cc' | 'bcc'>;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function FixAllPlan({ plan, draft, busy, onConfirm, onCancel }: FixAllPlanProps): React.ReactElement {
  const styles = useFixAllPlanStyles();
  const words = useWords();
  const heading = React.useRef<HTMLHeadingElement>(null);
  // The plan replaces the button that opened it: take focus so keyboard users land on it.
  React.useEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.root} aria-label={words.t('pane.fixAll')}>
      <Text as="h2" weight="semibold" ref={heading} tabIndex={-1}>{words.t('pane.plan.heading')}</Text>
      <ol className={styles.steps}>
        {planSteps(plan.edits, draft, words).map((step, k) => <li key={k}>{step}</li>)}
      </ol>
      {plan.skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {`${words.t('pane.plan.leftOut', { count: plan.skipped.length })} `}
            {plan.skipped.map((s) => words.reason(s)).filter((r, k, all) => all.indexOf(r) === k).join('; ')}.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || plan.edits.length === 0} onClick={onConfirm}>{words.t('pane.plan.apply')}</Button>
        <Button appearance="secondary" disabled={busy} onClick={onCancel}>{words.t('pane.cancel')}</Button>
      </div>
    </section>
  );
}
