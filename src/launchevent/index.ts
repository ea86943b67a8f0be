// The event-based entry (classic Outlook on Windows loads this one file in its JavaScript-only
// runtime): handlers are associated at top level, outside Office.onReady, with the manifest names.
import './polyfills';
import { fetchJson } from '../office/fetch-json';
import { officeSendHost } from '../office/office-reader';
import type { ComposeItemLike } from '../office/compose-item';
import { check, type Directory, type Policy } from '../engine/check-core';
import { fallbackDirectory, lightDirectory, lightPolicy } from './light-config';
import { handleMessageSend } from './on-send';
import type { Capabilities } from './smart-alert';
import { langOfLocale, type Lang } from '../engine/i18n/lang';
import type { CatalogueOverrides } from '../engine/i18n/translator';

declare const __ADDIN_BASE_URL__: string;

export const VERDICT_KEY = 'protocolCheck.verdict';

let configPromise: Promise<{ directory?: Directory; policy: Policy }> | undefined;

function loadConfig(): Promise<{ directory?: Directory; policy: Policy }> {
  if (!configPromise) {
    const base = __ADDIN_BASE_URL__;
    configPromise = Promise.all([fetchJson(`${base}config/directory.json`), fetchJson(`${base}config/policy.json`)])
      .then(([directory, policy]) => ({ directory: directory === undefined ? undefined : lightDirectory(directory), policy: lightPolicy(policy) }));
    // A failed load is not cached: the next event tries again.
    configPromise.catch(() => {
      configPromise = undefined;
    });
  }
  return configPromise;
}

const messagesPromises = new Map<Lang, Promise<{ catalogue?: Record<string, string>; overrides?: CatalogueOverrides }>>();

/**
 * The catalogue of the user's language is fetched from beside the add-in, not bundled: the
 * on-send file has a size budget. The council's corrections (config/messages.json) come with it.
 */
function loadMessages(lang: Lang): Promise<{ catalogue?: Record<string, string>; overrides?: CatalogueOverrides }> {
  let loading = messagesPromises.get(lang);
  if (!loading) {
    const base = __ADDIN_BASE_URL__;
    const catalogue = fetchJson(`${base}i18n/${lang}.json`);
    loading = Promise.all([catalogue, fetchJson(`${base}config/messages.json`).catch(() => undefined)])
      .then(([words, overrides]) => ({ catalogue: words as Record<string, string> | undefined, overrides: overrides as CatalogueOverrides | undefined }));
    messagesPromises.set(lang, loading);
    loading.catch(() => messagesPromises.delete(lang));
  }
  return loading;
}

function capabilities(): Capabilities {
  const supports = (version: string) => Office.context.requirements.isSetSupported('Mailbox', version);
  return { smartAlertsButtons: supports('1.14'), markdown: supports('1.15') };
}

function host() {
  const profile = Office.context.mailbox.userProfile;
  return officeSendHost(Office.context.mailbox.item as unknown as ComposeItemLike, { userProfile: { displayName: profile.displayName, emailAddress: profile.emailAddress } });
}

function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  try {
    void handleMessageSend(event as never, { host: host(), loadConfig, capabilities: capabilities(), fallbackDirectory, displayLanguage: Office.context.displayLanguage, loadMessages });
  } catch {
    event.completed({ allowEvent: true } as never);
  }
}

/** Recipients or From changed: keep a verdict ready in sessionData (and the config warm) for Send. */
function onComposeChangedHandler(event: Office.AddinCommands.Event): void {
  const finish = (): void => event.completed();
  try {
    const mail = host();
    loadConfig()
      .then((config) => {
        // Warm the catalogue too, so Send does not wait for it.
        loadMessages(langOfLocale(Office.context.displayLanguage) ?? config.policy.language ?? 'en').catch(() => undefined);
        return mail.readDraft().then((draft) => {
          const findings = check(draft, { directory: config.directory ?? fallbackDirectory(draft.from.email), policy: config.policy });
          return mail.setSessionValue(VERDICT_KEY, JSON.stringify(findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity }))));
        });
      })
      .then(finish, finish);
  } catch {
    finish();
  }
}

Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
Office.actions.associate('onMessageRecipientsChangedHandler', onComposeChangedHandler);
Office.actions.associate('onMessageFromChangedHandler', onComposeChangedHandler);
