// junior-officer-request: a member's request to act (not a factual question), however politely put,
// goes to the Chief Officer or service manager, not straight to a junior officer (003 §3.6, §4.7; 001 §4.6).
import { en } from '../i18n/en';
import { briefQuote } from '../text/brief-quote';
import { defineRule } from '../rule';
import { findActionRequests } from '../lexicons/action-requests';
import type { Officer } from '../config/directory-schema';
import type { Edit } from '../types';
import { shownJobTitle } from '../people/job-title';

/** Two quotes at most, each cut short: the on-send alert has 500 characters, in Welsh too. */
const MAX_QUOTES = 2;
const QUOTE_CHARS = 70;

export const juniorOfficerRequest = defineRule({
  meta: {
    id: 'junior-officer-request',
    description: en['junior-officer-request.description'],
    severity: 'warning',
    citation: en['junior-officer-request.citation'],
    fixable: true,
  },
  check({ analysis, directory, draft, t }) {
    if (analysis.sender.kind !== 'member') return [];
    const juniors = analysis.recipients.filter((r) => r.field === 'to' && r.person.kind === 'officer' && r.person.officer?.grade === 'junior');
    if (juniors.length === 0) return [];
    const [from, to] = analysis.tokenRange(analysis.parts().message);
    // However politely put; a factual question beside a request does not excuse it.
    const asks = findActionRequests(draft.body, analysis.bodyTokens(), from, to);
    if (asks.length === 0) return [];
    const junior = juniors[0]!;
    const team = junior.person.kind === 'officer' ? junior.person.officer?.team : undefined;
    const rank = { senior: 0, chief: 1, junior: 2 } as const;
    const manager: Officer | undefined = directory.directory.officers
      .filter((o) => o.team === team && o.grade !== 'junior')
      .sort((a, b) => rank[a.grade] - rank[b.grade])[0];
    const edits: Edit[] = manager ? [
      { op: 'addRecipient', field: 'to', email: manager.email, name: manager.name },
      { op: 'removeRecipient', field: 'to', email: junior.address.email },
      { op: 'addRecipient', field: 'cc', email: junior.address.email, name: junior.address.name ?? junior.person.name },
    ] : [];
    return [{
      message: t.t('junior-officer-request.message', {
        junior: junior.address.name ?? junior.person.name,
        quoted: asks.slice(0, MAX_QUOTES).map((a) => `"${briefQuote(draft.body.slice(a.start, a.end), QUOTE_CHARS)}"`).join(', '),
        hasManager: manager ? 'yes' : 'no',
        manager: manager ? `${manager.name}${manager.jobTitle ? `, ${shownJobTitle(manager.jobTitle, t.lang)}` : ''}` : undefined,
      }),
      recipients: juniors.map((r) => ({ email: r.address.email, field: r.field })),
      spans: asks.map((a) => ({ start: a.start, end: a.end, text: draft.body.slice(a.start, a.end) })),
      fixes: manager ? [{ title: t.t('junior-officer-request.fix', { manager: manager.name, junior: junior.address.name ?? junior.person.name }), edits }] : [],
    }];
  },
});
