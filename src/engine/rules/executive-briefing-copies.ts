// executive-briefing-copies: information an officer sends an Executive member (the Leader or a
// Cabinet member) on their own initiative is copied to the opposition spokesperson for that
// portfolio and the Chair of Scrutiny (002 existing §12.3).
import { briefList } from '../i18n/brief-list';
import { en } from '../i18n/en';
import { defineRule } from '../rule';
import { administration, answeredRequests } from '../lexicons/requests';
import { memberTitle } from '../people/directory-index';
import type { Member } from '../config/directory-schema';
import type { Edit } from '../types';

const isExecutive = (m: Member): boolean => !!m.roles?.some((role) => role === 'cabinet' || role === 'leader');
const samePortfolio = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

const MAX_NAMES = 3;

export const executiveBriefingCopies = defineRule({
  meta: {
    id: 'executive-briefing-copies',
    description: en['executive-briefing-copies.description'],
    severity: 'warning',
    citation: en['executive-briefing-copies.citation'],
    fixable: true,
  },
  check({ analysis, directory, draft, t }) {
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
      // Three names a list at most: the on-send alert has 500 characters (the fix still copies everyone).
      message: t.t('executive-briefing-copies.message', { executives: briefList(t, executives.map((m) => memberTitle(m.name)), MAX_NAMES), names: briefList(t, names, MAX_NAMES) }),
      recipients: missing.map((m) => ({ email: m.email, field: 'cc' as const })),
      fixes: [{ title: t.t('fix.copy', { names: t.list(names) }), edits: missing.map((m): Edit => ({ op: 'addRecipient', field: 'cc', email: m.email, name: memberTitle(m.name) })) }],
    }];
  },
});
