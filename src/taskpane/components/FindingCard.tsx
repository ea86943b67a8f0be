// One finding as a neutral card: severity icon and title, what is wrong in plain words, the
// sentence quoted once with its trigger words marked, the people by name and where they are now,
// one primary fix with a short label (others in a menu), "Why?" for the clause, and Dismiss.
import * as React from 'react';
import { Button, Card, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text } from '@fluentui/react-components';
import { ErrorCircle20Regular, Info20Regular, Warning20Regular } from '@fluentui/react-icons';
import type { Finding, Fix } from '../../engine';
import { detectLanguage } from '../../engine/i18n/detect-welsh';
import { readCitation } from '../citation';
import type { Person } from '../people';
import { quoteOf } from '../quote';
import { useWords } from '../i18n/WordsContext';
import { DismissForm } from './DismissForm';
import { useFindingCardStyles } from './FindingCard.styles';

export interface LabelledFix {
  fix: Fix;
  label: string;
}

export interface FindingCardProps {
  finding: Finding;
  title: string;
  body: string;
  people: Person[];
  fixes: LabelledFix[];
  protocolName: string;
  busy: boolean;
  onFix(fix: Fix, label: string): void;
  onDismiss(reason: string): void;
  /** Called after the reason form is cancelled (focus has already gone back to Dismiss…). */
  onCancelDismiss?(): void;
}

const ICON = { error: ErrorCircle20Regular, warning: Warning20Regular, info: Info20Regular } as const;

export const FindingCard = React.forwardRef<HTMLHeadingElement, FindingCardProps>(function FindingCard(
  { finding, title, body, people, fixes, protocolName, busy, onFix, onDismiss, onCancelDismiss }, titleRef) {
  const styles = useFindingCardStyles();
  const words = useWords();
  const [dismissing, setDismissing] = React.useState(false);
  const [why, setWhy] = React.useState(false);
  const dismissButton = React.useRef<HTMLButtonElement>(null);
  const returnFocus = React.useRef(false);
  const titleId = React.useId();
  const whyId = React.useId();
  React.useEffect(() => {
    if (!dismissing && returnFocus.current) {
      returnFocus.current = false;
      dismissButton.current?.focus();
    }
  }, [dismissing]);
  const Icon = ICON[finding.severity];
  const quote = quoteOf(body, finding.spans);
  // The e-mail's words keep their own language for screen readers (English quoted in a Welsh pane).
  const quoteLang = quote ? detectLanguage(quote.segments.map((s) => s.text).join('')) : undefined;
  const citation = readCitation(finding.citation, protocolName);
  const [primary, ...others] = fixes;
  return (
    <Card className={styles.root} appearance="outline" role="article" aria-labelledby={titleId} data-finding={finding.ruleId}>
      <div className={styles.header}>
        <Icon className={styles[finding.severity]} role="img" aria-label={words.t(`pane.severity.${finding.severity}`)} />
        <h3 className={styles.title} id={titleId} ref={titleRef} tabIndex={-1}>{title}</h3>
      </div>
      <Text as="p" className={styles.text}>{finding.message}</Text>
      {quote && (
        <blockquote className={styles.quote} aria-label={words.t('pane.quoted')} lang={quoteLang !== words.lang ? quoteLang : undefined}>
          {quote.before && '…'}
          {quote.segments.map((s, k) => (s.mark ? <mark key={k} className={styles.mark}>{s.text}</mark> : <React.Fragment key={k}>{s.text}</React.Fragment>))}
          {quote.after && '…'}
        </blockquote>
      )}
      {people.length > 0 && (
        <ul className={styles.people} aria-label={words.t('pane.people')}>
          {people.map((p) => <li key={p.email}>{p.name} <span className={styles.place}>· {words.t(`pane.place.${p.place}`)}</span></li>)}
        </ul>
      )}
      {why && (
        <p className={styles.why} id={whyId}>
          <span className={styles.reference}>{citation.reference}</span>
          {citation.wording}
        </p>
      )}
      {!dismissing && (
        <div className={styles.actions}>
          {primary && <Button className={styles.label} appearance="primary" size="small" disabled={busy} title={primary.fix.title} onClick={() => onFix(primary.fix, primary.label)}>{primary.label}</Button>}
          {others.length > 0 && (
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button className={styles.label} appearance="secondary" size="small" disabled={busy}>{words.t('pane.otherFixes')}</Button>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {others.map((o) => <MenuItem key={o.label} onClick={() => onFix(o.fix, o.label)}>{o.label}</MenuItem>)}
                </MenuList>
              </MenuPopover>
            </Menu>
          )}
          <Button className={styles.label} appearance="subtle" size="small" aria-expanded={why} aria-controls={why ? whyId : undefined} onClick={() => setWhy(!why)}>{words.t('pane.why')}</Button>
          {finding.severity !== 'info' && (
            <Button className={styles.label} appearance="subtle" size="small" disabled={busy} ref={dismissButton} onClick={() => setDismissing(true)}>{words.t('pane.dismiss')}</Button>
          )}
        </div>
      )}
      {dismissing && (
        <DismissForm severity={finding.severity} onDismiss={onDismiss} onCancel={() => {
          returnFocus.current = true;
          setDismissing(false);
          onCancelDismiss?.();
        }} />
      )}
    </Card>
  );
});
