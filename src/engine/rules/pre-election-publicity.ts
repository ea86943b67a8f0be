// pre-election-publicity: in a pre-election period, Council publicity does not name or quote
// members (000 §8.3; 004 27.7; 002 Annex A §11.4; 001 §11.5g).
import { en } from '../i18n/en';
import { defineRule } from '../rule';
import { removeSentenceEdit } from '../fixes/builders';
import { namesPerson } from '../people/naming';
import { memberTitle } from '../people/directory-index';
import { inPreElectionPeriod, isPublicity } from './corporate';

// A member quoted by office rather than name: "the Leader of the Council said", "Cabinet Member for Housing, said:".
const QUOTED_BY_ROLE = /\b(leader of the council|deputy leader|cabinet member for|portfolio holder for|convener (?:for|of)|chair of (?:the )?[a-z]+ committee)\b[^.\n]{0,80}\b(said|says|added|commented|explained|welcomed)\b/i;

export const preElectionPublicity = defineRule({
  meta: {
    id: 'pre-election-publicity',
    description: en['pre-election-publicity.description'],
    severity: 'warning',
    citation: en['pre-election-publicity.citation'],
    fixable: true,
  },
  check({ analysis, directory, policy, draft, t }) {
    if (!inPreElectionPeriod(policy, draft.now) || !isPublicity(analysis, directory)) return [];
    const tokens = analysis.bodyTokens();
    const sentences = analysis.ownSentences();
    const named = new Map<number, string[]>();
    sentences.forEach((sentence, index) => {
      const [from, to] = analysis.tokenRange(sentence);
      const text = sentence.text.toLowerCase();
      for (const member of directory.directory.members) {
        // The full name, or "Cllr Surname", is enough; a first name alone is not. The title may come with the first
        // name the member goes by ("Cllr Winnie Ashdown" for Winifred).
        const full = member.name.toLowerCase();
        const surname = member.name.split(/\s+/).pop()!.toLowerCase();
        if (text.includes(full) || new RegExp(`\\b(cllr\\.?|councillor|cynghorydd|gynghorydd|cyng\\.?|provost|mayor)\\s+(?:[a-z][a-z'’.-]*\\s+)?${surname.replace(/[^a-z'’-]/g, '')}\\b`).test(text)) {
          if (namesPerson(tokens, from, to, member.name)) named.set(index, [...(named.get(index) ?? []), memberTitle(member.name)]);
        }
      }
      if (!named.has(index) && QUOTED_BY_ROLE.test(sentence.text)) named.set(index, [t.t('pre-election-publicity.quotedByOffice')]);
    });
    if (named.size === 0) return [];
    const who = [...new Set([...named.values()].flat())];
    const indexes = [...named.keys()];
    return [{
      message: t.t('pre-election-publicity.message', { who: who.join(', ') }),
      spans: indexes.map((i) => ({ start: sentences[i]!.start, end: sentences[i]!.end, text: sentences[i]!.text })),
      fixes: [{ title: t.t('pre-election-publicity.fix', { count: indexes.length, who: who.join(', ') }), edits: indexes.map((i) => removeSentenceEdit(draft.body, sentences[i]!)) }],
    }];
  },
});
