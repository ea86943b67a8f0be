// no-blind-copy: no member in Bcc, and no Bcc at all on member/officer correspondence (001 §12.1).
import { en } from '../i18n/en';
import { defineRule, type Report } from '../rule';
import { stateCopiesEdit } from '../fixes/copy-statement';
import { displayName } from '../people/naming';
import type { DraftAnalysis, Recipient } from '../analysis';
import type { Edit } from '../types';
import type { MailText, Translator } from '../i18n/translator';

function moveToCc(analysis: DraftAnalysis, recipients: readonly Recipient[], mail: MailText): Edit[] {
  const edits: Edit[] = [];
  for (const r of recipients) {
    edits.push({ op: 'removeRecipient', field: 'bcc', email: r.address.email });
    edits.push({ op: 'addRecipient', field: 'cc', email: r.address.email, name: displayName(r.person) });
  }
  edits.push(stateCopiesEdit(analysis, [{ names: recipients.map((r) => displayName(r.person)) }], mail));
  return edits;
}

function fixesFor(analysis: DraftAnalysis, recipients: readonly Recipient[], t: Translator, mail: MailText): Report['fixes'] {
  const names = t.list(recipients.map((r) => displayName(r.person)));
  return [
    { title: t.t('no-blind-copy.fix.move', { names }), edits: moveToCc(analysis, recipients, mail) },
    { title: t.t('no-blind-copy.fix.remove', { names }), edits: recipients.map((r) => ({ op: 'removeRecipient', field: 'bcc', email: r.address.email }) as Edit) },
  ];
}

export const noBlindCopy = defineRule({
  meta: {
    id: 'no-blind-copy',
    description: en['no-blind-copy.description'],
    severity: 'error',
    citation: en['no-blind-copy.citation'],
    fixable: true,
  },
  check({ analysis, t, mail }) {
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
        message: t.t(sure ? 'no-blind-copy.message.member' : 'no-blind-copy.message.memberByName', { name }),
        recipients: [{ email: r.address.email, field: 'bcc' }],
        fixes: fixesFor(analysis, [r], t, mail),
      });
    }
    const memberCorrespondence = analysis.sender.kind === 'member' || analysis.visible().some((r) => r.person.kind === 'member');
    const others = blind.filter((r) => r.person.kind !== 'member');
    if (memberCorrespondence && others.length > 0) {
      const names = t.list(others.map((r) => displayName(r.person)));
      reports.push({
        severity: 'warning',
        message: t.t('no-blind-copy.message.others', { names, count: others.length }),
        recipients: others.map((r) => ({ email: r.address.email, field: 'bcc' as const })),
        fixes: fixesFor(analysis, others, t, mail),
      });
    }
    return reports;
  },
});
