// The port the task pane and the on-send handler use: read the draft, apply a fix, keep per-item
// state. The Office adapter implements it over Office.js; tests and the simulator use a fake item.
import type { Draft, Edit } from '../engine';
import type { SkipReason } from '../engine/i18n/fix-reasons';

export interface HostDraft extends Draft {
  bodyHtml: string;
  /** How Outlook holds the body: fixes to a plain-text message are written as plain text. */
  bodyType?: 'html' | 'text';
}

export interface SkippedHostEdit {
  edit: Edit;
  /** In English, for logs. */
  reason: string;
  /** The reason as a message id, rendered in the pane's language (absent from a host that gives none). */
  why?: SkipReason;
}

export interface HostApplyResult {
  applied: Edit[];
  skipped: SkippedHostEdit[];
}

export interface MailHost {
  readDraft(): Promise<HostDraft>;
  applyEdits(edits: readonly Edit[]): Promise<HostApplyResult>;
  getSessionValue(key: string): Promise<string | undefined>;
  setSessionValue(key: string, value: string): Promise<void>;
  /** Sets x- internet headers on the message (Mailbox 1.8); false when the host cannot. */
  setInternetHeaders(headers: Record<string, string>): Promise<boolean>;
  /** Calls back when To/Cc/Bcc change (Mailbox 1.7); returns false when the host cannot. */
  onRecipientsChanged(handler: () => void): Promise<boolean>;
}
