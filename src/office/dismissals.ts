// Findings the user dismissed for this message, with their reason, kept in item.sessionData so
// the on-send check (a separate runtime) respects them. What a dismissal matches is decided in
// dismissal-key.ts, which both hosts share.
import type { Finding } from '../engine/types';
import { covers, subjectKey, subjectOf, type DismissalSubject } from './dismissal-key';
import type { MailHost } from './mail-host';

export const DISMISSALS_KEY = 'protocolCheck.dismissed';

export interface Dismissal extends DismissalSubject {
  /** subjectKey of what was dismissed: how Undo finds it again. */
  key: string;
  reason: string;
  /** The card's title when it was dismissed, to list it after the finding has changed or gone. */
  title?: string;
}

/**
 * A finding's exact identity for this message (rule, people and their fields, quoted words):
 * the on-send check uses it to know it has asked about these same warnings before.
 */
export function findingKey(finding: Finding): string {
  const who = finding.recipients.map((r) => `${r.field}:${r.email.toLowerCase()}`).sort().join(',');
  const words = finding.spans.map((s) => s.text.toLowerCase().replace(/\s+/g, ' ')).join('|');
  return `${finding.ruleId}#${who}#${words}`;
}

export function dismissalOf(finding: Finding, reason: string, title?: string): Dismissal {
  const subject = subjectOf(finding);
  return { ...subject, key: subjectKey(subject), reason, ...(title === undefined ? {} : { title }) };
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function isDismissal(d: unknown): d is Dismissal {
  const o = d as Partial<Dismissal> | null;
  // Entries from before subjects (no people or words) are dropped: they would match too much.
  return typeof o?.key === 'string' && typeof o.reason === 'string' && typeof o.ruleId === 'string' && isStrings(o.people) && isStrings(o.words);
}

export async function readDismissals(host: MailHost): Promise<Dismissal[]> {
  const raw = await host.getSessionValue(DISMISSALS_KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isDismissal) : [];
  } catch {
    return [];
  }
}

export async function writeDismissals(host: MailHost, dismissals: readonly Dismissal[]): Promise<void> {
  await host.setSessionValue(DISMISSALS_KEY, JSON.stringify(dismissals));
}

/** The dismissal that covers this finding, if any. */
export function dismissalFor(finding: Finding, dismissals: readonly Dismissal[]): Dismissal | undefined {
  for (const d of dismissals) if (covers(d, finding)) return d;
  return undefined;
}

export function withoutDismissed(findings: readonly Finding[], dismissals: readonly Dismissal[]): Finding[] {
  return findings.filter((f) => !dismissalFor(f, dismissals));
}
