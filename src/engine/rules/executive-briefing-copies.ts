// executive-briefing-copies: information an officer sends an Executive member (the Leader or a
// Cabinet member) on their own initiative is copied to the opposition spokesperson for that
// portfolio and the Chair of Scrutiny (002 existing §12.3).
import { defineRule } from '../rule';
import { administration, answeredRequests } from '../lexicons/requests';
import { memberTitle } from '../people/directory-index';
import type { Member } from '../config/directory-schema';
import { listNames } from '../fixes/builders';
import type { Edit } from '../types';

const isExecutive = (m: Member): boolean => !!m.roles?.some((role) => role === 'cabinet' || role === 'leader');
const samePortfolio = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

export const executiveBriefingCopies = defineRule({
  meta: {
    id: 'executive-briefing-copies',
    description: 'Information an officer sends the Leader or a Cabinet member on their own initiative is copied to the opposition spokesperson and the Chair of Scrutiny.',
    severity: 'warning',
    citation: '002 existing §12.3: briefings to an Executive Councillor are copied to the opposition spokespersons and the Chair of Scrutiny',
    fixable: true,
  },
  check({ analysis, directory, draft }) {
    if (analysis.sender.kind !== 'officer') return [];
    // A reply answers the member; a new message (or a forward) is the officer's own initiative
    // unless it says it answers the member's own request ("as you asked", "further to your question").
    if (draft.composeType === 'reply' || draft.composeType === 'replyAll') return [];
    const executives = analysis.recipients.flatMap((r) => (r.field === 'to' && r.person.kind === 'member' && r.person.member && isExecutive(r.person.member) ? [r.person.member] : []));
    if (executives.length === 0) return [];
    // Every member receives what goes to the all-members list.
    if (analysis.recipients.some((r) => r.person.kind === 'mailbox' && r.person.mailbox.kind === 'all-members')) return [];
    const [from, to] = analysis.tokenRange(analysis.parts().own);
    if (answeredRequests.find(analysis.bodyTokens(), from, to).length > 0) return [];
    // Diary business and questions to the member are not information sent to them.
    const informs = analysis.messageSentences().some((s) => {
      if (/\?\s*$/.test(s.text)) return false;
      const [first, last] = analysis.tokenRange(s);
      return administration.find(analysis.bodyTokens(), first, last).length === 0;
    });
    if (!informs) return [];
    const present = new Set(analysis.recipients.flatMap((r) => (r.person.kind === 'member' && r.person.member ? [r.person.member] : [])));
    // The spokesperson shadowing each Executive member's portfolio; where none does (or the member
    // holds no portfolio), the Chair of Scrutiny alone.
    const spokespersons = directory.membersWithRole('opposition-spokesperson');
    const needed: Member[] = [
      ...executives.flatMap((m) => spokespersons.filter((s) => samePortfolio(s.portfolio, m.portfolio))),
      ...directory.membersWithRole('scrutiny-chair'),
    ];
    const missing = [...new Set(needed)].filter((m) => !present.has(m) && !executives.includes(m));
    if (missing.length === 0) return [];
    const names = missing.map((m) => memberTitle(m.name));
    return [{
      message: `This sends ${listNames(executives.map((m) => memberTitle(m.name)))} (Executive) information on your own initiative; the protocol asks for copies to ${listNames(names)}.`,
      recipients: missing.map((m) => ({ email: m.email, field: 'cc' as const })),
      fixes: [{ title: `Copy ${listNames(names)}`, edits: missing.map((m): Edit => ({ op: 'addRecipient', field: 'cc', email: m.email, name: memberTitle(m.name) })) }],
    }];
  },
});
