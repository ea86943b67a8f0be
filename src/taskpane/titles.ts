// Card titles that tell findings apart: two findings of one rule get the people, or the first
// words of the sentence, after the rule's title ("Blind copy (Bcc): Beth Holloway").
import type { Finding } from '../engine';
import type { Words } from './i18n/words';

export function distinctTitles(findings: readonly Finding[], nameOf: (email: string) => string, words: Words): string[] {
  return findings.map((f) => {
    const base = words.ruleTitle(f.ruleId);
    if (findings.filter((g) => g.ruleId === f.ruleId).length < 2) return base;
    if (f.recipients.length > 0) return `${base}: ${[...new Set(f.recipients.map((r) => nameOf(r.email)))].join(', ')}`;
    const opening = (f.spans[0]?.text ?? '').trim().split(/\s+/);
    return opening[0] ? `${base}: "${opening.slice(0, 4).join(' ')}${opening.length > 4 ? '…' : ''}"` : base;
  });
}
