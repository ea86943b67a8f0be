// The in-browser simulator: a compose window driving the fake Office compose item, with the real
// task pane beside it. Lets anyone see Protocol Check work without Outlook.
import * as React from 'react';
import { Button, Field, FluentProvider, Input, Label, Radio, RadioGroup, Select, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { langOfLocale } from '../engine/i18n/lang';
import { App, type ThemeName } from '../taskpane/App';
import { WordsContext } from '../taskpane/i18n/WordsContext';
import { ENGLISH, loadWords, type Words } from '../taskpane/i18n/words';
import { FakeRoamingSettings } from '../office/fake/fake-roaming-settings';
import { httpSource } from '../taskpane/council-config';
import { officeMailHost } from '../office/office-adapter';
import { FakeComposeItem } from '../office/fake/fake-compose-item';
import { formatRecipients, parseRecipients } from './recipients';
import { scenarios } from './scenarios';
import { SendDialog } from './SendDialog';
import { previewSend, type SendPreview } from './send-preview';

const useStyles = makeStyles({
  // Side by side on a wide screen; one column (compose, then the pane) when zoomed or narrow, so
  // nothing overlaps and the page never scrolls sideways (WCAG 1.4.10).
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 380px', minHeight: '100vh',
    '@media (max-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr)', minHeight: 'auto' } },
  compose: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  howTo: { margin: 0 },
  send: { alignSelf: 'flex-start' },
  body: { minHeight: '320px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: 'auto', maxHeight: '100vh', minWidth: 0,
    '@media (max-width: 760px)': { borderLeft: 'none', borderTop: `1px solid ${tokens.colorNeutralStroke1}`, maxHeight: 'none', overflowY: 'visible' } },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, flexWrap: 'wrap', alignItems: 'end', minWidth: 0 },
  // The draft names are long: the list takes the row's width and never pushes the page wider.
  field: { minWidth: 0, maxWidth: '100%', flexGrow: 1, flexBasis: '16rem' },
  select: { width: '100%', maxWidth: '100%', minWidth: 0 },
});

/** Outlook display languages the simulator can pretend to be in (`?lang=cy-GB` starts in Welsh). */
const DISPLAY_LANGUAGES = [{ locale: 'en-GB', name: 'English (en-GB)', lang: 'en' }, { locale: 'cy-GB', name: 'Cymraeg (cy-GB)', lang: 'cy' }] as const;

function initialDisplayLanguage(): string {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return DISPLAY_LANGUAGES.find((d) => d.locale.toLowerCase() === asked?.toLowerCase())?.locale ?? 'en-GB';
}

function makeItem(index: number): FakeComposeItem {
  return new FakeComposeItem(structuredClone(scenarios[index]!.state));
}

