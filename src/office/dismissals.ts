// Findings the user dismissed for this message, with their reason, kept in item.sessionData so
// the on-send check (a separate runtime) respects them.
import type { Finding } from '../engine/types';
import type { MailHost } from './mail-host';

export const DISMISSALS_KEY = 'protocolCheck.dismissed';

export interface Dismissal {
  key: string;
  ruleId: string;
  reason: string;
}

/**
 * A finding's identity for this message: the rule and who or what it is about. Fixing the draft
 * changes the identity, so a dismissal never hides a different problem.
 */
export function findingKey(finding: Finding): string {
  const who = finding.recipients.map((r) => `${r.field}:${r.email.toLowerCase()}`).sort().join(',');
  const words = finding.spans.map((s) => s.text.toLowerCase().replace(/\s+/g, ' ')).join('|');
  return `${finding.ruleId}#${who}#${words}`;
}

export async function readDismissals(host: MailHost): Promise<Dismissal[]> {
  const raw = await host.getSessionValue(DISMISSALS_KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((d): d is Dismissal => typeof d?.key === 'string' && typeof d?.reason === 'string') : [];
  } catch {
    return [];
  }
}

export async function writeDismissals(host: MailHost, dismissals: readonly Dismissal[]): Promise<void> {
  await host.setSessionValue(DISMISSALS_KEY, JSON.stringify(dismissals));
}

export function withoutDismissed(findings: readonly Finding[], dismissals: readonly Dismissal[]): Finding[] {
  const keys = new Set(dismissals.map((d) => d.key));
  return findings.filter((f) => !keys.has(findingKey(f)));
}
