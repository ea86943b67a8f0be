// political-content: no party politics in Council e-mail (002 Annex A §11.5–11.6, §8.2–8.3;
// 000 §2.3, §8.1; 001 §14.1–14.3; 003 §6.1, §9.2; 004 27.6–27.8).
import { en } from '../i18n/en';
import { defineRule, type Report } from '../rule';
import { inPreElectionPeriod, isCorporateCommunication } from './corporate';
import { removeSentenceEdit } from '../fixes/builders';
import { judgePassage, type FlaggedSentence, type JudgeOptions, type Passage, type PoliticalKind } from '../political/judge';
import { politicalVocabulary } from '../political/vocabulary';
import { isPartyAddress } from '../political/party-domain';
import { campaignOperation } from '../political/campaign-operation';
import type { DraftAnalysis } from '../analysis';
import type { Sentence } from '../text/sentences';
import { tokenize, type TokenList } from '../text/tokens';
import type { Edit, Fix, Severity } from '../types';
import type { Translator } from '../i18n/translator';

/** "electioneering and party business": the kinds found, in the user's language. */
function kindsOf(kinds: ReadonlySet<PoliticalKind>, t: Translator): string {
  const labels = [...kinds].map((k) => t.t(`political-content.kind.${k}`));
  return labels.slice(1).reduce((first, second) => t.t('political-content.kinds', { first, second }), labels[0] ?? '');
}

/** Words that ask someone to do something, in English and Welsh. */
const REQUEST = /\b(?:could|can|would|will) (?:you|someone|the team)\b|\bany chance\b|\byou could\b|\bare you (?:free|around|about)\b|\bplease\b|\bwould you mind\b|\bare you able\b|\bi need you\b|\bif you could\b|\bfedri di\b|\ballech chi\b|\ballet ti\b|\bplis\b|os gwelwch yn dda|\?/i;


/** The sender's own text (the quoted thread is context, not policed). */
function ownPassage(analysis: DraftAnalysis): Passage {
  const sentences = analysis.ownSentences();
  const [from, to] = analysis.tokenRange(analysis.parts().own);
  return { text: analysis.draft.body, tokens: analysis.bodyTokens(), sentences, ranges: tokenRanges(analysis.bodyTokens(), sentences), from, to };
}

/** Token range of each sentence, in one walk (sentences are in order and do not overlap). */
function tokenRanges(tokens: TokenList, sentences: readonly Sentence[]): [number, number][] {
  const ranges: [number, number][] = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < tokens.length && tokens.start(k)! < sentence.start) k++;
    let end = k;
    while (end < tokens.length && tokens.start(end)! < sentence.end) end++;
    ranges.push([k, end]);
    k = end;
  }
  return ranges;
}

/** The subject line, read as one sentence. */
/** "RE:", "Re:", "FW:", "Fwd:", "Ateb:", "YN:" (Welsh Outlook's forward), "AW:", "SV:" … */
const INHERITED_SUBJECT = /^\s*(re|fw|fwd|ateb|yn|aw|sv|vs|tr)\s*(\[\d+\])?\s*:/i;

function subjectPassage(analysis: DraftAnalysis): Passage {
  return oneSentence(analysis.draft.subject, analysis.subjectTokens());
}

/** A text read as one sentence (the subject line, a rewritten sentence). */
function oneSentence(text: string, tokens: TokenList): Passage {
  return { text, tokens, sentences: [{ start: 0, end: text.length, text }], ranges: [[0, tokens.length]], from: 0, to: tokens.length };
}

