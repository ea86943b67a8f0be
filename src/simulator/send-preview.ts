// What pressing Send would do in Outlook: the real on-send handler run against the fake item,
// with the council's files read as the on-send runtime reads them.
import { decideOnSend, AUDIT_HEADER } from '../launchevent/on-send';
import { fallbackDirectory, lightDirectory, lightPolicy } from '../launchevent/light-config';
import type { CompletedOptions } from '../launchevent/smart-alert';
import { CATALOGUES } from '../engine/i18n/catalogues';
import type { FakeComposeItem } from '../office/fake/fake-compose-item';
import type { MailHost } from '../office/mail-host';
import type { JsonSource } from '../taskpane/council-config';

export interface SendPreview {
  answer: CompletedOptions;
  /** The audit header the handler stamped on the message. */
  header?: string;
}

/** `displayLanguage` is Outlook's ("cy-GB": the alert in Welsh, as on-send gives it). */
export async function previewSend(item: FakeComposeItem, host: MailHost, source: JsonSource, displayLanguage?: string): Promise<SendPreview> {
  const answer = await decideOnSend({
    host,
    loadConfig: async () => {
      const [directory, policy] = await Promise.all([source('config/directory.json'), source('config/policy.json')]);
      return { directory: directory === undefined ? undefined : lightDirectory(directory), policy: lightPolicy(policy) };
    },
    // New Outlook and Outlook on the web: Smart Alerts with "Send anyway" and a Review button.
    capabilities: { smartAlertsButtons: true, markdown: false },
    fallbackDirectory,
    displayLanguage,
    // On-send fetches the catalogue from beside the add-in; the simulator has them all to hand.
    loadMessages: async (lang) => ({ catalogue: CATALOGUES[lang] }),
  });
  return { answer, header: item.state.internetHeaders[AUDIT_HEADER] };
}
