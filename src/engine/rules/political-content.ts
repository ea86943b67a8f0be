// political-content: no party politics in Council e-mail (002 Annex A §11.5–11.6, §8.2–8.3;
// 000 §2.3, §8.1; 001 §14.1–14.3; 003 §6.1, §9.2; 004 27.6–27.8).
import { defineRule, type Report } from '../rule';
import { inPreElectionPeriod, isCorporateCommunication } from './corporate';
import { removeSentenceEdit } from '../fixes/builders';
import { CONTEXT_WORDS, PARTY_CUES, politicalPhrases, type PoliticalCategory } from '../lexicons/political';
import { PhraseIndex, type PhraseMatch } from '../text/phrase-index';
import { addPartyTerms, partyMentionsFrom, type PartyMention, type PartyTerm } from '../text/party-mentions';
import type { LexiconEntry } from '../lexicons/lexicon';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { DraftAnalysis } from '../analysis';
import type { Edit, Fix, Severity, Span } from '../types';

type Kind = PoliticalCategory | 'party-label';

interface Flagged {
  sentence: Sentence;
  kinds: Set<Kind>;
  words: Span[];
  wordStarts: Set<number>;
  mentions: PartyMention[];
}

// One index for every word this rule looks for, so the text is walked once, not four times.
type Word =
  | { kind: 'party'; term: PartyTerm }
  | { kind: 'phrase'; entry: LexiconEntry<PoliticalCategory> }
  | { kind: 'context'; entry: LexiconEntry<'context'> }
  | { kind: 'cue' };
const words = new PhraseIndex<Word>();
addPartyTerms<Word>(words, (term) => ({ kind: 'party', term }));
for (const entry of politicalPhrases.entries) for (const phrase of entry.phrases) words.add(phrase, { kind: 'phrase', entry });
for (const entry of CONTEXT_WORDS.entries) for (const phrase of entry.phrases) words.add(phrase, { kind: 'context', entry });
PARTY_CUES.forEach((cue) => words.add(cue, { kind: 'cue' }));

function only<K extends Word['kind'], V>(matches: readonly PhraseMatch<Word>[], kind: K, value: (w: Extract<Word, { kind: K }>) => V): PhraseMatch<V>[] {
  return matches.filter((m) => m.value.kind === kind).map((m) => ({ ...m, value: value(m.value as Extract<Word, { kind: K }>) }));
}

const KIND_LABEL: Record<Kind, string> = {
  electioneering: 'electioneering',
  'party-business': 'party business',
  'party-label': 'party-political praise or criticism',
};

interface Passage {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Token range of each sentence. */
  ranges: readonly (readonly [number, number])[];
  from: number;
  to: number;
}

/** The sender's own text (the quoted thread is context, not policed). */
function ownPassage(analysis: DraftAnalysis): Passage {
  const sentences = analysis.ownSentences();
  const [from, to] = analysis.tokenRange(analysis.parts().own);
  return { text: analysis.draft.body, tokens: analysis.bodyTokens(), sentences, ranges: sentences.map((s) => analysis.tokenRange(s)), from, to };
}

/** The subject line, read as one sentence. */
function subjectPassage(analysis: DraftAnalysis): Passage {
  const text = analysis.draft.subject;
  const tokens = analysis.subjectTokens();
  return { text, tokens, sentences: [{ start: 0, end: text.length, text }], ranges: [[0, tokens.length]], from: 0, to: tokens.length };
}

/** Sentences of a passage with party-political content. */
function flagSentences(passage: Passage): Flagged[] {
  const { tokens, sentences, ranges, from: ownFrom, to: ownTo } = passage;
  const starts = new Set(ranges.map(([from]) => from));
  const all = words.matchAll(tokens, ownFrom, ownTo);
  const mentions = partyMentionsFrom(only(all, 'party', (w) => w.term), tokens, starts);
  const phraseHits = politicalPhrases.hitsFrom(only(all, 'phrase', (w) => w.entry), tokens);
  const contextHits = CONTEXT_WORDS.hitsFrom(only(all, 'context', (w) => w.entry), tokens);
  const strongHits = phraseHits.filter((h) => !h.entry.needsContext);

  const flagged = new Map<number, Flagged>();
  const sentenceIndexOf = (tokenIndex: number): number => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = ranges[mid]!;
      if (tokenIndex < from) hi = mid - 1;
      else if (tokenIndex >= to) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const flag = (index: number, kind: Kind, span: Span, mention?: PartyMention): void => {
    if (index < 0) return;
    let entry = flagged.get(index);
    if (!entry) {
      entry = { sentence: sentences[index]!, kinds: new Set(), words: [], wordStarts: new Set(), mentions: [] };
      flagged.set(index, entry);
    }
    entry.kinds.add(kind);
    if (!entry.wordStarts.has(span.start)) {
      entry.wordStarts.add(span.start);
      entry.words.push(span);
    }
    if (mention) entry.mentions.push(mention);
  };
  const span = (start: number, end: number): Span => ({ start, end, text: passage.text.slice(start, end) });

  const mentionSentences = new Set(mentions.map((m) => sentenceIndexOf(m.first)));
  const strongSentences = new Set(strongHits.map((h) => sentenceIndexOf(h.first)));
  const contextSentences = new Set(contextHits.map((h) => sentenceIndexOf(h.first)));
  const contextBySentence = new Map<number, { first: number; last: number }[]>();
  for (const h of contextHits) {
    const index = sentenceIndexOf(h.first);
    contextBySentence.set(index, [...(contextBySentence.get(index) ?? []), h]);
  }
  // Context words in a neighbouring sentence, or in the same one outside the hit's own words.
  const near = (set: ReadonlySet<number>, index: number, self: { first: number; last: number }): boolean =>
    set.has(index - 1) || set.has(index + 1) || (contextBySentence.get(index) ?? []).some((h) => h.last <= self.first || h.first >= self.last);

  for (const hit of phraseHits) {
    const index = sentenceIndexOf(hit.first);
    if (hit.entry.needsContext) {
      // Party words within two sentences either side give the phrase its political reading.
      const within = (set: ReadonlySet<number>): boolean => [-2, -1, 0, 1, 2].some((d) => set.has(index + d));
      const context = within(mentionSentences) || within(strongSentences) || near(contextSentences, index, hit);
      if (!context) continue;
    }
    flag(index, hit.entry.category, span(hit.start, hit.end));
  }
  // Cue words are found once for the whole passage, then looked up by sentence.
  const cuedSentences = new Set(all.filter((m) => m.value.kind === 'cue').map((m) => sentenceIndexOf(m.first)));
  for (const mention of mentions) {
    const index = sentenceIndexOf(mention.first);
    if (index < 0) continue;
    const cued = mention.control || cuedSentences.has(index);
    if (cued) flag(index, 'party-label', span(mention.start, mention.end), mention);
  }
  for (const f of flagged.values()) f.words.sort((a, b) => a.start - b.start);
  return [...flagged.values()].sort((a, b) => a.sentence.start - b.sentence.start);
}

