// The task pane app: Fluent UI provider with the Office theme, the controller, and the pane.
import * as React from 'react';
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { HostDraft, MailHost } from '../office/mail-host';
import type { JsonSource } from './council-config';
import { createController, type Controller } from './controller';
import { Pane } from './components/Pane';
import { initialState, reducer } from './state';

export type ThemeName = 'light' | 'dark' | 'highContrast';

const THEMES = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

export interface AppProps {
  host: MailHost;
  source: JsonSource;
  theme: ThemeName;
  pollMs?: number;
}

export function App({ host, source, theme, pollMs }: AppProps): React.ReactElement {
  const [state, dispatch] = React.useReducer(reducer, initialState);
  const [draft, setDraft] = React.useState<HostDraft>();
  const controller = React.useRef<Controller>();

  React.useEffect(() => {
    // The pane quotes words and says where people are, so it keeps the draft the engine checked.
    const watching: MailHost = { ...host, readDraft: () => host.readDraft().then((d) => { setDraft(d); return d; }) };
    const c = createController(watching, source, dispatch, { pollMs });
    controller.current = c;
    void c.start();
    return () => c.stop();
  }, [host, source, pollMs]);

  return (
    <FluentProvider theme={THEMES[theme]}>
      <Pane state={state} draft={draft}
        onFix={(finding, fix, label) => void controller.current?.applyFix(finding, fix, label)}
        onFixAll={(findings) => void controller.current?.fixAll(findings)}
        onConfirmFixAll={(plan) => void controller.current?.confirmFixAll(plan)}
        onCancelFixAll={() => controller.current?.cancelFixAll()}
        onUndo={() => void controller.current?.undo()}
        onDismiss={(finding, reason, title) => void controller.current?.dismiss(finding, reason, title)}
        onUndismiss={(key) => void controller.current?.undismiss(key)}
        onRecheck={() => void controller.current?.recheck()} />
    </FluentProvider>
  );
}
