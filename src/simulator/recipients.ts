// Reads and writes the simulator's recipient boxes: "Name <address>; other@x".
import type { FakeRecipient } from '../office/fake/fake-compose-item';

export function formatRecipients(list: readonly FakeRecipient[]): string {
  return list.map((r) => (r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)).join('; ');
}

export function parseRecipients(text: string): FakeRecipient[] {
  return text.split(/[;,]/).map((part) => part.trim()).filter(Boolean).map((part) => {
    const m = /^(.*?)\s*<([^<>\s]+)>$/.exec(part);
    return m ? { displayName: m[1]!.replace(/^"|"$/g, '') || m[2]!, emailAddress: m[2]! } : { displayName: part, emailAddress: part };
  });
}
