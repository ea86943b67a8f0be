// capacity-stated: a member writing to a resident as ward member says so (001 §12.5; 001 §11.5a).
import { en } from '../i18n/en';
import { defineRule } from '../rule';
import { capacityStatements } from '../lexicons/capacity';
import { statesCapacityByRole } from '../text/capacity-phrase';
import { CONSUMER_MAIL_DOMAINS } from '../people/consumer-domains';
import { isOwnPrivateAddress } from '../people/own-address';
import { domainOf, memberWards, surnameOf } from '../people/directory-index';
import { tokenize } from '../text/tokens';
import type { DraftAnalysis } from '../analysis';

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
    // (Their own home address is the member writing to themselves.)
    const external = analysis.visible().filter((r) => r.person.kind === 'external' && !isOwnPrivateAddress(analysis.draft.from.name, r.person.email));
    if (external.length === 0) return [];
    // Mail to the member's party group (volunteers copied) is party correspondence, not a ward member's letter:
    // political-content and confidential-information judge it.
    if (analysis.visible().some((r) => r.person.kind === 'mailbox' && r.person.mailbox.kind === 'party-group')) return [];

    const member = sender.member;
    const ownWards = member ? memberWards(member) : [];
    const mentions = [...analysis.subjectWards(), ...analysis.messageWards(), ...analysis.quotedWards()];
    const aboutOwnWard = mentions.some((m) => ownWards.includes(m.wardId));
    const toResident = external.some((r) => CONSUMER_MAIL_DOMAINS.has(domainOf(r.person.email)));
    // To an outside body (a users' group, a society), a member who signs as the ward's councillor
    // writes "as ward member" too; the press is for media-enquiry and the member's own judgement.
    const toOutsideBodyAsWardMember = external.some((r) => !directory.isMediaAddress(r.person.email)) && signsAsWardMember(analysis, ownWards);
    const fromOwnWard = addressedInOwnWard(analysis, external.filter((r) => !directory.isMediaAddress(r.person.email)).map((r) => r.person.email), ownWards);
    if (!aboutOwnWard && !toResident && !toOutsideBodyAsWardMember && !fromOwnWard) return [];

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