export function Simulator(): React.ReactElement {
  const styles = useStyles();
  const [scenario, setScenario] = React.useState(0);
  const [theme, setTheme] = React.useState<ThemeName>('light');
  const [displayLanguage, setDisplayLanguage] = React.useState(initialDisplayLanguage);
  const [words, setWords] = React.useState<Words>(ENGLISH);
  // The user's choice of language in the pane, kept as Outlook keeps it (per user, across drafts).
  const settings = React.useMemo(() => new FakeRoamingSettings(), []);
  React.useEffect(() => {
    const lang = langOfLocale(displayLanguage) ?? 'en';
    let current = true;
    void loadWords(lang).then((loaded) => { if (current) setWords(loaded); });
    // The page's language is the simulated Outlook's (the pane marks its own).
    document.documentElement.lang = lang === 'cy' ? 'cy' : 'en-GB';
    return () => { current = false; };
  }, [displayLanguage]);
  const item = React.useMemo(() => makeItem(scenario), [scenario]);
  const host = React.useMemo(() => officeMailHost(item, { userProfile: { displayName: item.state.from.displayName ?? '', emailAddress: item.state.from.emailAddress } }), [item]);
  const source = React.useMemo(() => httpSource(''), []);
  const [, redraw] = React.useReducer((n: number) => n + 1, 0);
  const bodyRef = React.useRef<HTMLDivElement>(null);
  const paneRef = React.useRef<HTMLElement>(null);
  const [sent, setSent] = React.useState<SendPreview>();
  const send = () => void previewSend(item, host, source, displayLanguage).then(setSent);

  // Changes the add-in makes (a fix) show in the compose form, as they would in Outlook.
  React.useEffect(() => item.subscribe(() => {
    redraw();
    if (bodyRef.current && bodyRef.current.innerHTML !== item.state.bodyHtml) bodyRef.current.innerHTML = item.state.bodyHtml;
  }), [item]);
  React.useEffect(() => {
    if (bodyRef.current) bodyRef.current.innerHTML = item.state.bodyHtml;
  }, [item]);

  const t = words.t;
  const recipientField = (field: 'to' | 'cc' | 'bcc', label: string) => (
    <Field label={label}>
      <Input key={`${scenario}-${field}-${formatRecipients(item.state[field])}`} defaultValue={formatRecipients(item.state[field])}
        data-testid={`field-${field}`} onBlur={(e) => item.setRecipientsByUser(field, parseRecipients(e.currentTarget.value))} />
    </Field>
  );

  return (
    <div className={styles.page}>
      <FluentProvider theme={webLightTheme}>
       <WordsContext.Provider value={words}>
        <main className={styles.compose} aria-label={t('sim.compose')}>
          <h1>{t('sim.title')}</h1>
          <Text as="p" className={styles.howTo}>{t('sim.howTo')}</Text>
          <div className={styles.row}>
            <Field label={t('sim.startFrom')} className={styles.field}>
              <Select className={styles.select} value={String(scenario)} onChange={(_e, data) => setScenario(Number(data.value))} data-testid="scenario">
                {scenarios.map((s, i) => <option key={s.id} value={i}>{t(`sim.scenario.${s.id}`)}</option>)}
              </Select>
            </Field>
            <Field label={t('sim.displayLanguage')} className={styles.field}>
              <Select className={styles.select} value={displayLanguage} onChange={(_e, data) => setDisplayLanguage(data.value)} data-testid="display-language">
                {DISPLAY_LANGUAGES.map((d) => <option key={d.locale} value={d.locale} lang={d.lang}>{d.name}</option>)}
              </Select>
            </Field>
            <div>
              <Label id="theme-label">{t('sim.theme')}</Label>
              <RadioGroup layout="horizontal" aria-labelledby="theme-label" value={theme} onChange={(_e, data) => setTheme(data.value as ThemeName)}>
                <Radio value="light" label={t('sim.theme.light')} />
                <Radio value="dark" label={t('sim.theme.dark')} />
                <Radio value="highContrast" label={t('sim.theme.highContrast')} />
              </RadioGroup>
            </div>
          </div>
          <Field label={t('sim.from')}>
            <Input key={`${scenario}-from`} defaultValue={formatRecipients([item.state.from])} data-testid="field-from"
              onBlur={(e) => { item.state.from = parseRecipients(e.currentTarget.value)[0] ?? item.state.from; }} />
          </Field>
          {recipientField('to', t('sim.to'))}
          {recipientField('cc', 'Cc')}
          {recipientField('bcc', 'Bcc')}
          <Field label={t('sim.subject')}>
            <Input key={`${scenario}-subject`} defaultValue={item.state.subject} data-testid="field-subject" onChange={(_e, data) => { item.state.subject = data.value; }} />
          </Field>
          <Label id="body-label">{t('sim.message')}</Label>
          <div ref={bodyRef} className={styles.body} contentEditable role="textbox" aria-multiline="true" aria-labelledby="body-label" tabIndex={0}
            data-testid="field-body" onInput={(e) => { item.state.bodyHtml = e.currentTarget.innerHTML; }} suppressContentEditableWarning />
          <Button appearance="primary" className={styles.send} onClick={send}>{t('sim.send')}</Button>
          <SendDialog preview={sent} onClose={() => setSent(undefined)} onReview={() => {
            setSent(undefined);
            // "Review" opens the task pane in Outlook: here, focus moves to its summary.
            setTimeout(() => paneRef.current?.querySelector<HTMLElement>('[role="status"]')?.focus(), 0);
          }} />
        </main>
       </WordsContext.Provider>
      </FluentProvider>
      <aside className={styles.pane} aria-label={t('sim.taskpane')} data-testid="taskpane" ref={paneRef}>
        <App key={`${scenario}-${displayLanguage}`} host={host} source={source} theme={theme} pollMs={700} displayLanguage={displayLanguage} settings={settings} />
      </aside>
    </div>
  );
}
