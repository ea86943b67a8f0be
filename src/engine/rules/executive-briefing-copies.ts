// executive-briefing-copies: information an officer volunteers to a Cabinet member is copied to
// the opposition spokesperson for that portfolio and the Chair of Scrutiny (002 existing §12.3).
import { defineRule } from '../rule';
import { briefings } from '../lexicons/requests';
import { memberTitle } from '../people/directory-index';
import type { Member } from '../config/directory-schema';
import { listNames } from '../fixes/builders';
import type { Edit } from '../types';

export const executiveBriefingCopies = defineRule({
  meta: {
    id: 'executive-briefing-copies',
    description: 'Information an officer sends a Cabinet member on their own initiative is copied to the opposition spokesperson and the Chair of Scrutiny.',
    severity: 'warning',
    citation: '002 existing §12.3: briefings to an Executive Councillor are copied to the opposition spokespersons and the Chair of Scrutiny',
    fixable: true,
  },
  check({ analysis, directory, draft }) {
    const { sender } = analysis;
    if (sender.kind !== 'officer') return [];
    // Answering the member's own question is not information sent on the officer's initiative.
    if ((draft.composeType && draft.composeType !== 'new') || analysis.parts().quoted.end > analysis.parts().quoted.start) return [];
    const cabinet = analysis.recipients.flatMap((r) => (r.field === 'to' && r.person.kind === 'member' && r.person.member?.roles?.includes('cabinet') ? [r.person.member] : []));
    if (cabinet.length === 0) return [];
    const [from, to] = analysis.tokenRange(analysis.parts().message);
    if (briefings.find(analysis.bodyTokens(), from, to).length === 0) return [];
    const present = new Set(analysis.recipients.flatMap((r) => (r.person.kind === 'member' && r.person.member ? [r.person.member] : [])));
    const portfolios = new Set(cabinet.map((m) => m.portfolio?.toLowerCase()).filter(Boolean));
    const needed: Member[] = [
      ...directory.membersWithRole('opposition-spokesperson').filter((m) => m.portfolio && portfolios.has(m.portfolio.toLowerCase())),
      ...directory.membersWithRole('scrutiny-chair'),
    ];
    const missing = [...new Set(needed)].filter((m) => !present.has(m));
    if (missing.length === 0) return [];
    const names = missing.map((m) => memberTitle(m.name));
    return [{
      message: `This briefs ${listNames(cabinet.map((m) => memberTitle(m.name)))} (Cabinet) on your own initiative; the protocol asks for copies to ${listNames(names)}.`,
      recipients: missing.map((m) => ({ email: m.email, field: 'cc' as const })),
      fixes: [{ title: `Copy ${listNames(names)}`, edits: missing.map((m): Edit => ({ op: 'addRecipient', field: 'cc', email: m.email, name: memberTitle(m.name) })) }],
    }];
  },
});
