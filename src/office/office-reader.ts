// Reads the compose item through Office.js: the draft (body as HTML or plain text), per-item
// session values, the audit header and the recipients event. The on-send handler uses only this
// part (it never edits), so its ES2016 bundle does not carry the HTML editing code.
import type { ComposeType, RecipientField } from '../engine';
import type { ComposeItemLike, EmailAddressLike } from './compose-item';
import { escapeHtml } from './html-scan';
import { htmlToText } from './html-text';
import type { HostDraft, MailHost } from './mail-host';
import { officeCall } from './promisify';

// Office.CoercionType.Html / .Text
export const HTML = 'html';
export const TEXT = 'text';

export interface OfficeAdapterOptions {
  /** The signed-in user, for hosts without item.from (before Mailbox 1.7). */
  userProfile?: { displayName: string; emailAddress: string };
  now?: () => Date;
}

export interface BodyRead {
  type: 'html' | 'text';
  /** As Outlook holds it: HTML, or the plain text. */
  raw: string;
  /** As the engine reads it. */
  text: string;
}

function toAddress(r: EmailAddressLike): { name?: string; email: string } {
  return r.displayName && r.displayName !== r.emailAddress ? { name: r.displayName, email: r.emailAddress } : { email: r.emailAddress };
}

const COMPOSE_TYPES: Record<string, ComposeType> = { newMail: 'new', reply: 'reply', replyAll: 'replyAll', forward: 'forward' };

export type OfficeReader = Omit<MailHost, 'applyEdits'> & {
  readFrom(): Promise<{ name?: string; email: string }>;
  readBody(): Promise<BodyRead>;
  readRecipients(field: RecipientField): Promise<{ name?: string; email: string }[]>;
};

export function officeReader(item: ComposeItemLike, options: OfficeAdapterOptions = {}): OfficeReader {
  const recipients = (field: RecipientField) => item[field];

  async function readRecipients(field: RecipientField): Promise<{ name?: string; email: string }[]> {
    const list = await officeCall<EmailAddressLike[]>(`${field}.getAsync`, (cb) => recipients(field).getAsync(cb));
    return list.map(toAddress);
  }

  async function readFrom(): Promise<{ name?: string; email: string }> {
    if (item.from) {
      try {
        return toAddress(await officeCall<EmailAddressLike>('from.getAsync', (cb) => item.from!.getAsync(cb)));
      } catch {
        // Fall back to the signed-in user below.
      }
    }
    const user = options.userProfile;
    return user ? { name: user.displayName, email: user.emailAddress } : { email: '' };
  }

  async function readComposeType(): Promise<ComposeType> {
    if (!item.getComposeTypeAsync) return 'new';
    try {
      const result = await officeCall<{ composeType: string }>('getComposeTypeAsync', (cb) => item.getComposeTypeAsync!(cb));
      return COMPOSE_TYPES[result.composeType] ?? 'new';
    } catch {
      return 'new';
    }
  }

  /** The delivery time already set (Mailbox 1.13), so a delayed message is judged at that time. */
  async function readDelay(): Promise<string | undefined> {
    const getter = item.delayDeliveryTime?.getAsync;
    if (!getter) return undefined;
    try {
      const value = await officeCall<Date | 0>('delayDeliveryTime.getAsync', (cb) => getter.call(item.delayDeliveryTime, cb));
      return value instanceof Date ? value.toISOString() : typeof value === 'string' ? new Date(value).toISOString() : undefined;
    } catch {
      return undefined;
    }
  }

  /** Mailbox 1.1 body.getTypeAsync: a plain-text message is read and written as text. */
  async function readBodyType(): Promise<'html' | 'text'> {
    const getType = item.body.getTypeAsync;
    if (!getType) return HTML;
    try {
      return (await officeCall<string>('body.getTypeAsync', (cb) => getType.call(item.body, cb))) === TEXT ? TEXT : HTML;
    } catch {
      return HTML;
    }
  }

  /** The body as the engine reads it, and as Outlook holds it (HTML, or plain text). */
  async function readBody(): Promise<BodyRead> {
    const type = await readBodyType();
    // HTML is read as HTML (as text, Outlook on the web drops line breaks) and mapped to text.
    const raw = await officeCall<string>('body.getAsync', (cb) => item.body.getAsync(type, cb));
    return { type, raw, text: type === TEXT ? raw.replace(/\r\n?/g, '\n') : htmlToText(raw).text };
  }

  return {
    readFrom,
    readBody,
    readRecipients,
    async readDraft(): Promise<HostDraft> {
      const [from, to, cc, bcc, subject, read, composeType] = await Promise.all([
        readFrom(), readRecipients('to'), readRecipients('cc'), readRecipients('bcc'),
        officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
        readBody(),
        readComposeType(),
      ]);
      // For a plain-text message, bodyHtml is its text escaped, with a <br> for each line break.
      const bodyHtml = read.type === TEXT ? escapeHtml(read.text).replace(/\n/g, '<br>') : read.raw;
      const draft: HostDraft = {
        from, to, cc, bcc, subject, body: read.text, bodyHtml, bodyType: read.type, composeType, now: (options.now ?? (() => new Date()))().toISOString(),
      };
      const delay = await readDelay();
      if (delay) draft.delayDelivery = delay;
      return draft;
    },

    async getSessionValue(key: string): Promise<string | undefined> {
      if (!item.sessionData) return undefined;
      try {
        return await officeCall<string>('sessionData.getAsync', (cb) => item.sessionData!.getAsync(key, cb));
      } catch {
        return undefined; // Office reports a missing key as a failure.
      }
    },

    async setSessionValue(key: string, value: string): Promise<void> {
      if (!item.sessionData) return;
      await officeCall<void>('sessionData.setAsync', (cb) => item.sessionData!.setAsync(key, value, cb));
    },

    async setInternetHeaders(headers: Record<string, string>): Promise<boolean> {
      if (!item.internetHeaders) return false;
      await officeCall<void>('internetHeaders.setAsync', (cb) => item.internetHeaders!.setAsync(headers, cb));
      return true;
    },

    async onRecipientsChanged(handler: () => void): Promise<boolean> {
      if (!item.addHandlerAsync) return false;
      try {
        await officeCall<void>('addHandlerAsync', (cb) => item.addHandlerAsync!('olkRecipientsChanged', () => handler(), cb));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The host for OnMessageSend: it reads and never edits (fixes are made from the task pane). */
export function officeSendHost(item: ComposeItemLike, options: OfficeAdapterOptions = {}): MailHost {
  return {
    ...officeReader(item, options),
    async applyEdits(edits) {
      // The on-send file carries no reason catalogue (its size budget): the id stands in for the words.
      return { applied: [], skipped: edits.map((edit) => ({ edit, reason: 'skip.onSend', why: { id: 'skip.onSend' as const } })) };
    },
  };
}
