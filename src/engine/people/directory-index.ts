// Answers "who is this address?" from the council directory: member, officer, mailbox or external.
import type { Directory, Mailbox, Member, Officer, Ward } from '../config/directory-schema';
import type { Address } from '../types';

/** How sure the classification is: the directory is proof; a "Cllr" display name is a hint. */
export type Evidence = 'directory' | 'display-name' | 'domain';

export type Person =
  | { kind: 'member'; member?: Member; evidence: Evidence; email: string; name: string }
  | { kind: 'officer'; officer?: Officer; evidence: Evidence; email: string; name: string }
  | { kind: 'mailbox'; mailbox: Mailbox; evidence: 'directory'; email: string; name: string }
  | { kind: 'external'; evidence: 'domain'; email: string; name: string };

const COUNCILLOR_TITLE = /^\s*(cllr\.?|councillor|the (lord )?mayor)\b/i;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : normaliseEmail(email.slice(at + 1));
}

/** The address is at one of the domains or a sub-domain of one. */
function inDomains(email: string, domains: ReadonlySet<string>): boolean {
  const domain = domainOf(email);
  for (const d of domains) if (domain === d || domain.endsWith(`.${d}`)) return true;
  return false;
}

/** "Jane Smith" from "Cllr Jane Smith" / "Councillor Jane Smith". */
export function stripTitle(name: string): string {
  return name.replace(/^\s*(cllr\.?|councillor|mr|mrs|ms|miss|dr)\s+/i, '').trim();
}

export function memberWards(member: Member): string[] {
  return typeof member.ward === 'string' ? [member.ward] : member.ward;
}

export function surnameOf(name: string): string {
  const parts = stripTitle(name).split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

/** "Cllr Jane Smith": how the checker names a member in messages and inserted sentences. */
export function memberTitle(name: string): string {
  return `Cllr ${stripTitle(name)}`;
}

export class DirectoryIndex {
  private readonly members = new Map<string, Member>();
  private readonly officers = new Map<string, Officer>();
  private readonly mailboxes = new Map<string, Mailbox>();
  private readonly membersByName = new Map<string, Member>();
  private readonly councilDomains: Set<string>;
  private readonly mediaDomains: Set<string>;
  readonly wardsById = new Map<string, Ward>();

  constructor(readonly directory: Directory) {
    for (const member of directory.members) {
      for (const email of [member.email, ...(member.aliases ?? [])]) this.members.set(normaliseEmail(email), member);
      this.membersByName.set(member.name.toLowerCase(), member);
    }
    for (const officer of directory.officers) {
      for (const email of [officer.email, ...(officer.aliases ?? [])]) this.officers.set(normaliseEmail(email), officer);
    }
    for (const mailbox of directory.mailboxes) this.mailboxes.set(normaliseEmail(mailbox.email), mailbox);
    for (const ward of directory.wards) this.wardsById.set(ward.id, ward);
    this.councilDomains = new Set(directory.council.domains.map(normaliseEmail));
    this.mediaDomains = new Set(directory.mediaDomains.map(normaliseEmail));
  }

  /** Council domains include their sub-domains (members.northbridge.gov.uk). */
  isCouncilAddress(email: string): boolean {
    return inDomains(email, this.councilDomains);
  }

  isMediaAddress(email: string): boolean {
    return inDomains(email, this.mediaDomains);
  }

  classify(address: Address): Person {
    const email = normaliseEmail(address.email);
    const name = address.name?.trim() || email;
    const member = this.members.get(email);
    if (member) return { kind: 'member', member, evidence: 'directory', email, name: member.name };
    const officer = this.officers.get(email);
    if (officer) return { kind: 'officer', officer, evidence: 'directory', email, name: officer.name };
    const mailbox = this.mailboxes.get(email);
    if (mailbox) return { kind: 'mailbox', mailbox, evidence: 'directory', email, name: mailbox.name ?? name };
    // Not in the directory: a "Cllr" display name is evidence the directory may be missing someone.
    if (address.name && COUNCILLOR_TITLE.test(address.name)) {
      const stripped = stripTitle(address.name);
      // "Cllr Jane Smith <jane@gmail.com>": the directory's Jane Smith writing from another address.
      const known = this.membersByName.get(stripped.toLowerCase());
      return { kind: 'member', member: known, evidence: 'display-name', email, name: stripped };
    }
    if (this.isCouncilAddress(email)) return { kind: 'officer', evidence: 'domain', email, name };
    return { kind: 'external', evidence: 'domain', email, name };
  }

  membersOfWard(wardId: string): Member[] {
    return this.directory.members.filter((m) => memberWards(m).includes(wardId));
  }

  membersWithRole(role: NonNullable<Member['roles']>[number]): Member[] {
    return this.directory.members.filter((m) => m.roles?.includes(role));
  }

  mailboxesOfKind(kind: Mailbox['kind']): Mailbox[] {
    return this.directory.mailboxes.filter((m) => m.kind === kind);
  }
}
