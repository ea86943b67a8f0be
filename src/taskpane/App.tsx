// The task pane app: Fluent UI provider with the Office theme, the controller, the pane, and the
// language it speaks (see i18n/choose-lang.ts).
import * as React from 'react';
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../engine/i18n/lang';
import type { HostDraft, MailHost } from '../office/mail-host';
import type { JsonSource } from './council-config';
import { createController, type Controller } from './controller';
import { Pane } from './components/Pane';
import { chooseLang, saveLang, savedLang, type RoamingSettingsLike } from './i18n/choose-lang';
import { WordsContext } from './i18n/WordsContext';
import { ENGLISH, loadWords, type Words } from './i18n/words';
import { initialState, reducer } from './state';

export type ThemeName = 'light' | 'dark' | 'highContrast';

const THEMES = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

export interface AppProps {
  host: MailHost;
  source: JsonSource;
  theme: ThemeName;
  pollMs?: number;
  /** Office.context.displayLanguage, e.g. "cy-GB". */
  displayLanguage?: string;
  /** Office.context.roamingSettings: where the user's choice of language is kept. */
  settings?: RoamingSettingsLike;
}

export function App({ host, source, theme, pollMs, displayLanguage, settings }: AppProps): React.ReactElement {
  const [state, dispatch] = React.useReducer(reducer, initialState);
  const [draft, setDraft] = React.useState<HostDraft>();
  const [words, setWords] = React.useState<Words>(ENGLISH);
  const controller = React.useRef<Controller>();
  // The language asked for last, so a slow load of an earlier choice does not win.
  const wanted = React.useRef<Lang>();

  const speak = React.useCallback((lang: Lang): Promise<void> => {
    wanted.current = lang;
    return loadWords(lang).then(async (loaded) => {
      if (wanted.current !== lang) return;
      // Findings first, then the pane's own words, so the two change (nearly) together.
      await controller.current?.setWords(loaded);
      if (wanted.current === lang) setWords(loaded);
    }, () => undefined);
  }, []);

  React.useEffect(() => {
    // The pane quotes words and says where people are, so it keeps the draft the engine checked.
    const watching: MailHost = { ...host, readDraft: () => host.readDraft().then((d) => { setDraft(d); return d; }) };
    const c = createController(watching, source, dispatch, { pollMs });
    controller.current = c;
    // The first check waits for the language, so findings appear once, in it.
    void speak(chooseLang(savedLang(settings), displayLanguage, undefined)).then(() => {
      if (controller.current === c) void c.start();
    });
    return () => c.stop();
  }, [host, source, pollMs, settings, displayLanguage, speak]);

  // With no choice of the user's and no Welsh or English Outlook, the council's default applies.
  const policyLang = state.config?.policy.language;
  React.useEffect(() => {
    if (policyLang) {
      const lang = chooseLang(savedLang(settings), displayLanguage, policyLang);
      if (lang !== wanted.current) void speak(lang);
    }
  }, [policyLang, settings, displayLanguage, speak]);

  const choose = (lang: Lang): void => {
    saveLang(settings, lang);
    void speak(lang);
  };

  return (
    <FluentProvider theme={THEMES[theme]}>
      <WordsContext.Provider value={words}>
        <Pane state={state} draft={draft} onLanguage={choose}
          onFix={(finding, fix, label) => void controller.current?.applyFix(finding, fix, label)}
          onFixAll={(findings) => void controller.current?.fixAll(findings)}
          onConfirmFixAll={(plan) => void controller.current?.confirmFixAll(plan)}
          onCancelFixAll={() => controller.current?.cancelFixAll()}
          onUndo={() => void controller.current?.undo()}
          onDismiss={(finding, reason, title) => void controller.current?.dismiss(finding, reason, title)}
          onUndismiss={(key) => void controller.current?.undismiss(key)}
          onRecheck={() => void controller.current?.recheck()} />
      </WordsContext.Provider>
    </FluentProvider>
  );
}
