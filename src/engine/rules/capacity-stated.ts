// capacity-stated: a member writing to a resident as ward member says so (001 §12.5; 001 §11.5a).
import { en } from '../i18n/en';
import { defineRule } from '../rule';
import { capacityStatements, partyBusiness, partyRoles } from '../lexicons/capacity';
import { isPartyAddress } from '../political/party-domain';
import { statesCapacityByRole } from '../text/capacity-phrase';
import { CONSUMER_MAIL_DOMAINS } from '../people/consumer-domains';
import { isOwnPrivateAddress } from '../people/own-address';
import { domainOf, memberWards, surnameOf } from '../people/directory-index';
import { tokenize } from '../text/tokens';
import type { DraftAnalysis, Recipient } from '../analysis';

// "as a Westmoor councillor", "as the St Helen's ward member": a ward or place name between the
// article and the role. Bounded repetition, one line at most.
const AS_NAMED_COUNCILLOR = /\bas (?:a|an|the|your|one of (?:the|your))\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:ward\s+)?(?:councillors?|members?|representatives?)\b/;

/** "on behalf of Northbridge Borough Council" states a capacity as much as "on behalf of the Council". */
function namesCouncilCapacity(analysis: DraftAnalysis, councilName: string): boolean {
  const message = analysis.draft.body.slice(analysis.parts().message.start, analysis.parts().message.end);
  return message.toLowerCase().includes(`on behalf of ${councilName.toLowerCase()}`) || AS_NAMED_COUNCILLOR.test(message);
}

