// copy-made-explicit: a member copied (Cc) on member/officer correspondence is named in a
// sentence that says so (001 §12.1; 002 existing §12.1).
import { en } from '../i18n/en';
import { defineRule } from '../rule';
import { copyEditTitle, stateCopiesEdit } from '../fixes/copy-statement';
import { KEPT_ON_THREAD, collectiveMembers, copyStatements, memberRoles } from '../lexicons/copying';
import { parseCopySentence } from '../fixes/copy-statement';
import { memberWards, stripTitle, surnameOf } from '../people/directory-index';
import { shortFormsOf } from '../people/nicknames';
import { phraseWords } from '../text/tokens';
import type { MemberRole } from '../config/directory-schema';
import { displayName, namesPerson } from '../people/naming';
import { writesInLowerCase } from '../text/lower-case-writer';
import type { Recipient } from '../analysis';
import type { DraftAnalysis } from '../analysis';

function isCouncilSide(r: Recipient): boolean {
  return r.person.kind === 'officer' || (r.person.kind === 'mailbox' && r.person.mailbox.kind !== 'party-group' && r.person.mailbox.kind !== 'all-members');
}

interface CopyStatement {
  from: number;
  to: number;
  /** Who a sentence a fix wrote names: exactly those people. */
  own?: Set<string>;
  /** "the ward councillors", "the other Llanfair councillors": wards it narrows to (empty: any). */
  collective?: string[];
  roles: Set<MemberRole>;
  /** "Please pass on Angharad's thanks. I've copied her in": the sentence before, whose names the pronoun stands for. */
  antecedent?: { from: number; to: number };
}

/** A pronoun straight after the copy words ("copied her in", "cc'd him", "copying them in"; Welsh "hi", "fe", "nhw"). */
const COPIED_PRONOUNS = new Set(['him', 'her', 'them', 'hi', 'fe', 'ef', 'nhw']);

/** A title word that may stand before names ("Cllrs Forster and Carver") as well as for members collectively. */
const TITLE_PLURALS = new Set(['councillors', 'cllrs']);

/** A letter's "cc:" label and the lines under it ("cc: Cllr Oduya, Cabinet Member…\n     Cllr Naylor, …"), up to a blank line. */
const CC_LABEL = /^\s*(cc|bcc|copy|copies|copi)\s*(\/\s*copi\s*)?:/i;
const CC_BLOCK_LINES = 8;

function ccBlock(body: string, sentence: { start: number; end: number; text: string }): { start: number; end: number } {
  if (!CC_LABEL.test(sentence.text)) return sentence;
  let end = sentence.end;
  for (let n = 0; n < CC_BLOCK_LINES; n++) {
    const lineEnd = body.indexOf('\n', end);
    if (lineEnd < 0) break;
    const next = body.indexOf('\n', lineEnd + 1);
    const line = body.slice(lineEnd + 1, next < 0 ? body.length : next);
    if (line.trim() === '') break;
    end = next < 0 ? body.length : next;
  }
  return { start: sentence.start, end };
}

/** Sentences of the own text (signature included: "cc: Cllr Pike" often sits there) that state a copy. */
function copyStatementRanges(analysis: DraftAnalysis): CopyStatement[] {
  const tokens = analysis.bodyTokens();
  const sentences = analysis.ownSentences();
  return sentences.flatMap((sentence, index): CopyStatement[] => {
    const [from, to] = analysis.tokenRange(ccBlock(analysis.draft.body, sentence));
    const copies = copyStatements.find(tokens, from, to);
    if (copies.length === 0 && !KEPT_ON_THREAD.test(sentence.text)) return [];
    const roles = new Set(memberRoles.find(tokens, from, to).map((hit) => hit.entry.category));
    const own = parseCopySentence(sentence.text);
    if (own) return [{ from, to, own: new Set(own.flatMap((g) => g.names).map((n) => stripTitle(n).toLowerCase())), roles }];
    // "Cllrs Forster and Carver", "Councillors Forster and Carver": a title before names, not the members collectively.
    const collectiveHits = collectiveMembers.find(tokens, from, to)
      .filter((hit) => !(TITLE_PLURALS.has(tokens.norm(hit.last - 1)!) && hit.last < to && tokens.capitalised(hit.last)));
    const collective = collectiveHits.length > 0
      ? analysis.council.wards.find(analysis.draft.body, tokens, from, to).map((m) => m.wardId)
      : undefined;
    const before = index > 0 && copies.some((hit) => hit.last < to && COPIED_PRONOUNS.has(tokens.norm(hit.last)!)) ? sentences[index - 1] : undefined;
    const antecedent = before ? (([first, last]) => ({ from: first, to: last }))(analysis.tokenRange(before)) : undefined;
    return [{ from, to, collective, roles, antecedent }];
  });
}

/** Does the sender type their message in lower case (so "hannah" is Hannah)? */
function writesInLowerCaseHere(analysis: DraftAnalysis): boolean {
  const [from, to] = analysis.tokenRange(analysis.parts().message);
  return writesInLowerCase(analysis.bodyTokens(), from, to, analysis.draft.body);
}

/** Clipped first names that are also everyday words, read as the word ("Car" of Caroline, "Her" of Hermione). */
const CLIP_WORDS = new Set(['car', 'mar', 'her', 'can', 'won', 'art', 'don', 'ros', 'eli', 'ann', 'wil', 'jan', 'mat']);

