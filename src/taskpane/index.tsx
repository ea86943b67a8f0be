// The task pane page inside Outlook: wait for Office, then render the app over the real item.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { officeMailHost } from '../office/office-adapter';
import type { ComposeItemLike } from '../office/compose-item';
import { App } from './App';
import { httpSource } from './council-config';
import { officeThemeName } from './office-theme';

void Office.onReady(() => {
  const mailbox = Office.context.mailbox;
  const profile = mailbox.userProfile;
  const host = officeMailHost(mailbox.item as unknown as ComposeItemLike, { userProfile: { displayName: profile.displayName, emailAddress: profile.emailAddress } });
  const forced = window.matchMedia?.('(forced-colors: active)').matches ?? false;
  const theme = officeThemeName(Office.context.officeTheme, forced);
  createRoot(document.getElementById('root')!).render(
    <App host={host} source={httpSource('')} theme={theme} displayLanguage={Office.context.displayLanguage} settings={Office.context.roamingSettings} />);
});
