// One sentence per e-mail states who is copied: a fix extends the sentence already there (the
// writer's own "I've copied in Cllr A", or one a fix wrote) rather than adding a second one.
import type { DraftAnalysis } from '../analysis';
import { collectiveMembers, copyStatements, memberRoles, noCopyReasons } from '../lexicons/copying';
import { stripTitle } from '../people/directory-index';
import { displayName, namesPerson } from '../people/naming';
import type { Sentence } from '../text/sentences';
import type { CopyGroup, Edit } from '../types';
import { spanOf } from './builders';
import { makeTranslator, mailText, type MailText, type Translator } from '../i18n/translator';

const OWN_SENTENCE = /^I have copied this email to (.+)\.$/;
const OWN_SENTENCE_CY = /^Rwyf wedi anfon copi o'r e-bost hwn at (.+)\.$/;

function nameKey(name: string): string {
  return stripTitle(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * All the groups as one list, each person once, grouped by "as". A person named with a reason
 * ("as Riverside ward councillors") keeps it even if first named without one.
 */
export function mergeCopyGroups(...lists: ReadonlyArray<readonly CopyGroup[]>): CopyGroup[] {
  const groupOf = new Map<string, CopyGroup>();
  const groups: CopyGroup[] = [];
  const place = (name: string, as: string | undefined, asCy: string | undefined): CopyGroup => {
    let group = groups.find((g) => g.as === as);
    if (!group) {
      group = as === undefined ? { names: [] } : asCy === undefined ? { names: [], as } : { names: [], as, asCy };
      groups.push(group);
    }
    group.names.push(name);
    return group;
  };
  for (const list of lists) {
    for (const group of list) {
      for (const name of group.names) {
        const key = nameKey(name);
        const current = groupOf.get(key);
        if (key === '' || (current && (current.as !== undefined || group.as === undefined))) continue;
        if (current) current.names.splice(current.names.findIndex((n) => nameKey(n) === key), 1);
        groupOf.set(key, place(name, group.as, group.asCy));
      }
    }
  }
  const filled = groups.filter((g) => g.names.length > 0);
  // People copied without a reason come first: "to A, and to B and C as Riverside ward councillors".
  return [...filled.filter((g) => g.as === undefined), ...filled.filter((g) => g.as !== undefined)];
}

const ENGLISH = mailText([makeTranslator('en')]);

function asIn(group: CopyGroup, tr: Translator): string | undefined {
  return tr.lang === 'cy' ? group.asCy ?? group.as : group.as;
}

/** "I have copied this email to A and B, as Riverside ward councillors." — everyone in one sentence (per language). */
export function copySentenceFor(groups: readonly CopyGroup[], mail: MailText = ENGLISH): string {
  const merged = mergeCopyGroups(groups);
  return mail.write((tr) => {
    const only = merged.length === 1 ? asIn(merged[0]!, tr) : undefined;
    if (only !== undefined) return tr.t('insert.copiedAs', { names: tr.mailNames(merged[0]!.names), as: only });
    const parts = merged.map((g) => {
      const as = asIn(g, tr);
      return as === undefined ? tr.mailNames(g.names) : tr.t('insert.copiedGroup', { names: tr.mailNames(g.names), as });
    });
    const list = parts.slice(1).reduce((joined, next) => tr.t('insert.copiedMore', { list: joined, next }), parts[0] ?? '');
    return tr.t('insert.copied', { names: list });
  });
}

/**
 * The groups of an English sentence copySentenceFor wrote, or undefined for any other sentence.
 * (copy-made-explicit reads it as naming exactly these people; a Welsh one is read by its names.)
 */
export function parseCopySentence(text: string): CopyGroup[] | undefined {
  const match = OWN_SENTENCE.exec(text.trim());
  if (!match) return undefined;
  return match[1]!.split(', and to ').map((segment): CopyGroup => {
    const qualified = /^(.*?),? as (.+)$/.exec(segment);
    const names = (qualified ? qualified[1]! : segment).split(/, | and /).map((n) => n.trim()).filter((n) => n !== '');
    return qualified ? { names, as: qualified[2]! } : { names };
  });
}

/** The Welsh form ("Rwyf wedi anfon copi o'r e-bost hwn at y Cynghorydd A a'r Cynghorydd B, fel cynghorwyr ward X."). */
function parseWelshCopySentence(text: string): CopyGroup[] | undefined {
  const match = OWN_SENTENCE_CY.exec(text.trim());
  if (!match) return undefined;
  return match[1]!.split(', ac at ').map((segment): CopyGroup => {
    const qualified = /^(.*?),? fel (.+)$/.exec(segment);
    const names = (qualified ? qualified[1]! : segment).replace(/^y canlynol:\s*/, '').split(/, | a'r | ac | a /)
      .map((n) => n.trim().replace(/^(?:y |'r )?Cynghorydd\s+/, 'Cllr ')).filter((n) => n !== '');
    return qualified ? { names, asCy: qualified[2]!, as: qualified[2]! } : { names };
  });
}

export interface CopyStatement {
  sentence: Sentence;
  groups: CopyGroup[];
}

/**
 * The sentence of the message (not the greeting or signature) that states a copy, with the people
 * it names among the copied recipients; undefined when there is none, or when it names nobody we
 * can carry over (rewriting it would lose who it meant).
 */
const found = new WeakMap<DraftAnalysis, CopyStatement | null>();

/**
 * The last sentence of the message that states a copy (the writer's own or a fix's), with whom it
 * names. Three rules ask for it, so it is found once per draft; and the copy words are looked up in
 * one pass over the message, so only the sentences that have them are read closely.
 */
export function findCopyStatement(analysis: DraftAnalysis): CopyStatement | undefined {
  if (!found.has(analysis)) found.set(analysis, scanForCopyStatement(analysis) ?? null);
  return found.get(analysis) ?? undefined;
}

function scanForCopyStatement(analysis: DraftAnalysis): CopyStatement | undefined {
  const tokens = analysis.bodyTokens();
  const sentences = analysis.messageSentences();
  if (sentences.length === 0) return undefined;
  const [messageFrom, messageTo] = analysis.tokenRange({ start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end });
  const hits = copyStatements.find(tokens, messageFrom, messageTo);
  if (hits.length === 0) return undefined;
  const copied = analysis.recipients.filter((r) => r.field !== 'to' && r.person.email !== analysis.sender.email);
  // Sentences holding a copy word, last first.
  const candidates: Sentence[] = [];
  for (let h = hits.length - 1, k = sentences.length - 1; h >= 0 && k >= 0;) {
    const start = tokens.start(hits[h]!.first)!;
    const sentence = sentences[k]!;
    if (start >= sentence.end) h--;
    else if (start < sentence.start) k--;
    else {
      candidates.push(sentence);
      k--;
      while (h >= 0 && tokens.start(hits[h]!.first)! >= sentence.start) h--;
    }
  }
  for (const sentence of candidates) {
    const [from, to] = analysis.tokenRange(sentence);
    if (noCopyReasons.find(tokens, from, to).length > 0) continue;
    const own = parseCopySentence(sentence.text) ?? parseWelshCopySentence(sentence.text);
    if (own) return { sentence, groups: own };
    const roles = new Set(memberRoles.find(tokens, from, to).map((hit) => hit.entry.category));
    let named = copied.filter((r) => namesPerson(tokens, from, to, r.person.kind === 'member' ? (r.person.member?.name ?? r.person.name) : r.person.name) ||
      (r.person.kind === 'member' && (r.person.member?.roles ?? []).some((role) => roles.has(role))));
    if (named.length === 0 && collectiveMembers.find(tokens, from, to).length > 0) named = copied.filter((r) => r.person.kind === 'member' && r.field === 'cc');
    if (named.length > 0) return { sentence, groups: [{ names: named.map((r) => displayName(r.person)) }] };
  }
  return undefined;
}

/** The edit that states `added` are copied: the existing statement rewritten to name everyone, or a new sentence. */
export function stateCopiesEdit(analysis: DraftAnalysis, added: readonly CopyGroup[], mail?: MailText): Edit {
  const existing = findCopyStatement(analysis);
  if (!existing) {
    const copies = mergeCopyGroups(added);
    return { op: 'insertText', anchor: 'beforeSignOff', text: copySentenceFor(copies, mail), copies };
  }
  const copies = mergeCopyGroups(existing.groups, added);
  const { start, end } = existing.sentence;
  return { op: 'replaceText', span: spanOf(analysis.draft.body, start, end), replacement: copySentenceFor(copies, mail), copies };
}

/** How a fix title quotes a copy-statement edit: what it adds, or what it rewrites. */
export function copyEditTitle(edit: Edit, t: Translator): string {
  if (edit.op === 'replaceText') return t.t('fix.change', { from: edit.span.text, to: edit.replacement });
  if (edit.op === 'insertText') return t.t('fix.add', { sentence: edit.text });
  return '';
}
