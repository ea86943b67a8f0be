// personal-data: residents' identifiers (NI and NHS numbers, account references, a date of
// birth) are not sent to a member without a recorded consent (000 §4.1; 001 §10.1, §10.5;
// 002 Annex A §9.7–9.8; 003 §5.2).
import { en } from '../i18n/en';
import type { MessageKey } from '../i18n/translator';
import { defineRule } from '../rule';
import { findIdentifiers, recordsConsent } from '../lexicons/personal-identifiers';
import type { Span } from '../types';

export const personalData = defineRule({
  meta: {
    id: 'personal-data',
    description: en['personal-data.description'],
    severity: 'warning',
    citation: en['personal-data.citation'],
    fixable: true,
  },
  check({ analysis, draft, t, mail }) {
    // Whoever sends it: an officer answering a member, or a member passing a case to a colleague.
    if (!analysis.recipients.some((r) => r.person.kind === 'member')) return [];
    // Consent recorded anywhere in the draft (often in the member's own request below) is enough.
    if (recordsConsent(`${draft.subject}\n${draft.body}`)) return [];
    const own = analysis.parts().own;
    const hits = findIdentifiers(draft.body.slice(own.start, own.end), own.start);
    const spans: Span[] = hits.map((h) => ({ start: h.start, end: h.end, text: draft.body.slice(h.start, h.end) }));
    const labels = new Set(hits.map((h) => h.label));
    if (spans.length === 0) return [];
    const named = t.list([...labels].map((label) => t.t(`personal-data.identifier.${label}` as MessageKey) || label));
    const removed = mail.write((tr) => tr.t('insert.removed'));
    return [{
      message: t.t('personal-data.message', { labels: named }),
      spans,
      fixes: [{ title: t.t('personal-data.fix', { labels: named }), edits: spans.map((span) => ({ op: 'replaceText', span, replacement: removed })) }],
    }];
  },
});
