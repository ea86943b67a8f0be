// ward-member-copy: an officer writing to a member about a ward matter copies all that ward's
// members (000 §7.1; 002 existing §12.2, §11.2; 001 §9.1–9.3; 002 Annex A §6.2–6.4).
import { en } from '../i18n/en';
import { defineRule, type Report } from '../rule';
import { makeTranslator, type MailText, type Translator } from '../i18n/translator';
import { stateCopiesEdit } from '../fixes/copy-statement';
import { noCopyReasons } from '../lexicons/copying';
import { findIdentifiers } from '../lexicons/personal-identifiers';
import { memberTitle } from '../people/directory-index';
import type { Member } from '../config/directory-schema';
import type { DraftAnalysis } from '../analysis';
import type { WardMention } from '../text/wards';
import type { Edit, Fix } from '../types';

/** Wards the draft is about: the subject and the sender's message; else the thread it answers. */
function wardsConcerned(analysis: DraftAnalysis): { mentions: WardMention[]; fromThread: boolean } {
  const body = analysis.draft.body;
  const own = [...analysis.subjectWards(), ...analysis.messageWards().filter((m) => !onOfficeAddressLine(body, m.start))];
  if (own.length > 0) return { mentions: own, fromThread: false };
  return { mentions: analysis.quotedWards().filter((m) => !onOfficeAddressLine(body, m.start) && !inMemberSignature(body, m)), fromThread: true };
}

