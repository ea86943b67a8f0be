// OnMessageSend: read the draft, run the same engine, respect dismissals, and answer Outlook.
// It never edits the message (only an x- header for the audit trail) and always completes.
import { check, type Directory, type Policy } from '../engine/check-core';
import type { Finding } from '../engine/types';
import { findingKey, readDismissals, withoutDismissed } from '../office/dismissals';
import type { MailHost } from '../office/mail-host';
import { failureAlert, toSmartAlert, type Capabilities, type CompletedOptions } from './smart-alert';
import { langOfLocale, type Lang } from '../engine/i18n/lang';
import { makeTranslator, type CatalogueOverrides, type Translator } from '../engine/i18n/translator';

export const ASKED_KEY = 'protocolCheck.askedOnSend';
export const AUDIT_HEADER = 'x-protocol-check';

export interface OnSendDependencies {
  host: MailHost;
  /** Loads the council's directory and policy (cached by the caller); rejects when it cannot. */
  loadConfig(): Promise<{ directory?: Directory; policy: Policy }>;
  capabilities: Capabilities;
  fallbackDirectory(senderEmail: string): Directory;
  /** Outlook's display language (Office.context.displayLanguage, e.g. "cy-GB"): Welsh alerts for Welsh. */
  displayLanguage?: string;
  /**
   * Loads a language's catalogue (the bundle holds only the alert's words) and the council's corrections;
   * rejects or gives nothing when it cannot, and the alert is then in English.
   */
  loadMessages?(lang: Lang): Promise<{ catalogue?: Record<string, string>; overrides?: CatalogueOverrides }>;
  /** What the policy says when the check itself fails, if the policy could be read. */
  onSendFailure?: 'allow' | 'block';
}

function auditValue(warned: readonly Finding[], dismissed: readonly Finding[]): string {
  const ids = (list: readonly Finding[]) => [...new Set(list.map((f) => f.ruleId))].join(',');
  return [warned.length ? `warned=${ids(warned)}` : '', dismissed.length ? `dismissed=${ids(dismissed)}` : ''].filter(Boolean).join('; ');
}

interface Language {
  lang: Lang;
  catalogues?: CatalogueOverrides;
  overrides?: CatalogueOverrides;
  t: Translator;
}

const ENGLISH: Language = { lang: 'en', t: makeTranslator('en') };

/** Outlook's display language, else the council's default; its catalogue loaded, or English. */
async function language(deps: OnSendDependencies, policy: Policy): Promise<Language> {
  const lang = langOfLocale(deps.displayLanguage) ?? policy.language ?? 'en';
  if (!deps.loadMessages) return ENGLISH;
  const loaded = await deps.loadMessages(lang).catch(() => undefined);
  const catalogue = loaded?.catalogue;
  // Without its catalogue the alert is in English (in the bundle: its own words, labels, clauses).
  if (!catalogue) return ENGLISH;
  const overrides = loaded?.overrides;
  return { lang, catalogues: catalogue ? { [lang]: catalogue } : undefined, overrides, t: makeTranslator(lang, catalogue, overrides?.[lang]) };
}

export async function decideOnSend(deps: OnSendDependencies): Promise<CompletedOptions> {
  let policy: Policy | undefined;
  let words = ENGLISH;
  try {
    const config = await deps.loadConfig();
    policy = config.policy;
    words = await language(deps, policy);
    const draft = await deps.host.readDraft();
    const directory = config.directory ?? deps.fallbackDirectory(draft.from.email);
    const findings = check(draft, { directory, policy, lang: words.lang, catalogues: words.catalogues, overrides: words.overrides }).filter((f) => f.severity !== 'info');
    const dismissals = await readDismissals(deps.host);
    const open = withoutDismissed(findings, dismissals);
    const dismissed = findings.filter((f) => !open.includes(f));

    const errors = open.filter((f) => f.severity === 'error');
    const warnings = open.filter((f) => f.severity === 'warning');
    // Asked once about these same warnings already (on a host without a "Send anyway" button): let it go.
    const fingerprint = warnings.map(findingKey).sort().join('\n');
    const askedBefore = !deps.capabilities.smartAlertsButtons && errors.length === 0 && warnings.length > 0 &&
      (await deps.host.getSessionValue(ASKED_KEY)) === fingerprint;

    // Rule ids only, never content: lets a Monitoring Officer audit through Exchange message trace.
    // Set on every send, so a value from an earlier attempt never outlives the problem it named.
    await deps.host.setInternetHeaders({ [AUDIT_HEADER]: auditValue(warnings, dismissed) || 'clean' }).catch(() => false);
    if (askedBefore) return { allowEvent: true };
    const answer = toSmartAlert(errors.length ? [...errors, ...warnings] : warnings, deps.capabilities, words.t);
    if (!answer.allowEvent && errors.length === 0 && !deps.capabilities.smartAlertsButtons) {
      await deps.host.setSessionValue(ASKED_KEY, fingerprint).catch(() => undefined);
    }
    return answer;
  } catch (error) {
    await deps.host.setInternetHeaders({ [AUDIT_HEADER]: 'check-failed' }).catch(() => false);
    const reason = error instanceof Error ? error.message : String(error);
    return failureAlert(reason.length > 200 ? `${reason.slice(0, 199)}…` : reason, policy?.onSendFailure ?? deps.onSendFailure ?? 'allow', deps.capabilities, words.t);
  }
}

export interface SendEvent {
  completed(options: CompletedOptions): void;
}

/** Calls event.completed exactly once, whatever happens (Outlook waits for it). */
export function handleMessageSend(event: SendEvent, deps: OnSendDependencies): Promise<void> {
  let done = false;
  const complete = (options: CompletedOptions): void => {
    if (done) return;
    done = true;
    event.completed(options);
  };
  return decideOnSend(deps).then(complete, () => complete({ allowEvent: true }));
}
