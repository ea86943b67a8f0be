// Shared by the rules about Council publicity: what a corporate communication is, and whether
// a moment falls in a configured pre-election period (judged as a date where the council is).
import type { DraftAnalysis } from '../analysis';
import type { Policy } from '../config/policy-schema';
import { localTime } from '../time/zoned';

export function isCorporateCommunication(analysis: DraftAnalysis): boolean {
  const s = analysis.sender;
  if (s.kind === 'mailbox' && s.mailbox.kind === 'communications') return true;
  return /\b(press release|news release|media release|newsletter)\b/i.test(`${analysis.draft.subject}\n${analysis.draft.body.slice(0, 300)}`);
}

export function inPreElectionPeriod(policy: Policy, now: string | undefined): boolean {
  if (!now || policy.preElectionPeriods.length === 0) return false;
  const time = Date.parse(now);
  if (Number.isNaN(time)) return false;
  const day = localTime(time, policy.officeHours?.timeZone ?? 'Europe/London').date;
  return policy.preElectionPeriods.some((p) => day >= p.start && day <= p.end);
}
