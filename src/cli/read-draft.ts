// Reads a saved draft (.json Draft, .eml MIME message or Outlook .msg) into the engine's Draft.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import PostalMime from 'postal-mime';
import MsgReader from '@kenjiuno/msgreader';
import { draftSchema, parseJson, type Address, type ComposeType, type Draft } from '../engine';
import { formatIssues } from '../engine/config/format-issues';
import { keysAt } from '../engine/config/schema-keys';
import { htmlToText } from '../office/html-text';

export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** "RE: …" is a reply, "FW: …"/"Fwd: …" a forward; otherwise a new message. */
export function composeTypeFromSubject(subject: string): ComposeType {
  if (/^\s*(re|aw|sv)\s*:/i.test(subject)) return 'reply';
  if (/^\s*(fw|fwd)\s*:/i.test(subject)) return 'forward';
  return 'new';
}

function readJsonDraft(text: string): Draft {
  const json = parseJson(text);
  if (!json.ok) throw new InputError(json.errors);
  const result = draftSchema.safeParse(json.value, { reportInput: true });
  if (!result.success) throw new InputError(formatIssues(result.error, (path) => keysAt(draftSchema, path)));
  return result.data;
}

type MimeAddress = { name?: string; address?: string; group?: MimeAddress[] };

function mimeAddresses(list: MimeAddress[] | undefined): Address[] {
  return (list ?? []).flatMap((a) => (a.group ? mimeAddresses(a.group) : a.address ? [{ name: a.name || undefined, email: a.address }] : []));
}

async function readEml(buffer: Buffer): Promise<Draft> {
  const email = await PostalMime.parse(buffer);
  if (!email.from?.address && !email.text && !email.html) throw new InputError(['not an e-mail message (no From: header and no body) — save the draft as .eml from your mail client']);
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

function readMsg(buffer: Buffer): Draft {
  let data;
  try {
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    data = new MsgReader(view).getFileData();
  } catch {
    throw new InputError(['not an Outlook .msg file — save the message from Outlook with "Save As" → "Outlook Message Format"']);
  }
  if (data.error) throw new InputError([`not an Outlook .msg file (${data.error})`]);
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

export async function readDraft(file: string): Promise<Draft> {
  const type = extname(file).toLowerCase();
  if (!['.json', '.eml', '.msg'].includes(type)) throw new InputError(['unsupported file type — give a draft as .json, .eml or .msg']);
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([code === 'ENOENT' ? 'file not found — check the path' : `cannot read the file (${code ?? String(error)})`]);
  }
  if (type === '.json') return readJsonDraft(buffer.toString('utf8'));
  if (type === '.eml') return readEml(buffer);
  return readMsg(buffer);
}
