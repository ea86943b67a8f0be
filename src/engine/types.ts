// The public data types of the engine: Draft in, Finding out (see shared/spec/formats.md).

export type RecipientField = 'to' | 'cc' | 'bcc';
export type ComposeType = 'new' | 'reply' | 'replyAll' | 'forward';
export type Severity = 'error' | 'warning' | 'info';

export interface Address {
  name?: string;
  email: string;
}

export interface Draft {
  from: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string;
  body: string;
  bodyHtml?: string;
  composeType?: ComposeType;
  /** ISO time the time-based rules read; the hosts default it to the current time. */
  now?: string;
  /** Set by a `setDelayDelivery` edit: when the message should be delivered (ISO). */
  delayDelivery?: string;
}

/** A stretch of the plain-text body: UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type InsertAnchor = 'start' | 'afterGreeting' | 'beforeSignOff' | 'end';

/** People a sentence states are copied, with what they are copied as ("Riverside ward councillors"). */
export interface CopyGroup {
  names: string[];
  as?: string;
  /** `as` in Welsh, for a copy sentence written in Welsh ("cynghorwyr ward Glan-yr-afon"). */
  asCy?: string;
}

export type Edit =
  | { op: 'addRecipient'; field: RecipientField; email: string; name?: string }
  | { op: 'removeRecipient'; field: RecipientField; email: string }
  // `copies` (optional) marks the sentence that states who is copied, so fixes extend one sentence.
  | { op: 'insertText'; anchor: InsertAnchor; text: string; copies?: CopyGroup[] }
  | { op: 'replaceText'; span: Span; replacement: string; copies?: CopyGroup[] }
  | { op: 'setDelayDelivery'; time: string };

export interface Fix {
  title: string;
  edits: Edit[];
}

export interface FindingRecipient {
  email: string;
  field: RecipientField | 'from';
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  citation: string;
  recipients: FindingRecipient[];
  spans: Span[];
  fixes: Fix[];
}
