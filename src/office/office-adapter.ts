// The only code that talks to Office.js: reads the compose item into a Draft (office-reader.ts)
// and turns the engine's edit ops into Office calls. Never used inside OnMessageSend to change the item.
import type { Edit, RecipientField } from '../engine';
import { stripTitle } from '../engine/people/directory-index';
import type { ComposeItemLike, EmailAddressLike } from './compose-item';
import { applyTextChanges, planTextChanges } from '../engine/fixes/text-changes';
import { applyTextEditsToHtml } from './html-edits';
import type { HostApplyResult, MailHost, SkippedHostEdit } from './mail-host';
import { officeReader, TEXT, type OfficeAdapterOptions } from './office-reader';
import { OfficeCallError, officeCall } from './promisify';
import { relocateSpans } from './relocate-spans';
import { because } from '../engine/i18n/fix-reasons';

export type { OfficeAdapterOptions } from './office-reader';

const MAX_RECIPIENTS_PER_CALL = 100;

function reasonOf(error: unknown): ReturnType<typeof because> {
  return error instanceof OfficeCallError ? because('skip.officeFailed', { detail: error.message }) : because('skip.unexpected', { detail: String(error) });
}

export function officeMailHost(item: ComposeItemLike, options: OfficeAdapterOptions = {}): MailHost {
  const reader = officeReader(item, options);
  const { readFrom, readBody, readRecipients } = reader;
  const recipients = (field: RecipientField) => item[field];

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
        result.skipped.push(...adds.map((edit) => ({ edit, ...reasonOf(error) })));
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
        for (const edit of removes) if (!found.includes(edit)) result.skipped.push({ edit, ...because('skip.noLongerIn', { email: edit.email, field }) });
        if (found.length === 0) continue;
        await officeCall<void>(`${field}.setAsync`, (cb) => recipients(field).setAsync(remaining.map((r) => ({ displayName: r.displayName ?? r.emailAddress, emailAddress: r.emailAddress })), cb));
        result.applied.push(...found);
      } catch (error) {
        result.skipped.push(...removes.map((edit) => ({ edit, ...reasonOf(error) })));
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
      let skipped: SkippedHostEdit[];
      if (body.type === TEXT) {
        const plan = planTextChanges(body.text, fresh, senderNames);
        written = applyTextChanges(body.text, plan.changes);
        applied = fresh.filter((e) => plan.changes.some((c) => c.edits.indexOf(e) >= 0));
        skipped = plan.skipped;
      } else {
        ({ html: written, applied, skipped } = applyTextEditsToHtml(body.raw, fresh, senderNames));
      }
      result.skipped.push(...skipped.map((s) => ({ ...s, edit: original(s.edit) })));
      if (applied.length === 0) return;
      await officeCall<void>('body.setAsync', (cb) => item.body.setAsync(written, { coercionType: body.type }, cb));
      result.applied.push(...applied.map(original));
    } catch (error) {
      result.skipped.push(...edits.map((edit) => ({ edit, ...reasonOf(error) })));
    }
  }

  async function applyDelay(edit: Extract<Edit, { op: 'setDelayDelivery' }>, result: HostApplyResult): Promise<void> {
    if (!item.delayDeliveryTime) {
      result.skipped.push({ edit, ...because('skip.noDelay') });
      return;
    }
    try {
      await officeCall<void>('delayDeliveryTime.setAsync', (cb) => item.delayDeliveryTime!.setAsync(new Date(edit.time), cb));
      result.applied.push(edit);
    } catch (error) {
      result.skipped.push({ edit, ...reasonOf(error) });
    }
  }

  return {
    ...reader,
    async applyEdits(edits: readonly Edit[]): Promise<HostApplyResult> {
      const result: HostApplyResult = { applied: [], skipped: [] as SkippedHostEdit[] };
      await applyRecipientEdits(edits.filter((e) => e.op === 'addRecipient' || e.op === 'removeRecipient'), result);
      await applyBodyEdits(edits.filter((e) => e.op === 'insertText' || e.op === 'replaceText'), result);
      for (const edit of edits) if (edit.op === 'setDelayDelivery') await applyDelay(edit, result);
      return result;
    },

  };
}
