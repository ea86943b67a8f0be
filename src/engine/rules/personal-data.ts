// personal-data: residents' identifiers (NI and NHS numbers, account references, a date of
// birth) are not sent to a member without a recorded consent (000 §4.1; 001 §10.1, §10.5;
// 002 Annex A §9.7–9.8; 003 §5.2).
import { defineRule } from '../rule';
import type { Span } from '../types';

// Each pattern is bounded and linear: a fixed-width identifier or a short bounded gap.
const IDENTIFIERS: { label: string; pattern: RegExp; group?: number }[] = [
  { label: 'National Insurance number', pattern: /\b[A-CEGHJ-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g },
  { label: 'NHS number', pattern: /\bNHS (?:no\.?|number)?:? ?(\d{3} ?\d{3} ?\d{4})\b/gi, group: 1 },
  { label: 'date of birth', pattern: /\b(?:date of birth|d\.?o\.?b\.?|born on)[:,]? ?(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})/gi, group: 1 },
  { label: 'account reference', pattern: /\b(?:rent|council tax|benefits?|housing benefit|tenancy|customer|payment) (?:account|reference|ref|number|no)\b[^\n\d]{0,12}(\d[\d/ -]{3,18}\d)/gi, group: 1 },
];

const CONSENT = /\b(consents?|consented|is happy for (?:me|you|us) to|are happy for (?:me|you|us) to|has agreed (?:for|to) (?:me|you|us)|given (?:me |you |us )?(?:permission|consent)|permission to share|happy for me to (?:raise|share|pass))\b/i;

export const personalData = defineRule({
  meta: {
    id: 'personal-data',
    description: "Residents' identifiers are not sent to a councillor without the resident's consent on record.",
    severity: 'warning',
    citation: "000 §4.1: officers share residents' personal information with members only as needed and with consent",
    fixable: true,
  },
  check({ analysis, draft }) {
    if (!analysis.recipients.some((r) => r.person.kind === 'member')) return [];
    const own = analysis.parts().own;
    const text = draft.body.slice(own.start, own.end);
    // Consent recorded anywhere in the thread (often in the member's own request) is enough.
    if (CONSENT.test(draft.body)) return [];
    const spans: Span[] = [];
    const labels = new Set<string>();
    for (const { label, pattern, group } of IDENTIFIERS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const value = group ? m[group]! : m[0];
        const start = own.start + m.index + m[0].lastIndexOf(value);
        spans.push({ start, end: start + value.length, text: value });
        labels.add(label);
      }
    }
    if (spans.length === 0) return [];
    spans.sort((a, b) => a.start - b.start);
    return [{
      message: `This email gives a councillor a resident's ${[...labels].join(', ')} and does not record the resident's consent. Share only what the member needs: remove the identifiers, or say that the resident has agreed.`,
      spans,
      fixes: [{ title: `Remove the ${[...labels].join(', ')}`, edits: spans.map((span) => ({ op: 'replaceText', span, replacement: '[removed]' })) }],
    }];
  },
});