/** A neutral rewrite where the party label can simply become "the Council". */
function neutralRewrite(body: string, flagged: Flagged): Edit | undefined {
  if (flagged.kinds.size !== 1 || !flagged.kinds.has('party-label') || flagged.mentions.length !== 1) return undefined;
  const mention = flagged.mentions[0]!;
  const after = body.slice(mention.end, flagged.sentence.end);
  const framing = /^(?:-(?:run|led|controlled|dominated))?[ \t]{0,3}(administration|council|government)(['’]s)?/i.exec(after);
  if (!framing) return undefined;
  const noun = framing[1]!.toLowerCase() === 'government' ? 'Government' : 'Council';
  const end = mention.end + framing[0].length;
  return { op: 'replaceText', span: { start: mention.start, end, text: body.slice(mention.start, end) }, replacement: `${noun}${framing[2] ?? ''}` };
}

export const politicalContent = defineRule({
  meta: {
    id: 'political-content',
    description: 'Council e-mail carries no party-political content: no electioneering, party business or party-labelled praise or attack.',
    severity: 'error',
    citation: '002 Annex A §11.6: Council e-mail must not be used for party-political purposes; officers are politically restricted (003 §6)',
    fixable: true,
  },
  check({ analysis, directory, policy, draft }) {
    const councilMail = directory.isCouncilAddress(analysis.sender.email) || analysis.sender.kind === 'member' ||
      analysis.recipients.some((r) => directory.isCouncilAddress(r.person.email));
    if (!councilMail) return [];
    const flagged = flagSentences(ownPassage(analysis));
    // The subject is read too, but only reported when the message itself is clean (one finding is enough).
    const subject = flagged.length === 0 ? flagSentences(subjectPassage(analysis)) : [];
    if (flagged.length === 0 && subject.length === 0) return [];

    const { sender } = analysis;
    const officerSender = sender.kind === 'officer' || (sender.kind === 'mailbox' && sender.mailbox.kind !== 'party-group');
    const toOfficer = analysis.visible().some((r) => r.person.kind === 'officer' ||
      (r.person.kind === 'mailbox' && r.person.mailbox.kind !== 'party-group' && r.person.mailbox.kind !== 'all-members'));
    const purdah = isCorporateCommunication(analysis) && inPreElectionPeriod(policy, draft.now);

    const severityOf = (f: Flagged): Severity => {
      const asksOfficer = sender.kind === 'member' && toOfficer && (f.kinds.has('party-business') || f.kinds.has('electioneering'));
      return officerSender || asksOfficer || purdah ? 'error' : 'warning';
    };
    if (subject.length > 0) {
      const f = subject[0]!;
      return [{
        severity: severityOf(f),
        message: `The subject line is ${[...f.kinds].map((k) => KIND_LABEL[k]).join(' and ')} (${f.words.map((w) => `"${w.text}"`).join(', ')}). Council e-mail should not carry party-political content: change the subject.`,
      }];
    }

    return flagged.map((f): Report => {
      const asksOfficer = sender.kind === 'member' && toOfficer && (f.kinds.has('party-business') || f.kinds.has('electioneering'));
      const severity: Severity = officerSender || asksOfficer || purdah ? 'error' : 'warning';
      const what = [...f.kinds].map((k) => KIND_LABEL[k]).join(' and ');
      const words = f.words.slice(0, 6).map((w) => `"${w.text}"`).join(', ') + (f.words.length > 6 ? ', …' : '');
      const why = purdah ? 'Council publicity in the pre-election period must be politically neutral.'
        : officerSender ? 'Officers must stay politically neutral, and Council e-mail must carry no party politics.'
          : asksOfficer ? 'Officers must not be asked to help with party business or campaigning, and Council resources must not be used for it.'
            : 'Council e-mail should not carry party-political content: use your party or personal e-mail for this.';
      const fixes: Fix[] = [];
      const rewrite = neutralRewrite(draft.body, f);
      if (rewrite && rewrite.op === 'replaceText') fixes.push({ title: `Replace "${rewrite.span.text}" with "${rewrite.replacement}"`, edits: [rewrite] });
      fixes.push({ title: 'Remove this sentence', edits: [removeSentenceEdit(draft.body, f.sentence)] });
      return {
        severity,
        message: `This sentence is ${what} (${words}). ${why}`,
        spans: [{ start: f.sentence.start, end: f.sentence.end, text: f.sentence.text }, ...f.words],
        fixes,
      };
    });
  },
});
