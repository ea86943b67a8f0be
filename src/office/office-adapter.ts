// The only code that talks to Office.js: reads the compose item into a Draft and turns the
// engine's edit ops into Office calls. Never used inside OnMessageSend to change the item.
import type { ComposeType, Edit, RecipientField } from '../engine';
import { stripTitle } from '../engine/people/directory-index';
import type { ComposeItemLike, EmailAddressLike } from './compose-item';
import { applyTextChanges, planTextChanges } from '../engine/fixes/text-changes';
import { applyTextEditsToHtml } from './html-edits';
import { escapeHtml } from './html-scan';
import { htmlToText } from './html-text';
import type { HostApplyResult, HostDraft, MailHost, SkippedHostEdit } from './mail-host';
import { OfficeCallError, officeCall } from './promisify';
import { relocateSpans } from './relocate-spans';

// Office.CoercionType.Html / .Text
const HTML = 'html';
const TEXT = 'text';
const MAX_RECIPIENTS_PER_CALL = 100;

export interface OfficeAdapterOptions {
  /** The signed-in user, for hosts without item.from (before Mailbox 1.7). */
  userProfile?: { displayName: string; emailAddress: string };
  now?: () => Date;
}

function toAddress(r: EmailAddressLike): { name?: string; email: string } {
  return r.displayName && r.displayName !== r.emailAddress ? { name: r.displayName, email: r.emailAddress } : { email: r.emailAddress };
}

const COMPOSE_TYPES: Record<string, ComposeType> = { newMail: 'new', reply: 'reply', replyAll: 'replyAll', forward: 'forward' };

function reasonOf(error: unknown): string {
  return error instanceof OfficeCallError ? `Outlook could not do this (${error.message})` : `unexpected error: ${String(error)}`;
}

export function officeMailHost(item: ComposeItemLike, options: OfficeAdapterOptions = {}): MailHost {
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
  async function readBody(): Promise<{ type: 'html' | 'text'; raw: string; text: string }> {
    const type = await readBodyType();
    // HTML is read as HTML (as text, Outlook on the web drops line breaks) and mapped to text.
    const raw = await officeCall<string>('body.getAsync', (cb) => item.body.getAsync(type, cb));
    return { type, raw, text: type === TEXT ? raw.replace(/\r\n?/g, '\n') : htmlToText(raw).text };
  }

  async function applyRecipientEdits(edits: Edit[], result: HostApplyResult): Promise<void> {
    // Adds first, then removals: moving someone from Bcc to Cc never leaves them out altogether.
    for (const field of ['to', 'cc', 'bcc'] as const) {
      const adds = edits.filter((e): e is Extract<Edit, { op: 'addRecipient' }> => e.op === 'addRecipient' && e.field === field);
      if (adds.length === 0) continue;
      try {
        const present = new Set((await readRecipients(field)).map((a) => a.email.toLowerCase()));
        const missing = adds.filter((e) => !present.has(e.email.toLowerCase()));
        for (let i = 0; i < missing.length; i += MAX_RECIPIENTS_PER_CALL) {
          const chunk = missing.slice(i, i + MAX_RECIPIENTS_PER_CALL).map((e) => ({ displayName: e.name ?? e.email, emailAddress: e.email }));
          await officeCall<void>(`${field}.addAsync`, (cb) => recipients(field).addAsync(chunk, cb));
        }
        result.applied.push(...adds);
      } catch (error) {
        result.skipped.push(...adds.map((edit) => ({ edit, reason: reasonOf(error) })));
      }
    }
    for (const field of ['to', 'cc', 'bcc'] as const) {
      const removes = edits.filter((e): e is Extract<Edit, { op: 'removeRecipient' }> => e.op === 'removeRecipient' && e.field === field);
      if (removes.length === 0) continue;
      try {
        const current = await officeCall<EmailAddressLike[]>(`${field}.getAsync`, (cb) => recipients(field).getAsync(cb));
        const gone = new Set(removes.map((e) => e.email.toLowerCase()));
        const remaining = current.filter((r) => !gone.has(r.emailAddress.toLowerCase()));
        const found = removes.filter((e) => current.some((r) => r.emailAddress.toLowerCase() === e.email.toLowerCase()));
        for (const edit of removes) if (!found.includes(edit)) result.skipped.push({ edit, reason: `${edit.email} is no longer in ${field}` });
        if (found.length === 0) continue;
        await officeCall<void>(`${field}.setAsync`, (cb) => recipients(field).setAsync(remaining.map((r) => ({ displayName: r.displayName ?? r.emailAddress, emailAddress: r.emailAddress })), cb));
        result.applied.push(...found);
      } catch (error) {
        result.skipped.push(...removes.map((edit) => ({ edit, reason: reasonOf(error) })));
      }
    }
  }

  async function applyBodyEdits(edits: Edit[], result: HostApplyResult): Promise<void> {
    if (edits.length === 0) return;
    try {
      // Read afresh just before writing: what the user typed since the check is kept, and each
      // span is checked against this text (found again if it only moved, skipped if it changed).
      const [body, from] = await Promise.all([readBody(), readFrom()]);
      const { edits: fresh, original } = relocateSpans(body.text, edits);
      // The sender's name finds a signature that has no sign-off line above it.
      const senderNames = from.name ? [stripTitle(from.name).toLowerCase()] : [];
      let written: string;
      let applied: Edit[];
      let skipped: { edit: Edit; reason: string }[];
      if (body.type === TEXT) {
        const plan = planTextChanges(body.text, fresh, senderNames);
        written = applyTextChanges(body.text, plan.changes);
        applied = fresh.filter((e) => plan.changes.some((c) => c.edits.indexOf(e) >= 0));
        skipped = plan.skipped;
      } else {
        ({ html: written, applied, skipped } = applyTextEditsToHtml(body.raw, fresh, senderNames));
      }
      result.skipped.push(...skipped.map((s) => ({ edit: original(s.edit), reason: s.reason })));
      if (applied.length === 0) return;
      await officeCall<void>('body.setAsync', (cb) => item.body.setAsync(written, { coercionType: body.type }, cb));
      result.applied.push(...applied.map(original));
    } catch (error) {
      result.skipped.push(...edits.map((edit) => ({ edit, reason: reasonOf(error) })));
    }
  }

  async function applyDelay(edit: Extract<Edit, { op: 'setDelayDelivery' }>, result: HostApplyResult): Promise<void> {
    if (!item.delayDeliveryTime) {
      result.skipped.push({ edit, reason: 'this version of Outlook cannot delay delivery from an add-in (needs Mailbox 1.13)' });
      return;
    }
    try {
      await officeCall<void>('delayDeliveryTime.setAsync', (cb) => item.delayDeliveryTime!.setAsync(new Date(edit.time), cb));
      result.applied.push(edit);
    } catch (error) {
      result.skipped.push({ edit, reason: reasonOf(error) });
    }
  }

  return {
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

    async applyEdits(edits: readonly Edit[]): Promise<HostApplyResult> {
      const result: HostApplyResult = { applied: [], skipped: [] as SkippedHostEdit[] };
      await applyRecipientEdits(edits.filter((e) => e.op === 'addRecipient' || e.op === 'removeRecipient'), result);
      await applyBodyEdits(edits.filter((e) => e.op === 'insertText' || e.op === 'replaceText'), result);
      for (const edit of edits) if (edit.op === 'setDelayDelivery') await applyDelay(edit, result);
      return result;
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