/** A neutral rewrite where the party label can simply become "the Council". */
function neutralRewrite(body: string, flagged: FlaggedSentence): Edit | undefined {
  // (Only where the label is the sentence's one party: "the Conservatives… and the Labour government… have both ignored…" stays political without it.)
  if (flagged.kinds.size !== 1 || !flagged.kinds.has('party-label') || flagged.mentions.length !== 1 || flagged.partiesNamed > 1) return undefined;
  const mention = flagged.mentions[0]!;
  const after = body.slice(mention.end, flagged.sentence.end);
  const framing = /^(?:-(?:run|led|controlled|dominated))?[ \t]{0,3}(administration|council|government)(?![a-z])(['’]s)?/i.exec(after);
  if (!framing) return undefined;
  const noun = framing[1]!.toLowerCase() === 'government' ? 'Government' : 'Council';
  const end = mention.end + framing[0].length;
  return { op: 'replaceText', span: { start: mention.start, end, text: body.slice(mention.start, end) }, replacement: `${noun}${framing[2] ?? ''}` };
}

/**
 * Does the rewrite leave the sentence neutral? "This is exactly what a Labour council should be backing – unlike the
 * opposition, who tried to scrap the fund" still attacks the opposition once "Labour council" is "Council": then only
 * removing the sentence is offered.
 */
function curesSentence(body: string, sentence: Sentence, rewrite: Extract<Edit, { op: 'replaceText' }>, vocabulary: ReturnType<typeof politicalVocabulary>,
  options: JudgeOptions): boolean {
  const text = body.slice(sentence.start, rewrite.span.start) + rewrite.replacement + body.slice(rewrite.span.end, sentence.end);
  return judgePassage(oneSentence(text, tokenize(text)), vocabulary, options).flagged.length === 0;
}

/** Words quoted in a finding: the on-send alert has 500 characters, and Welsh takes more of them. */
const MAX_QUOTED_WORDS = 4;
const MAX_QUOTED_CHARS = 56;
/** A description of the kinds longer than this (three kinds, in Welsh) takes its excess from the quoted words. */
const WHAT_BASE_CHARS = 110;

function quoteWords(f: FlaggedSentence, whatLength: number): string {
  const budget = MAX_QUOTED_CHARS - Math.max(0, whatLength - WHAT_BASE_CHARS);
  // A word inside one already quoted ("Scottish National Party" in "the Scottish National Party") adds nothing.
  const shown = f.words.filter((w) => !f.words.some((o) => o !== w && o.start <= w.start && w.end <= o.end && o.end - o.start > w.end - w.start));
  const quoted: string[] = [];
  let chars = 0;
  for (const w of shown) {
    if (quoted.length === MAX_QUOTED_WORDS || (quoted.length > 0 && chars + w.text.length > budget)) break;
    quoted.push(`"${w.text}"`);
    chars += w.text.length;
  }
  return quoted.join(', ') + (quoted.length < shown.length ? ', …' : '');
}

export const politicalContent = defineRule({
  meta: {
    id: 'political-content',
    description: en['political-content.description'],
    severity: 'error',
    citation: en['political-content.citation'],
    fixable: true,
  },
  check({ analysis, directory, policy, draft, t }) {
    const councilMail = directory.isCouncilAddress(analysis.sender.email) ||
      analysis.recipients.some((r) => directory.isCouncilAddress(r.person.email));
    if (!councilMail) return [];
    const vocabulary = politicalVocabulary(directory.directory, policy);
    const { sender } = analysis;
    const options = {
      memberSender: sender.kind === 'member',
      partyAudience: analysis.visible().some((r) => (r.person.kind === 'mailbox' && r.person.mailbox.kind === 'party-group') || isPartyAddress(r.address.email, vocabulary.placeWords)),
      memberCircle: sender.kind === 'member' && analysis.visible().length > 0 && analysis.visible().every((r) => r.person.kind === 'member'),
    };
    const passage = ownPassage(analysis);
    const own = judgePassage(passage, vocabulary, options);
    // No one sentence political, but the message as a whole a campaign's logistics.
    const campaign = own.flagged.length === 0 ? campaignOperation(passage, { ...options, partyNamed: own.partyNamed, registration: own.registration }) : undefined;
    const flagged = campaign ? [campaign] : own.flagged;
    // The subject is read too, but only reported when the message itself is clean (one finding is enough).
    // The subject is judged with the body's context: "'Your Vote Counts' campaign – leaflet drop" is
    // the registration canvass when the message says so.
    // A reply's or forward's subject ("RE: … v our newsletter") is the thread's, written by someone else.
    const subject = flagged.length === 0 && !INHERITED_SUBJECT.test(analysis.draft.subject)
      ? judgePassage(subjectPassage(analysis), vocabulary, { ...options, registrationContext: own.registration, campaignContext: own.councilCampaign }).flagged : [];
    if (flagged.length === 0 && subject.length === 0) return [];

    const officerSender = sender.kind === 'officer' || (sender.kind === 'mailbox' && sender.mailbox.kind !== 'party-group');
    const toOfficer = analysis.visible().some((r) => r.person.kind === 'officer' ||
      (r.person.kind === 'mailbox' && r.person.mailbox.kind !== 'party-group' && r.person.mailbox.kind !== 'all-members'));
    const purdah = isCorporateCommunication(analysis) && inPreElectionPeriod(policy, draft.now);
    // Asking an officer to help (001 §14.3): party business or campaigning with a request in the
    // sentence or the one before ("Could you give the attached a once-over? It's my election leaflet.").
    const sentences = analysis.ownSentences();
    const asksOfficer = (f: FlaggedSentence): boolean => {
      if (sender.kind !== 'member' || !toOfficer || !(f.kinds.has('party-business') || f.kinds.has('electioneering'))) return false;
      const index = sentences.findIndex((x) => x.start <= f.sentence.start && f.sentence.start < x.end);
      const from = index > 0 ? sentences[index - 1]!.start : f.sentence.start;
      // The ask may come after: "We're short of tellers for the 6th. Any chance you could do an hour?"
      const to = index >= 0 && index + 1 < sentences.length ? sentences[index + 1]!.end : f.sentence.end;
      return REQUEST.test(draft.body.slice(from, to));
    };
    const severityOf = (f: FlaggedSentence): Severity => (officerSender || asksOfficer(f) || purdah ? 'error' : 'warning');
    const what = (f: FlaggedSentence): string => kindsOf(f.kinds, t);

    if (subject.length > 0) {
      const f = subject[0]!;
      return [{
        severity: severityOf(f),
        message: t.t('political-content.message.subject', { what: what(f), quoted: quoteWords(f, what(f).length) }),
      }];
    }

    return flagged.map((f): Report => {
      const why = t.t(purdah ? 'political-content.why.purdah' : officerSender ? 'political-content.why.officer'
        : asksOfficer(f) ? 'political-content.why.asksOfficer' : 'political-content.why.member');
      const fixes: Fix[] = [];
      const rewrite = neutralRewrite(draft.body, f);
      if (rewrite && rewrite.op === 'replaceText' && curesSentence(draft.body, f.sentence, rewrite, vocabulary, options)) fixes.push({ title: t.t('political-content.fix.replace', { from: rewrite.span.text, to: rewrite.replacement }), edits: [rewrite] });
      fixes.push({ title: t.t('political-content.fix.remove'), edits: [removeSentenceEdit(draft.body, f.sentence)] });
      return {
        severity: severityOf(f),
        message: t.t('political-content.message.sentence', { what: what(f), quoted: quoteWords(f, what(f).length), why }),
        spans: [{ start: f.sentence.start, end: f.sentence.end, text: f.sentence.text }, ...f.words],
        fixes,
      };
    });
  },
});
