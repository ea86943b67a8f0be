// no-blind-copy: no member in Bcc, and no Bcc at all on member/officer correspondence (001 §12.1).
import { defineRule, type Report } from '../rule';
import { listNames } from '../fixes/builders';
import { stateCopiesEdit } from '../fixes/copy-statement';
import { displayName } from '../people/naming';
import type { DraftAnalysis, Recipient } from '../analysis';
import type { Edit } from '../types';

function moveToCc(analysis: DraftAnalysis, recipients: readonly Recipient[]): Edit[] {
  const edits: Edit[] = [];
  for (const r of recipients) {
    edits.push({ op: 'removeRecipient', field: 'bcc', email: r.address.email });
    edits.push({ op: 'addRecipient', field: 'cc', email: r.address.email, name: displayName(r.person) });
  }
  edits.push(stateCopiesEdit(analysis, [{ names: recipients.map((r) => displayName(r.person)) }]));
  return edits;
}

function fixesFor(analysis: DraftAnalysis, recipients: readonly Recipient[]): Report['fixes'] {
  const names = listNames(recipients.map((r) => displayName(r.person)));
  return [
    { title: `Move ${names} to Cc and say so`, edits: moveToCc(analysis, recipients) },
    { title: `Remove ${names} from Bcc`, edits: recipients.map((r) => ({ op: 'removeRecipient', field: 'bcc', email: r.address.email }) as Edit) },
  ];
}

export const noBlindCopy = defineRule({
  meta: {
    id: 'no-blind-copy',
    description: 'Members are never blind-copied, and member/officer correspondence has no blind copies.',
    severity: 'error',
    citation: '001 §12.1: where correspondence is copied, this should always be made explicit — there should be no "blind" copies',
    fixable: true,
  },
  check({ analysis }) {
    // Blind-copying yourself (a common way to keep a record) hides nothing from anyone.
    const blind = analysis.recipients.filter((r) => r.field === 'bcc' && r.person.email !== analysis.sender.email);
    if (blind.length === 0) return [];
    const reports: Report[] = [];
    const members = blind.filter((r) => r.person.kind === 'member');
    for (const r of members) {
      const name = displayName(r.person);
      const sure = r.person.evidence === 'directory';
      reports.push({
        severity: sure ? 'error' : 'warning',
        message: sure
          ? `${name} is a blind copy (Bcc). The protocol says copies to members must be visible, and the email should say who is copied.`
          : `${name} looks like a councillor (from the name) and is a blind copy (Bcc). Copies to members must be visible.`,
        recipients: [{ email: r.address.email, field: 'bcc' }],
        fixes: fixesFor(analysis, [r]),
      });
    }
    const memberCorrespondence = analysis.sender.kind === 'member' || analysis.visible().some((r) => r.person.kind === 'member');
    const others = blind.filter((r) => r.person.kind !== 'member');
    if (memberCorrespondence && others.length > 0) {
      const names = listNames(others.map((r) => displayName(r.person)));
      reports.push({
        severity: 'warning',
        message: `${names} ${others.length === 1 ? 'is a blind copy' : 'are blind copies'} (Bcc) on correspondence between a member and an officer. The protocol says there should be no blind copies: copy openly and say so.`,
        recipients: others.map((r) => ({ email: r.address.email, field: 'bcc' as const })),
        fixes: fixesFor(analysis, others),
      });
    }
    return reports;
  },
});