/** A quoted line's "> " markers. */
const QUOTE_MARKS = /^[\s>]*/;
/** A signature line that only names whom the member represents: "Kingsworth Ward", "Councillor for Kingsworth Ward", "Ward Member, Kingsworth". */
const DESIGNATION_WORDS = /^(?:\s|[,.|–-]|\b(?:ward|wards|division|councillor|councillors|cllr|member|county|borough|district|city|town|electoral|for|of|the|and|representing|cynghorydd|ward|dros|aelod|ar ran)\b)*$/i;
/** The line that opens a member's signature: a title and a name ("Cllr Lorraine Tuck", "Councillor Tuck", "Cyng. Eirlys Howells"). */
const MEMBER_NAME_LINE = /^(?:cllr|councillor|cyng\.?|cynghorydd)\s+[A-Z][\w'’.-]*/i;
/** How many lines above the ward line the name may be ("Cllr Lorraine Tuck / Cabinet Member for… / Kingsworth Ward"). */
const SIGNATURE_LINES = 3;
/** How far back to read for those lines: three short lines and the blank lines between them. */
const LOOK_BACK_CHARS = 1_000;

/**
 * A ward named only as who a quoted member is, in their signature ("Cllr Lorraine Tuck\nKingsworth Ward\nChair, Overview
 * and Scrutiny"), says whom they represent, not what the thread is about: a scrutiny timetable is not a Kingsworth matter.
 * The ward line holds nothing else, and a title-and-name line stands a few lines above it.
 */
function inMemberSignature(body: string, mention: WardMention): boolean {
  const start = body.lastIndexOf('\n', mention.start) + 1;
  const endAt = body.indexOf('\n', mention.end);
  const end = endAt < 0 ? body.length : endAt;
  const rest = body.slice(start, mention.start) + body.slice(mention.end, end);
  if (!DESIGNATION_WORDS.test(rest.replace(QUOTE_MARKS, ''))) return false;
  // (A window of the text above, not all of it: a long thread naming the ward on every line stays linear.)
  const above = body.slice(Math.max(0, start - LOOK_BACK_CHARS), Math.max(0, start - 1)).split('\n').map((line) => line.replace(QUOTE_MARKS, '').trim()).filter((line) => line !== '');
  return above.slice(-SIGNATURE_LINES).some((line) => MEMBER_NAME_LINE.test(line) && line.length <= 60 && !/[.?!]$/.test(line));
}

/** "Council Buildings, 2 Tay Street, Balmerie KX1 1AB": the council's own address (a signature, quoted or not) is no ward matter. */
const OFFICE_ADDRESS = /\b(?:council (?:buildings|offices|house|chambers)|civic (?:centre|center|offices|hall)|town hall|county hall|city hall|guildhall|municipal buildings|tŷ'r cyngor|neuadd y (?:sir|dref)|canolfan ddinesig)\b/i;

function onOfficeAddressLine(body: string, at: number): boolean {
  const start = body.lastIndexOf('\n', at) + 1;
  const end = body.indexOf('\n', at);
  const line = body.slice(start, end < 0 ? body.length : end);
  // An address line, not a sentence about a street near the Civic Centre: short, and a postcode or a comma-separated address.
  return line.length <= ADDRESS_LINE_CHARS && OFFICE_ADDRESS.test(line) && (POSTCODE.test(line) || (line.match(/,/g) ?? []).length >= 2);
}

const ADDRESS_LINE_CHARS = 110;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i;

const ENGLISH = makeTranslator('en');

function copyFix(analysis: DraftAnalysis, title: string, wards: readonly string[], missing: readonly Member[], blind: ReadonlyMap<Member, string>, mail: MailText): Fix {
  const names = missing.map((m) => memberTitle(m.name));
  // A ward member already in Bcc moves to Cc rather than being there twice.
  const edits: Edit[] = missing.flatMap((m): Edit[] => {
    const add: Edit = { op: 'addRecipient', field: 'cc', email: m.email, name: memberTitle(m.name) };
    const bcc = blind.get(m);
    return bcc ? [{ op: 'removeRecipient', field: 'bcc', email: bcc }, add] : [add];
  });
  // One sentence states every copy: an existing one is extended rather than a second added.
  // "as Riverside ward councillors" in English always (it groups names), and in Welsh when the sentence is.
  const as = (tr: Translator): string => tr.t('insert.wardCouncillors', { wards: tr.list(wards), count: missing.length });
  const welsh = mail.translators.find((tr) => tr.lang === 'cy');
  edits.push(stateCopiesEdit(analysis, [welsh ? { names, as: as(ENGLISH), asCy: as(welsh) } : { names, as: as(ENGLISH) }], mail));
  return { title, edits };
}

/** The boilerplate of an e-mail disclaimer, in the paragraph around a phrase. */
const DISCLAIMER = /received (?:it |this |this e-?mail |this message )?in error|intended (?:solely|only) for|the (?:intended )?(?:addressee|recipient)|disclose (?:its|the) contents|monitors? e-?mail/i;

function inDisclaimer(body: string, at: number): boolean {
  const before = body.lastIndexOf('\n\n', at);
  const after = body.indexOf('\n\n', at);
  return DISCLAIMER.test(body.slice(before < 0 ? 0 : before, after < 0 ? body.length : after));
}

export const wardMemberCopy = defineRule({
  meta: {
    id: 'ward-member-copy',
    description: en['ward-member-copy.description'],
    severity: 'warning',
    citation: en['ward-member-copy.citation'],
    fixable: true,
  },
  check({ analysis, directory, policy, t, mail }) {
    const { sender } = analysis;
    const councilSender = sender.kind === 'officer' || (sender.kind === 'mailbox' && sender.mailbox.kind !== 'party-group');
    if (!councilSender) return [];
    const visibleMembers = new Set(analysis.visible().flatMap((r) => (r.person.kind === 'member' && r.person.member ? [r.person.member] : [])));
    if (visibleMembers.size === 0 && !analysis.visible().some((r) => r.person.kind === 'member')) return [];

    // An all-members list in To/Cc already reaches every ward member.
    if (analysis.visible().some((r) => r.person.kind === 'mailbox' && r.person.mailbox.kind === 'all-members')) return [];

    const { mentions, fromThread } = wardsConcerned(analysis);
    const wardIds = [...new Set(mentions.map((m) => m.wardId))];
    if (wardIds.length === 0) return [];
    const wardName = (id: string): string => directory.wardsById.get(id)?.name ?? id;
    const wardList = t.list(wardIds.map(wardName));
    // Spans are body offsets: subject mentions are named in the message instead.
    const spans = (fromThread ? mentions : analysis.messageWards()).map((m) => ({ start: m.start, end: m.end, text: m.text }));

    // The member asked not to be copied, or it is one constituent's confidential casework.
    // A signature's legal disclaimer ("…do not copy, forward or disclose its contents") asks nothing of anyone.
    const reasons = noCopyReasons.find(analysis.bodyTokens()).filter((r) => !inDisclaimer(analysis.draft.body, r.start));
    // A resident's own identifiers in the writer's text (an account reference, a date of birth) make it that
    // household's casework however it is worded ("I've looked at the account (CT Ref: 4471 0093 2)").
    const own = analysis.parts().own;
    const identifiers = reasons.length > 0 ? [] : findIdentifiers(analysis.draft.body.slice(own.start, own.end), own.start);
    if (reasons.length > 0 || identifiers.length > 0) {
      const casework = reasons.some((r) => r.entry.category === 'casework');
      return [{
        severity: 'info',
        message: t.t(identifiers.length > 0 ? 'ward-member-copy.message.identifiers' : casework ? 'ward-member-copy.message.casework' : 'ward-member-copy.message.askedNotToCopy', { wards: wardList }),
        spans: [...reasons, ...identifiers].map((r) => ({ start: r.start, end: r.end, text: analysis.draft.body.slice(r.start, r.end) })),
      }];
    }

    if (wardIds.length > policy.wardCopyMaxWards) {
      const cabinet = directory.membersWithRole('cabinet').filter((m) => !visibleMembers.has(m));
      return [{
        severity: 'info',
        message: t.t('ward-member-copy.message.manyWards', {
          count: wardIds.length, wards: wardList,
          hasExamples: cabinet.length ? 'yes' : 'no', examples: t.list(cabinet.slice(0, 3).map((m) => memberTitle(m.name))),
        }),
        spans,
      }];
    }

    const reports: Report[] = [];
    const missingByWard = wardIds.map((id) => ({ id, missing: directory.membersOfWard(id).filter((m) => !visibleMembers.has(m)) }))
      .filter((w) => w.missing.length > 0);
    if (missingByWard.length === 0) return [];
    const missing = [...new Set(missingByWard.flatMap((w) => w.missing))];
    const wardsMissing = missingByWard.map((w) => wardName(w.id));
    const names = missing.map((m) => memberTitle(m.name));
    const where = [...new Set(mentions.map((m) => m.text))].slice(0, 3).map((t) => `"${t}"`).join(', ');
    const blind = new Map(analysis.recipients.flatMap((r) => (r.field === 'bcc' && r.person.kind === 'member' && r.person.member ? [[r.person.member, r.address.email] as const] : [])));
    const all = t.t('ward-member-copy.fix.all', { count: missing.length });
    const fixes: Fix[] = [copyFix(analysis, missing.length === 1 ? t.t('fix.copy', { names: names[0] }) : all, wardsMissing, missing, blind, mail)];
    if (missing.length > 1) {
      for (const w of missingByWard) for (const m of w.missing) fixes.push(copyFix(analysis, t.t('ward-member-copy.fix.only', { name: memberTitle(m.name) }), [wardName(w.id)], [m], blind, mail));
    }
    reports.push({
      message: t.t('ward-member-copy.message', {
        thread: fromThread ? 'yes' : 'no', wards: wardList, wardCount: wardIds.length, where, names: t.list(names), count: missing.length,
      }),
      recipients: missing.map((m) => ({ email: m.email, field: 'cc' as const })),
      spans,
      fixes,
    });
    return reports;
  },
});
