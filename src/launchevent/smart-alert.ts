// Turns findings into the answer for OnMessageSend (Smart Alerts): pure, so it is tested alone.
import type { Finding } from '../engine/types';
import { makeTranslator, type MessageKey, type Translator } from '../engine/i18n/translator';

export interface Capabilities {
  /** Mailbox 1.14: cancelLabel, commandId (open the task pane), sendModeOverride. */
  smartAlertsButtons: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown?: boolean;
}

export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  sendModeOverride?: 'promptUser';
}

export const TASKPANE_COMMAND_ID = 'ProtocolCheckOpenPane';
export const MAX_MESSAGE = 500;

const ENGLISH = makeTranslator('en');

/** The rule as the alert names it ("a blind copy (Bcc)"), from the catalogue: one place per rule. */
function label(ruleId: string, t: Translator): string {
  return t.t(`${ruleId}.label` as MessageKey) || ruleId;
}

function summary(findings: readonly Finding[], t: Translator): string {
  const labels = [...new Set(findings.map((f) => label(f.ruleId, t)))];
  return labels.join('; ');
}

/** One line of plain text: names and addresses may carry line breaks and control characters. */
export function oneLine(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029 ? ' ' : text[i];
  }
  return out;
}

/**
 * Every ASCII punctuation character escaped (CommonMark allows a backslash before any of them),
 * so `Joan <https://evil.example/login>`, `[x](y)`, `~~x~~` or `# x` in a name stay text.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Bare web and e-mail addresses become links in GitHub-style Markdown even when escaped: no Markdown for them. */
const LINK_LIKE = /:\/\/|www\.|@/i;

function clip(text: string): string {
  return text.length <= MAX_MESSAGE ? text : `${text.slice(0, MAX_MESSAGE - 1)}…`;
}

/**
 * Markdown (1.15) makes the rule names stand out. The finding's message can hold recipients'
 * display names, which anyone can set: every markup character is escaped, and a message with
 * something link-like in it goes as plain text only (Markdown would add nothing but risk).
 */
function withMarkdown(options: CompletedOptions, findings: readonly Finding[], capabilities: Capabilities, t: Translator): CompletedOptions {
  if (!capabilities.markdown || !options.errorMessage) return options;
  const message = findings[0]!.message;
  if (LINK_LIKE.test(message)) return options;
  const lines = [...new Set(findings.map((f) => label(f.ruleId, t)))].map((text) => `- **${escapeMarkdown(text)}**`);
  const markdown = `${t.t('alert.markdownHeading')}\n\n${lines.join('\n')}\n\n${escapeMarkdown(message)}`;
  return markdown.length <= MAX_MESSAGE ? { ...options, errorMessageMarkdown: markdown } : options;
}

/** What to tell Outlook, given the findings left after dismissals (already in the user's language). */
export function toSmartAlert(findings: readonly Finding[], capabilities: Capabilities, t: Translator = ENGLISH): CompletedOptions {
  return withMarkdown(plainAlert(findings, capabilities, t), findings, capabilities, t);
}

/** The alert before clipping to Outlook's limit (the 500-character tests measure this). */
export function alertText(findings: readonly Finding[], t: Translator = ENGLISH): string | undefined {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (errors.length > 0) {
    const first = errors[0]!;
    return t.t('alert.errors', { summary: summary(errors, t), message: oneLine(first.message), count: errors.length + warnings.length, clause: first.citation.split(':')[0] });
  }
  if (warnings.length > 0) return t.t('alert.warnings', { summary: summary(warnings, t), message: oneLine(warnings[0]!.message) });
  return undefined;
}

function plainAlert(findings: readonly Finding[], capabilities: Capabilities, t: Translator): CompletedOptions {
  const text = alertText(findings, t);
  if (text === undefined) return { allowEvent: true };
  const buttons = capabilities.smartAlertsButtons ? { cancelLabel: t.t('alert.review'), commandId: TASKPANE_COMMAND_ID } : {};
  // Errors stop the message; warnings may be sent anyway.
  if (findings.some((f) => f.severity === 'error')) return { allowEvent: false, errorMessage: clip(text), ...buttons };
  return {
    allowEvent: false,
    errorMessage: clip(text),
    ...buttons,
    ...(capabilities.smartAlertsButtons ? { sendModeOverride: 'promptUser' as const } : {}),
  };
}

/** When the add-in itself cannot check: let the message go (unless the council says block), and say so. */
export function failureAlert(reason: string, onSendFailure: 'allow' | 'block', capabilities: Capabilities, t: Translator = ENGLISH): CompletedOptions {
  const message = clip(t.t('alert.failed', { reason: oneLine(reason) }));
  if (onSendFailure === 'block') return { allowEvent: false, errorMessage: t.t('alert.failedBlock', { message }).slice(0, MAX_MESSAGE) };
  if (capabilities.smartAlertsButtons) return { allowEvent: false, errorMessage: clip(t.t('alert.failedAllow', { message })), sendModeOverride: 'promptUser' };
  return { allowEvent: true };
}
