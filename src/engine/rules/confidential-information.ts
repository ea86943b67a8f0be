// confidential-information: text marked exempt / Part 2 / not for publication does not go to
// anyone outside the council (001 §8.14, §10.7; 003 §4.8, §5.2–5.3; 002 Annex A §9.2).
import { en } from '../i18n/en';
import { defineRule } from '../rule';
import { removeSentenceEdit } from '../fixes/builders';
import { confidentialMarkers, declines, disclaimers, disposals, leaks } from '../lexicons/confidential';
import { sentenceAt, splitSentences } from '../text/sentences';
import type { Draft } from '../types';
import type { Edit } from '../types';

export const confidentialInformation = defineRule({
  meta: {
    id: 'confidential-information',
    description: en['confidential-information.description'],
    severity: 'warning',
    citation: en['confidential-information.citation'],
    fixable: true,
  },
  check({ analysis, directory, draft, t }) {
    const outside = analysis.recipients.filter((r) => r.person.kind === 'external' && !directory.isCouncilAddress(r.person.email));
    if (outside.length === 0) return [];
    // The message, not the signature: a footer's stock "this e-mail is confidential" marks nothing.
    const tokens = analysis.bodyTokens();
    const sentences = analysis.ownSentences();
    const [from, to] = analysis.tokenRange(analysis.parts().message);
    // A forward sends the thread below on: "fwd to home to read on the train" above a Part 2 report discloses it.
    const quoted = analysis.parts().quoted;
    const forwarded = isForward(draft) ? quoted : undefined;
    const threadSentences = forwarded ? splitSentences(draft.body, forwarded.start, forwarded.end) : [];
    const [threadFrom, threadTo] = forwarded ? analysis.tokenRange(forwarded) : [0, 0];
    const found = [...confidentialMarkers.find(tokens, from, to), ...confidentialMarkers.find(tokens, threadFrom, threadTo)];
    const hits = found.filter((hit) => {
      const sentence = sentenceAt(sentences, hit.start) ?? sentenceAt(threadSentences, hit.start);
      if (!sentence) return true;
      const [first, last] = analysis.tokenRange(sentence);
      // "lockable sacks for confidential papers": a marking word in a disposal service's sentence marks nothing.
      if (DISPOSABLE.has(hit.entry.id) && disposals.find(tokens, first, last).length > 0) return false;
      return disclaimers.find(tokens, first, last).length === 0;
    });
    if (hits.length === 0) return [];
    // Naming an exempt report only to say it cannot be shared discloses nothing, unless the writer
    // then passes it on anyway ("strictly between ourselves"). A privilege marking is pasted, not named.
    const pasted = hits.some((h) => h.entry.id === 'legally-privileged');
    if (!pasted && declines.find(tokens, from, to).length > 0 && leaks.find(tokens, from, to).length === 0) return [];
    // (Only the writer's own sentences are offered for removal: a forwarded report goes with its recipient.)
    const marked = [...new Set(hits.map((h) => sentenceAt(sentences, h.start)).filter((s) => s !== undefined))];
    const who = outside.map((r) => r.address.name ?? r.address.email).join(', ');
    return [{
      message: t.t('confidential-information.message', { quoted: hits.map((h) => `"${draft.body.slice(h.start, h.end)}"`).join(', '), who }),
      recipients: outside.map((r) => ({ email: r.address.email, field: r.field })),
      spans: hits.map((h) => ({ start: h.start, end: h.end, text: draft.body.slice(h.start, h.end) })),
      fixes: [
        ...(marked.length > 0 ? [{ title: t.t('confidential-information.fix.removeSentences'), edits: marked.map((s) => removeSentenceEdit(draft.body, s!)) }] : []),
        { title: t.t('confidential-information.fix.removeRecipients', { who }), edits: outside.map((r): Edit => ({ op: 'removeRecipient', field: r.field, email: r.address.email })) },
      ],
    }];
  },
});

/** Markings that may name what goes for disposal ("confidential papers", "anything marked confidential"); Part 2 or privilege never does. */
const DISPOSABLE = new Set(['confidential-document', 'marked']);

/** "FW:", "Fwd:", "YN:" (Welsh Outlook), or Outlook's own forward. */
const FORWARD_SUBJECT = /^\s*(?:fw|fwd|yn)\s*:/i;

function isForward(draft: Draft): boolean {
  return draft.composeType === 'forward' || FORWARD_SUBJECT.test(draft.subject);
}
