// Shared by the rules about Council publicity: what a corporate communication is, and whether
// a moment falls in a configured pre-election period (judged as a date where the council is).
import type { DraftAnalysis } from '../analysis';
import type { Policy } from '../config/policy-schema';
import type { DirectoryIndex, Person } from '../people/directory-index';
import { localTime } from '../time/zoned';

// The communications team by the directory's team name: "Communications", "Press Office",
// "Marketing and Communications", "Cyfathrebu".
const COMMUNICATIONS_TEAM = /\b(communications?|comms|press|media|cyfathrebu)\b/i;

/** The communications mailbox or an officer of the communications team. */
export function isCommunications(person: Person): boolean {
  if (person.kind === 'mailbox') return person.mailbox.kind === 'communications';
  return person.kind === 'officer' && !!person.officer?.team && COMMUNICATIONS_TEAM.test(person.officer.team);
}

/** The footer of a mailing to subscribers (English and Welsh). */
const SUBSCRIBERS = /\b(unsubscribe|you are receiving this (?:e-?mail |newsletter )?because you (?:subscribed|signed up)|manage your subscription|d?dad-?danysgrifio|rheoli eich tanysgrifiad)\b/i;

const PUBLICITY = /\b(press release|news release|media release|e-?newsletter|newsletter|e-?news|bulletin|datganiad i[’']r wasg|cylchlythyr|bwletin)\b/i;

/**
 * Council publicity (pre-election-publicity): a press release, newsletter or statement sent by the
 * communications team, or marked as publicity by any officer, to an audience outside the council.
 * A press office reply to a member, or a draft to a colleague, is not publicity.
 */
export function isPublicity(analysis: DraftAnalysis, directory: DirectoryIndex): boolean {
  const s = analysis.sender;
  if (s.kind !== 'officer' && s.kind !== 'mailbox') return false;
  // A subscribers' list is the public, even at a council address ("calderhythe-matters@lists.calderhythe.gov.uk" with
  // "You are receiving this because you subscribed… Unsubscribe at any time").
  // (The body is read only when no recipient is outside.)
  if (!analysis.recipients.some((r) => r.person.kind === 'external' && !directory.isCouncilAddress(r.person.email)) && !SUBSCRIBERS.test(analysis.draft.body)) return false;
  return isCommunications(s) || PUBLICITY.test(`${analysis.draft.subject}\n${analysis.draft.body.slice(0, 300)}`);
}

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
