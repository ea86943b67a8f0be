// Turns findings into the answer for OnMessageSend (Smart Alerts): pure, so it is tested alone.
import type { Finding } from '../engine/types';

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

const RULE_LABEL: Record<string, string> = {
  'ward-member-copy': 'other ward members not copied',
  'no-blind-copy': 'a blind copy (Bcc)',
  'copy-made-explicit': 'a copy to a member not stated',
  'member-signature': "a commitment in a member's name",
  'capacity-stated': 'capacity not stated',
  'political-content': 'party-political content',
  'out-of-hours': 'sent outside office hours',
  'media-enquiry': 'the communications team not copied',
  'pre-election-publicity': 'a councillor named in pre-election publicity',
  'confidential-information': 'confidential information going outside the council',
  'personal-data': "a resident's personal details",
  'junior-officer-request': 'a request to a junior officer',
  'executive-briefing-copies': 'opposition and scrutiny not copied',
  'distribution-list': 'the all-members list used for a personal matter',
  'officer-criticism': 'an officer criticised in front of others',
};

function summary(findings: readonly Finding[]): string {
  const labels = [...new Set(findings.map((f) => RULE_LABEL[f.ruleId] ?? f.ruleId))];
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
function withMarkdown(options: CompletedOptions, findings: readonly Finding[], capabilities: Capabilities): CompletedOptions {
  if (!capabilities.markdown || !options.errorMessage) return options;
  const message = findings[0]!.message;
  if (LINK_LIKE.test(message)) return options;
  const lines = [...new Set(findings.map((f) => RULE_LABEL[f.ruleId] ?? f.ruleId))].map((label) => `- **${escapeMarkdown(label)}**`);
  const markdown = `**Protocol Check** found:\n\n${lines.join('\n')}\n\n${escapeMarkdown(message)}`;
  return markdown.length <= MAX_MESSAGE ? { ...options, errorMessageMarkdown: markdown } : options;
}

/** What to tell Outlook, given the findings left after dismissals. */
export function toSmartAlert(findings: readonly Finding[], capabilities: Capabilities): CompletedOptions {
  return withMarkdown(plainAlert(findings, capabilities), findings, capabilities);
}

function plainAlert(findings: readonly Finding[], capabilities: Capabilities): CompletedOptions {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (errors.length === 0 && warnings.length === 0) return { allowEvent: true };
  const buttons = capabilities.smartAlertsButtons ? { cancelLabel: 'Review', commandId: TASKPANE_COMMAND_ID } : {};
  if (errors.length > 0) {
    const first = errors[0]!;
    return {
      allowEvent: false,
      errorMessage: clip(`Protocol Check: ${summary(errors)}. ${oneLine(first.message)} Select Review to see the fix${errors.length + warnings.length > 1 ? 'es' : ''} (${first.citation.split(':')[0]}).`),
      ...buttons,
    };
  }
  return {
    allowEvent: false,
    errorMessage: clip(`Protocol Check: ${summary(warnings)}. ${oneLine(warnings[0]!.message)} Select Review to fix it, or send anyway.`),
    ...buttons,
    ...(capabilities.smartAlertsButtons ? { sendModeOverride: 'promptUser' as const } : {}),
  };
}

/** When the add-in itself cannot check: let the message go (unless the council says block), and say so. */
export function failureAlert(reason: string, onSendFailure: 'allow' | 'block', capabilities: Capabilities): CompletedOptions {
  const message = clip(`Protocol Check could not check this email (${oneLine(reason)}).`);
  if (onSendFailure === 'block') return { allowEvent: false, errorMessage: `${message} Your council asks that it is checked before sending: try again, or contact IT.`.slice(0, MAX_MESSAGE) };
  if (capabilities.smartAlertsButtons) return { allowEvent: false, errorMessage: clip(`${message} You can send it anyway.`), sendModeOverride: 'promptUser' };
  return { allowEvent: true };
}