/** Role words after a name and a comma: "Cllr Karen Whitlock, leader of the Liberal Democrat group, said". */
const APPOSITIVE_ROLE = /^,\s+(?:(?:the|a|an|one of (?:the|your)|and|ward|county|borough|district|city|town|[A-Z][\w'’.-]*)\s+){0,4}(?:[Cc]ouncillors?|[Cc]llr|[Mm]embers?|[Ll]eader|[Dd]eputy [Ll]eader|[Cc]hair(?:man|woman)?|[Cc]onven[eo]r|[Mm]ayor|[Pp]rovost|[Ss]pokesperson|[Pp]ortfolio [Hh]older)\b/;
const NAME_CHARS = 40;

/**
 * A release or statement in the third person names the member with their role: "Cllr Karen Whitlock, leader of
 * the Liberal Democrat group on Thornbridge District Council, said: …", "Cllr Ali, Cabinet Member for Housing, said".
 * The sender's own surname, a comma and a role: the capacity the words are given in.
 */
function namesOwnRole(analysis: DraftAnalysis, fullName: string | undefined): boolean {
  const surname = fullName ? surnameOf(fullName).toLowerCase() : '';
  if (surname.length < 2) return false;
  const { start, end } = analysis.parts().message;
  const message = analysis.draft.body.slice(start, end);
  const lower = message.toLowerCase();
  for (let at = lower.indexOf(surname); at >= 0; at = lower.indexOf(surname, at + 1)) {
    const after = at + surname.length;
    if (/\w/.test(message.charAt(after)) || (at > 0 && /\w/.test(message.charAt(at - 1)))) continue;
    if (APPOSITIVE_ROLE.test(message.slice(after, after + NAME_CHARS + 60))) return true;
  }
  return false;
}

/** The signature names one of the member's own wards ("Brunswick Ward", "Cllr Mirza, Brunswick"). */
function signsAsWardMember(analysis: DraftAnalysis, ownWards: readonly string[]): boolean {
  const signature = analysis.parts().signature;
  if (!signature || ownWards.length === 0) return false;
  const [from, to] = analysis.tokenRange(signature);
  return analysis.council.wards.find(analysis.draft.body, analysis.bodyTokens(), from, to).some((m) => ownWards.includes(m.wardId));
}

/**
 * The recipient's address names a place in the member's own ward ("effie@scarvay.org.uk", "secretary@kirkton-park.org"):
 * a local body or resident of the ward, so the matter is the member's ward business.
 */
function addressedInOwnWard(analysis: DraftAnalysis, emails: readonly string[], ownWards: readonly string[]): boolean {
  if (ownWards.length === 0) return false;
  return emails.some((email) => {
    // Each label read as a proper noun ("Scarvay Org Uk"), as a one-word place must be written.
    const words = domainOf(email).split(/[.-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    return analysis.council.wards.find(words, tokenize(words)).some((m) => ownWards.includes(m.wardId));
  });
}

/** An office of the Council's executive or chair signed under the name ("Cabinet Member for Regeneration", "Leader of the Council"). */
const OFFICE_LINE = /^\s*(?:cabinet member|portfolio holder|executive member|lead member|deputy leader|leader of the council|(?:deputy |lord )?mayor|chair(?:man|woman)? of (?:the )?[A-Z][\w\x27\u2019-]*|deputy cabinet member|aelod (?:o\x27r )?cabinet)\b/im;

/**
 * A member who signs with an office of the Council (a Cabinet portfolio, the leadership, the mayoralty) and not as their
 * ward's councillor, writing to a firm (not a resident, not a body of their ward), writes in that office: a site in
 * their ward named in the instruction ("the green roof to the Reform Street elevation") does not make it ward business.
 */
function signsInOffice(analysis: DraftAnalysis): boolean {
  const signature = analysis.parts().signature;
  return !!signature && OFFICE_LINE.test(analysis.draft.body.slice(signature.start, signature.end));
}

/**
 * A personal mailbox at a web-mail provider other than the big ones ("jhollis.home@examplemail.co.uk",
 * "pellfamily@wendmail.co.uk"): the provider's own name ends in "mail" and nothing stands before it (not
 * "lists.civicmail.co.uk", "mailer.govcomms.co.uk"). Royal Mail and the Daily Mail are firms.
 */
const MAIL_PROVIDER = /^[a-z0-9]+-?mail\.(?:co\.uk|com|net|org\.uk|org)$/;
const MAIL_FIRMS = new Set(['royalmail', 'dailymail', 'parcelmail', 'scottishdailymail']);
function atMailProvider(email: string): boolean {
  const domain = domainOf(email);
  return MAIL_PROVIDER.test(domain) && !MAIL_FIRMS.has(domain.split('.')[0]!.replace(/-/g, ''));
}

/** A role word in an address or a display name: "agent@", "glyn.agent@", "secretary@", "Carol Mellor (Agent)". */
const ROLE_WORD = /(?:^|[^a-z])(?:agent|asiant|organiser|organizer|trefnydd|secretary|ysgrifennydd)(?:$|[^a-z])/i;
/** How far above a role in the quoted thread the recipient's name may be: their signature's first lines. */
const SIGNATURE_REACH = 160;

/** Roles signed under the recipient's own name in the thread ("Morag Adie, Branch Secretary"), up to a blank line. */
function signedRoles(analysis: DraftAnalysis, name: string): ('party-role' | 'branch-role')[] {
  const surname = name === '' ? '' : surnameOf(name).toLowerCase();
  const { quoted } = analysis.parts();
  if (quoted.end <= quoted.start || surname.length < 3) return [];
  const body = analysis.draft.body;
  const [from, to] = analysis.tokenRange(quoted);
  return partyRoles.find(analysis.bodyTokens(), from, to).filter((hit) => {
    const before = body.slice(Math.max(quoted.start, hit.start - SIGNATURE_REACH), hit.start).toLowerCase();
    const at = before.lastIndexOf(surname);
    return at >= 0 && !/\n[\s>]*\n/.test(before.slice(at));
  }).map((hit) => hit.entry.category);
}

/**
 * The recipient is the member's party — its agent, branch secretary or organiser — not a resident written to as ward
 * councillor: the party's own domain or a party named in the address ("secretary@farrachsnp.org.uk",
 * "mike.dunstan.libdems@gmail.com"); a party's office said of them in their display name or signed under their name in
 * the thread ("Carol Mellor, Election Agent"); or a bare office ("agent@…", "Branch Secretary") while the thread is the
 * party's own business (a selection meeting, a canvass session, nomination papers).
 */
function partyCorrespondent(analysis: DraftAnalysis, recipient: Recipient): boolean {
  const email = recipient.address.email;
  if (isPartyAddress(email)) return true;
  const local = email.slice(0, Math.max(0, email.lastIndexOf('@')));
  if (/[._-]/.test(local) && isPartyAddress(`x@${local.replace(/[_-]/g, '.')}.x`)) return true;
  const name = recipient.address.name ?? '';
  const roles = [...partyRoles.findIn(name).map((hit) => hit.entry.category), ...signedRoles(analysis, name)];
  if (roles.includes('party-role')) return true;
  if (roles.length === 0 && !ROLE_WORD.test(local.replace(/[._-]/g, ' '))) return false;
  const body = analysis.draft.body;
  const [from, to] = analysis.tokenRange({ start: analysis.parts().message.start, end: body.length });
  return partyBusiness.find(analysis.bodyTokens(), from, to).length > 0 || partyBusiness.find(analysis.subjectTokens()).length > 0;
}

/** An elector's vote or support asked for: the recipient is a resident canvassed, not a helper in the campaign. */
const ASKS_FOR_VOTE = /\byour (?:vote|votes|support|backing|number (?:1|one)|no\.? ?1|first preference|second preference)\b|\bvote for me\b/i;
/** A sentence of the candidacy or campaign itself ("put my name forward again for Westfield", "canvassing Kingsmead Estate");
 * not "standing water", "the seat of the bench" or the Council's own campaigns. */
const CAMPAIGN_WORDS = /\b(?:selection|nominations?|candidates?|candidacy|standing (?:again|for)|stand again|name (?:forward|down)|canvass\w*|leaflet\w*|door ?knock\w*|polling day)\b/i;

/**
 * The message is the party's own business with the recipient — a selection, nomination papers, a canvass session or a
 * leaflet round they take part in — and nothing else: every sentence of the member's that names a place of a ward is a
 * sentence of that business, and no vote is asked for. A helper or organiser so written to is written to as a party
 * member, whatever their address ("gavin.scholes.bx@gmail.com"). Ward casework beside it ("the street lights on Linnet Close
 * are booked for repair; I'm standing again…") is still a ward member's letter.
 */
function partyBusinessOnly(analysis: DraftAnalysis): boolean {
  // In the member's own words or the subject: a resident's mention of a leaflet round in the thread is not the letter's business.
  const [from, to] = analysis.tokenRange(analysis.saidRange());
  if (partyBusiness.find(analysis.bodyTokens(), from, to).length === 0 && partyBusiness.find(analysis.subjectTokens()).length === 0) return false;
  const said = analysis.saidSentences();
  if (said.some((s) => ASKS_FOR_VOTE.test(s.text))) return false;
  return analysis.messageWards().every((m) => {
    const sentence = said.find((s) => s.start <= m.start && m.end <= s.end);
    return sentence !== undefined && CAMPAIGN_WORDS.test(sentence.text);
  });
}

export const capacityStated = defineRule({
  meta: {
    id: 'capacity-stated',
    description: en['capacity-stated.description'],
    severity: 'warning',
    citation: en['capacity-stated.citation'],
    fixable: true,
  },
  check({ analysis, directory, t, mail }) {
    const { sender } = analysis;
    if (sender.kind !== 'member') return [];
    // (Their own home address is the member writing to themselves. An address that is no Internet address — an Exchange
    // "/o=…/cn=…" name, an unresolved display name — is no one outside the council.)
    const visibleExternal = analysis.visible().filter((r) => r.person.kind === 'external' && r.address.email.includes('@') &&
      !isOwnPrivateAddress(analysis.draft.from.name, r.person.email));
    if (visibleExternal.length === 0) return [];
    // A letter to council staff or members with someone outside only in Cc (a parish clerk, the resident who raised it) is
    // written to the council; those copied read it, they are not written to as a ward's residents.
    const addressees = analysis.recipients.filter((r) => r.field === 'to');
    if (addressees.length > 0 && addressees.every((r) => r.person.kind !== 'external')) return [];
    if (partyBusinessOnly(analysis)) return [];
    // Their own party's agent, branch secretary or organiser is written to as a party member, not as ward councillor.
    const external = visibleExternal.filter((r) => !partyCorrespondent(analysis, r));
    if (external.length === 0) return [];
    // Mail to the member's party group (volunteers copied) is party correspondence, not a ward member's letter:
    // political-content and confidential-information judge it.
    if (analysis.visible().some((r) => r.person.kind === 'mailbox' && r.person.mailbox.kind === 'party-group')) return [];

    const member = sender.member;
    const ownWards = member ? memberWards(member) : [];
    const mentions = [...analysis.subjectWards(), ...analysis.messageWards(), ...analysis.quotedWards()];
    const aboutOwnWard = mentions.some((m) => ownWards.includes(m.wardId));
    const toResident = external.some((r) => CONSUMER_MAIL_DOMAINS.has(domainOf(r.person.email)) || (atMailProvider(r.person.email) && !directory.isMediaAddress(r.person.email)));
    // To an outside body (a users' group, a society), a member who signs as the ward's councillor
    // writes "as ward member" too; the press is for media-enquiry and the member's own judgement.
    const toOutsideBodyAsWardMember = external.some((r) => !directory.isMediaAddress(r.person.email)) && signsAsWardMember(analysis, ownWards);
    const fromOwnWard = addressedInOwnWard(analysis, external.filter((r) => !directory.isMediaAddress(r.person.email)).map((r) => r.person.email), ownWards);
    if (!aboutOwnWard && !toResident && !toOutsideBodyAsWardMember && !fromOwnWard) return [];
    if (!toResident && !toOutsideBodyAsWardMember && !fromOwnWard && signsInOffice(analysis)) return [];

    const [from, to] = analysis.tokenRange(analysis.parts().message);
    if (capacityStatements.find(analysis.bodyTokens(), from, to).length > 0 || statesCapacityByRole(analysis.bodyTokens(), from, to)) return [];
    if (namesCouncilCapacity(analysis, directory.directory.council.name)) return [];
    if (namesOwnRole(analysis, member?.name)) return [];

    const ward = ownWards[0] === undefined ? undefined : directory.wardsById.get(ownWards[0]);
    const wardMembers = ownWards[0] === undefined ? 0 : directory.membersOfWard(ownWards[0]).length;
    const sentence = mail.write((tr) => (ward
      ? tr.t('insert.writingAsWard', { several: wardMembers > 1 ? 'yes' : 'no', ward: ward.name })
      : tr.t('insert.writingAsLocal')));
    return [{
      message: t.t('capacity-stated.message', {
        audience: toResident ? 'resident' : 'outside',
        topic: aboutOwnWard && ward ? 'ward' : 'none',
        vowel: ward && /^[AEIOU]/i.test(ward.name) ? 'yes' : 'no',
        ward: ward?.name,
      }),
      recipients: external.map((r) => ({ email: r.address.email, field: r.field })),
      fixes: [{ title: t.t('fix.add', { sentence }), edits: [{ op: 'insertText', anchor: 'afterGreeting', text: sentence }] }],
    }];
  },
});