/**
 * A first name clipped to its first three or four letters, as colleagues say it: "Pam" for Pamela, "Jon" for Jonathan,
 * "Nat" for Natalie, "Greg" for Gregory. Only of a name of five letters or more, and not an everyday word.
 */
function clippedFormsOf(first: string): string[] {
  if (first.length < 5) return [];
  return [first.slice(0, 3), first.slice(0, 4)].filter((clip) => !CLIP_WORDS.has(clip));
}

/** Titles before a display name ("Cllr Phil Stanton", "Cyng. Eirlys Howells"). */
const DISPLAY_TITLE = /^\s*(?:cllr|councillor|cyng|cynghorydd|mr|mrs|ms|miss|dr)\.?\s+/i;
const ALIAS_TITLES = new Set(['cllr', 'councillor', 'cyng']);

/**
 * The names a copied member goes by: the directory's, the recipient's display name ("Cllr Phil Stanton" for
 * Philip), a directory address alias ("winnie.ashdown@…" for Winifred) and the usual short forms of the first name.
 */
function namesOf(r: Recipient): string[] {
  const member = r.person.kind === 'member' ? r.person.member : undefined;
  const name = member?.name ?? r.person.name;
  const surname = surnameOf(name).toLowerCase();
  const names = [name];
  if (r.address.name) names.push(r.address.name.replace(DISPLAY_TITLE, ''));
  for (const alias of member?.aliases ?? []) {
    const parts = (alias.split('@')[0] ?? '').toLowerCase().split(/[._-]+/).filter((p) => p !== '' && !ALIAS_TITLES.has(p));
    if (parts.length >= 2 && parts[parts.length - 1] === surname) names.push(parts.join(' '));
  }
  const first = phraseWords(stripTitle(name))[0];
  if (first) names.push(...[...shortFormsOf(first), ...clippedFormsOf(first)].map((short) => `${short} ${surname}`));
  return names;
}

/** The statement refers to this copied member: by name, by role, or collectively (an officer's name alone does not count). */
function refersTo(analysis: DraftAnalysis, statement: CopyStatement, r: Recipient): boolean {
  const member = r.person.kind === 'member' ? r.person.member : undefined;
  const name = member?.name ?? r.person.name;
  // A sentence shaped like ours names people exactly; one that names them by surname ("your ward
  // colleagues, Cllr Stainton and Cllr Kenworthy") is read the other ways too.
  if (statement.own?.has(stripTitle(name).toLowerCase())) return true;
  // "I've copied in Winnie", "cc phil and eirlys": the name they go by counts as their name.
  if (namesOf(r).some((known) => namesPerson(analysis.bodyTokens(), statement.from, statement.to, known, writesInLowerCaseHere(analysis)))) return true;
  const before = statement.antecedent;
  if (before && namesOf(r).some((known) => namesPerson(analysis.bodyTokens(), before.from, before.to, known, writesInLowerCaseHere(analysis)))) return true;
  if (member && (member.roles ?? []).some((role) => statement.roles.has(role))) return true;
  if (!statement.collective) return false;
  return statement.collective.length === 0 || (member !== undefined && memberWards(member).some((w) => statement.collective!.includes(w)));
}

export const copyMadeExplicit = defineRule({
  meta: {
    id: 'copy-made-explicit',
    description: en['copy-made-explicit.description'],
    severity: 'warning',
    citation: en['copy-made-explicit.citation'],
    fixable: true,
  },
  check({ analysis, t, mail }) {
    const { sender } = analysis;
    const to = analysis.recipients.filter((r) => r.field === 'to');
    const senderIsCouncilSide = sender.kind === 'officer' || (sender.kind === 'mailbox' && sender.mailbox.kind !== 'party-group');
    const memberOfficer = (sender.kind === 'member' && to.some(isCouncilSide)) || (senderIsCouncilSide && to.some((r) => r.person.kind === 'member'));
    if (!memberOfficer) return [];

    const toEmails = new Set(to.map((r) => r.person.email));
    // The addressee's own alias in Cc ("mayor@" beside the Mayor's own address) copies no other member.
    const toMembers = new Set(to.flatMap((r) => (r.person.kind === 'member' ? [r.person.member] : [])));
    const senderMember = sender.kind === 'member' ? sender.member : undefined;
    const copied = analysis.recipients.filter((r) => r.field === 'cc' && r.person.kind === 'member' && !toEmails.has(r.person.email) &&
      !toMembers.has(r.person.member) && r.person.email !== sender.email && !(senderMember && r.person.member === senderMember));
    if (copied.length === 0) return [];

    const statements = copyStatementRanges(analysis);
    const unstated = copied.filter((r) => {
      return !statements.some((s) => refersTo(analysis, s, r));
    });
    if (unstated.length === 0) return [];

    const names = unstated.map((r) => displayName(r.person));
    const statement = stateCopiesEdit(analysis, [{ names }], mail);
    return [{
      message: t.t('copy-made-explicit.message', { names: t.list(names), count: unstated.length }),
      recipients: unstated.map((r) => ({ email: r.address.email, field: 'cc' as const })),
      fixes: [{ title: copyEditTitle(statement, t), edits: [statement] }],
    }];
  },
});
