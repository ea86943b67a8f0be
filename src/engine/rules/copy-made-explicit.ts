// copy-made-explicit: a member copied (Cc) on member/officer correspondence is named in a
// sentence that says so (001 §12.1; 002 existing §12.1).
import { defineRule } from '../rule';
import { listNames } from '../fixes/builders';
import { copyEditTitle, stateCopiesEdit } from '../fixes/copy-statement';
import { collectiveMembers, copyStatements } from '../lexicons/copying';
import { displayName, namesPerson } from '../people/naming';
import type { Recipient } from '../analysis';
import type { DraftAnalysis } from '../analysis';

function isCouncilSide(r: Recipient): boolean {
  return r.person.kind === 'officer' || (r.person.kind === 'mailbox' && r.person.mailbox.kind !== 'party-group' && r.person.mailbox.kind !== 'all-members');
}

/** Sentences of the own text (signature included: "cc: Cllr Pike" often sits there) that state a copy. */
function copyStatementRanges(analysis: DraftAnalysis): { from: number; to: number; collective: boolean }[] {
  const tokens = analysis.bodyTokens();
  return analysis.ownSentences().flatMap((sentence) => {
    const [from, to] = analysis.tokenRange(sentence);
    if (copyStatements.find(tokens, from, to).length === 0) return [];
    return [{ from, to, collective: collectiveMembers.find(tokens, from, to).length > 0 }];
  });
}

/** The member was already on the thread being answered (named in the quoted headers or text). */
function alreadyOnThread(analysis: DraftAnalysis, r: Recipient): boolean {
  const quoted = analysis.parts().quoted;
  if (quoted.end <= quoted.start) return false;
  const text = analysis.draft.body.slice(quoted.start, quoted.end).toLowerCase();
  const names = [r.person.name, r.person.kind === 'member' ? r.person.member?.name : undefined].filter((n): n is string => !!n);
  return text.includes(r.person.email) || names.some((n) => n.length > 3 && text.includes(n.toLowerCase()));
}

export const copyMadeExplicit = defineRule({
  meta: {
    id: 'copy-made-explicit',
    description: 'When member/officer correspondence is copied to another member, the email says so.',
    severity: 'warning',
    citation: '001 §12.1: correspondence between a member and an officer should not be copied to another member unless the author states that this is the case',
    fixable: true,
  },
  check({ analysis }) {
    const { sender } = analysis;
    const to = analysis.recipients.filter((r) => r.field === 'to');
    const senderIsCouncilSide = sender.kind === 'officer' || (sender.kind === 'mailbox' && sender.mailbox.kind !== 'party-group');
    const memberOfficer = (sender.kind === 'member' && to.some(isCouncilSide)) || (senderIsCouncilSide && to.some((r) => r.person.kind === 'member'));
    if (!memberOfficer) return [];

    const toEmails = new Set(to.map((r) => r.person.email));
    const senderMember = sender.kind === 'member' ? sender.member : undefined;
    const copied = analysis.recipients.filter((r) => r.field === 'cc' && r.person.kind === 'member' && !toEmails.has(r.person.email) &&
      r.person.email !== sender.email && !(senderMember && r.person.kind === 'member' && r.person.member === senderMember));
    if (copied.length === 0) return [];

    const statements = copyStatementRanges(analysis);
    const tokens = analysis.bodyTokens();
    const unstated = copied.filter((r) => {
      if (alreadyOnThread(analysis, r)) return false;
      const name = r.person.kind === 'member' ? (r.person.member?.name ?? r.person.name) : r.person.name;
      return !statements.some((s) => s.collective || namesPerson(tokens, s.from, s.to, name));
    });
    if (unstated.length === 0) return [];

    const names = unstated.map((r) => displayName(r.person));
    const statement = stateCopiesEdit(analysis, [{ names }]);
    return [{
      message: `${listNames(names)} ${unstated.length === 1 ? 'is' : 'are'} copied (Cc) but the email does not say so. The protocol asks you to state when correspondence is copied to another member.`,
      recipients: unstated.map((r) => ({ email: r.address.email, field: 'cc' as const })),
      fixes: [{ title: copyEditTitle(statement), edits: [statement] }],
    }];
  },
});
