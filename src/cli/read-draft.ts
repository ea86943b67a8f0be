// Reads a saved draft (.json Draft, .eml MIME message or Outlook .msg) into the engine's Draft,
// refusing drafts over the size limit before they cost seconds and gigabytes.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import PostalMime from 'postal-mime';
import MsgReader from '@kenjiuno/msgreader';
import { draftSchema, parseJson, type Address, type ComposeType, type Draft } from '../engine';
import { configText } from '../engine/config/config-text';
import { formatIssues } from '../engine/config/format-issues';
import { keysAt } from '../engine/config/schema-keys';
import { htmlToText } from '../office/html-text';
import { fileProblem, InputError } from './errors';
import { cliText, configLanguage, type CliText } from './messages';
import { formatSize } from './sizes';

/** The default --max-size: a few MB of text is far more than any real e-mail. */
export const DEFAULT_MAX_TEXT = 5 * 1024 * 1024;
/** .eml and .msg files carry attachments too: they are opened up to this multiple of the text limit. */
export const ATTACHMENT_ALLOWANCE = 4;

/** "RE: …" is a reply, "FW: …"/"Fwd: …" a forward; otherwise a new message. */
export function composeTypeFromSubject(subject: string): ComposeType {
  if (/^\s*(re|aw|sv)\s*:/i.test(subject)) return 'reply';
  if (/^\s*(fw|fwd)\s*:/i.test(subject)) return 'forward';
  return 'new';
}

/** NUL bytes never occur in a JSON text; a few mean a binary file with the wrong name. */
function looksBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8000).includes(0);
}

function tooBig(size: number, maxBytes: number, what: 'json' | 'message' | 'text', t: CliText): InputError {
  return new InputError([t('draft.tooBig', { size: formatSize(size, t), what, limit: formatSize(maxBytes, t), suggested: Math.ceil(size / 1024 ** 2) + 1 })]);
}

function readJsonDraft(text: string, t: CliText): Draft {
  const json = parseJson(text, configLanguage(t));
  if (!json.ok) throw new InputError(json.errors);
  const result = draftSchema.safeParse(json.value, { reportInput: true });
  if (!result.success) throw new InputError(formatIssues(result.error, (path) => keysAt(draftSchema, path), configText(configLanguage(t))));
  return result.data;
}

type MimeAddress = { name?: string; address?: string; group?: MimeAddress[] };

function mimeAddresses(list: MimeAddress[] | undefined): Address[] {
  return (list ?? []).flatMap((a) => (a.group ? mimeAddresses(a.group) : a.address ? [{ name: a.name || undefined, email: a.address }] : []));
}

async function readEml(buffer: Buffer, t: CliText): Promise<Draft> {
  const email = await PostalMime.parse(buffer);
  if (!email.from?.address && !email.text && !email.html) throw new InputError([t('draft.notEml')]);
  const subject = email.subject ?? '';
  const body = email.text?.trim() ? email.text : htmlToText(email.html ?? '').text;
  return {
    from: { name: email.from?.name || undefined, email: email.from?.address ?? '' },
    to: mimeAddresses(email.to as MimeAddress[] | undefined),
    cc: mimeAddresses(email.cc as MimeAddress[] | undefined),
    bcc: mimeAddresses(email.bcc as MimeAddress[] | undefined),
    subject,
    body: body.replace(/\r\n/g, '\n'),
    bodyHtml: email.html || undefined,
    composeType: composeTypeFromSubject(subject),
  };
}

function readMsg(buffer: Buffer, t: CliText): Draft {
  let data;
  try {
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    data = new MsgReader(view).getFileData();
  } catch {
    throw new InputError([t('draft.notMsg')]);
  }
  if (data.error) throw new InputError([t('draft.notMsgBecause', { reason: data.error })]);
  const subject = data.subject ?? '';
  const recipients = (data.recipients ?? []).map((r) => ({ type: r.recipType ?? 'to', address: { name: r.name || undefined, email: r.smtpAddress || r.email || '' } }));
  const pick = (type: string): Address[] => recipients.filter((r) => r.type === type && r.address.email).map((r) => r.address);
  return {
    from: { name: data.senderName || undefined, email: data.senderSmtpAddress || data.senderEmail || '' },
    to: pick('to'),
    cc: pick('cc'),
    bcc: pick('bcc'),
    subject,
    body: (data.body ?? (data.bodyHtml ? htmlToText(data.bodyHtml).text : '')).replace(/\r\n/g, '\n'),
    bodyHtml: data.bodyHtml || undefined,
    composeType: composeTypeFromSubject(subject),
  };
}

export async function readDraft(file: string, maxBytes = DEFAULT_MAX_TEXT, t: CliText = cliText('en')): Promise<Draft> {
  const type = extname(file).toLowerCase();
  if (!['.json', '.eml', '.msg'].includes(type)) throw new InputError([t('draft.unsupported')]);
  let buffer: Buffer;
  try {
    const { size } = await stat(file);
    if (type === '.json' && size > maxBytes) throw tooBig(size, maxBytes, 'json', t);
    if (size > maxBytes * ATTACHMENT_ALLOWANCE) throw tooBig(size, maxBytes * ATTACHMENT_ALLOWANCE, 'message', t);
    buffer = await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([fileProblem(error, t)]);
  }
  if (type === '.json' && looksBinary(buffer)) throw new InputError([t('draft.binary')]);
  const draft = type === '.json' ? readJsonDraft(buffer.toString('utf8'), t) : type === '.eml' ? await readEml(buffer, t) : readMsg(buffer, t);
  const text = Buffer.byteLength(draft.body, 'utf8');
  if (text > maxBytes) throw tooBig(text, maxBytes, 'text', t);
  return draft;
}
