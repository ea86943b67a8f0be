// The on-send handler's config reading: no schema library (the bundle must stay small and load
// in Outlook's ES2016-only runtime). The files are validated in full by the task pane and by
// `protocol-check validate` before they are published; here a file that does not even have the
// right shape makes the check fail open, as any other failure does.
import { DEFAULT_POLICY, type Directory, type Policy } from '../engine/check-core';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function lightDirectory(value: unknown): Directory {
  if (!isObject(value) || !isObject(value.council) || !Array.isArray(value.council.domains) || !Array.isArray(value.wards) || !Array.isArray(value.members)) {
    throw new Error('the council directory is not in the expected format');
  }
  return {
    ...(value as unknown as Directory),
    officers: Array.isArray(value.officers) ? (value.officers as Directory['officers']) : [],
    mailboxes: Array.isArray(value.mailboxes) ? (value.mailboxes as Directory['mailboxes']) : [],
    mediaDomains: Array.isArray(value.mediaDomains) ? (value.mediaDomains as string[]) : [],
  };
}

export function lightPolicy(value: unknown): Policy {
  if (value === undefined) return DEFAULT_POLICY;
  if (!isObject(value)) throw new Error('the council policy is not in the expected format');
  return { ...DEFAULT_POLICY, ...(value as Partial<Policy>), rules: isObject(value.rules) ? (value.rules as Policy['rules']) : {} };
}

/** With no directory, the rules that need none still run: the council is the sender's own domain. */
export function fallbackDirectory(senderEmail: string): Directory {
  const domain = senderEmail.slice(senderEmail.lastIndexOf('@') + 1).toLowerCase();
  return { council: { name: 'your council', domains: domain ? [domain] : ['invalid.invalid'] }, wards: [], members: [], officers: [], mailboxes: [], mediaDomains: [] };
}
