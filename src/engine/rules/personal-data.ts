// personal-data: residents' identifiers (NI and NHS numbers, account references, a date of
// birth) are not sent to a member without a recorded consent (000 §4.1; 001 §10.1, §10.5;
// 002 Annex A §9.7–9.8; 003 §5.2).
import { defineRule } from '../rule';
import { findIdentifiers, recordsConsent } from '../lexicons/personal-identifiers';
import type { Span } from '../types';

export const personalData = defineRule({
  meta: {
    id: 'personal-data',
    description: "Residents' identifiers are not sent to a councillor without the resident's consent on record.",
    severity: 'warning',
    citation: "000 §4.1: officers share residents' personal information with members only as needed and with consent",
    fixable: true,
  },
  check({ analysis, draft }) {
    // Whoever sends it: an officer answering a member, or a member passing a case to a colleague.
    if (!analysis.recipients.some((r) => r.person.kind === 'member')) return [];
    // Consent recorded anywhere in the draft (often in the member's own request below) is enough.
    if (recordsConsent(`${draft.subject}\n${draft.body}`)) return [];
    const own = analysis.parts().own;
    const hits = findIdentifiers(draft.body.slice(own.start, own.end), own.start);
    const spans: Span[] = hits.map((h) => ({ start: h.start, end: h.end, text: draft.body.slice(h.start, h.end) }));
    const labels = new Set(hits.map((h) => h.label));
    if (spans.length === 0) return [];
    return [{
      message: `This email gives a councillor a resident's ${[...labels].join(', ')} and does not record the resident's consent. Share only what the member needs: remove the identifiers, or say that the resident has agreed.`,
      spans,
      fixes: [{ title: `Remove the ${[...labels].join(', ')}`, edits: spans.map((span) => ({ op: 'replaceText', span, replacement: '[removed]' })) }],
    }];
  },
});
