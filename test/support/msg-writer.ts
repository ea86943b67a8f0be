// Writes a minimal Outlook .msg (a CFB file) with msgreader's own burner, so the command line's
// .msg reading is tested on real bytes without checking in a binary fixture.
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader';
import type { Address } from '../../src/engine';

function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** A string property stream: __substg1.0_<tag>001F, UTF-16LE. */
function stringStream(tag: string, value: string): Entry {
  const data = utf16(value);
  return { name: `__substg1.0_${tag}001F`, type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data };
}

/** A property stream holding PR_RECIPIENT_TYPE (0x0C15, PT_LONG): 1 To, 2 Cc, 3 Bcc. */
function recipientProperties(type: number): Entry {
  const data = new Uint8Array(8 + 16);
  const view = new DataView(data.buffer);
  view.setUint32(8, 0x0c150003, true);
  view.setUint32(12, 0x6, true);
  view.setUint32(16, type, true);
  return { name: '__properties_version1.0', type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data };
}

export interface MsgContent {
  from: Address;
  to: Address[];
  cc?: Address[];
  bcc?: Address[];
  subject: string;
  body: string;
}

export function writeMsg(message: MsgContent): Uint8Array {
  const entries: Entry[] = [{ name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: [] }];
  const add = (entry: Entry, parent: Entry): number => {
    entries.push(entry);
    parent.children!.push(entries.length - 1);
    return entries.length - 1;
  };
  const root = entries[0]!;
  const rootProperties = new Uint8Array(32);
  add({ name: '__properties_version1.0', type: TypeEnum.DOCUMENT, length: rootProperties.length, binaryProvider: () => rootProperties }, root);
  add(stringStream('0037', message.subject), root);
  add(stringStream('1000', message.body), root);
  add(stringStream('0C1A', message.from.name ?? ''), root);
  add(stringStream('5D01', message.from.email), root);
  const recipients = [
    ...message.to.map((a) => [a, 1] as const),
    ...(message.cc ?? []).map((a) => [a, 2] as const),
    ...(message.bcc ?? []).map((a) => [a, 3] as const),
  ];
  recipients.forEach(([address, type], i) => {
    const folder: Entry = { name: `__recip_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`, type: TypeEnum.DIRECTORY, length: 0, children: [] };
    add(folder, root);
    add(stringStream('3001', address.name ?? address.email), folder);
    add(stringStream('39FE', address.email), folder);
    add(recipientProperties(type), folder);
  });
  return burn(entries);
}
