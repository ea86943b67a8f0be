// Reads Modern.gov's GetCouncillorsByWard XML into wards and members (work e-mail first, then
// home; never addresses or phone numbers) and lists what it could not use.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Member, Ward } from '../engine';
import { ImportError, note, type ImportNote } from './import-note';
import { memberName, wardId } from './names';
import { normaliseParty } from './parties';
import { readKeyposts } from './roles';

export interface ModernGovImport {
  wards: Ward[];
  members: Member[];
  /** For the admin, as message ids: members without e-mail, roles not read, skipped members. */
  notes: ImportNote[];
  /** Members that could not be added (no e-mail), keyed by name, for the overrides file. */
  withoutEmail: { name: string; ward: string; councillorId: string }[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true,
  isArray: (name) => ['ward', 'councillor', 'termofoffice'].includes(name) });

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

function emailIn(address: unknown): string {
  return typeof address === 'object' && address !== null ? text((address as Node).email) : '';
}

/** The answer cannot be imported (not XML, not GetCouncillorsByWard, nobody in it). */
export class ModernGovError extends ImportError {}

/** "dd/mm/yyyy" → "yyyy-mm-dd"; "unspecified" or anything else → undefined (no end). */
function isoDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

/** A councillor whose every term of office has ended before `today` is no longer serving. */
function termsEnded(councillor: Node, today: string): boolean {
  const terms = ((councillor.termsofoffice as Node | undefined)?.termofoffice ?? []) as Node[];
  if (terms.length === 0) return false;
  return terms.every((t) => {
    const end = isoDate(text(t.enddate));
    return end !== undefined && end < today;
  });
}

export function parseCouncillorsByWard(xml: string, options: { domains?: readonly string[]; today?: string } = {}): ModernGovImport {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ModernGovError(note('moderngov.notXml', { line: valid.err.line, detail: valid.err.msg }));
  const doc = parser.parse(xml) as Node;
  const root = doc.councillorsbyward as Node | undefined;
  if (!root) throw new ModernGovError(note('moderngov.notCouncillorsByWard'));
  const wardNodes = ((root.wards as Node | undefined)?.ward ?? []) as Node[];
  const domains = (options.domains ?? []).map((d) => d.toLowerCase());
  const wards: Ward[] = [];
  const members: Member[] = [];
  const notes: ImportNote[] = [];
  const withoutEmail: ModernGovImport['withoutEmail'] = [];

  for (const wardNode of wardNodes) {
    const title = text(wardNode.wardtitle);
    if (!title) continue;
    const id = wardId(title);
    const councillors = ((wardNode.councillors as Node | undefined)?.councillor ?? []) as Node[];
    const inWard: Member[] = [];
    for (const c of councillors) {
      const name = memberName(text(c.fullusername));
      const councillorId = text(c.councillorid);
      if (termsEnded(c, today)) {
        notes.push(note('moderngov.termEnded', { name }));
        continue;
      }
      const email = emailIn(c.workaddress) || emailIn(c.homeaddress);
      if (!email) {
        withoutEmail.push({ name, ward: id, councillorId });
        notes.push(note('moderngov.noEmail', { name, ward: title, id: councillorId }));
        continue;
      }
      const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
      if (domains.length && !domains.some((d) => domain === d || domain.endsWith(`.${d}`))) {
        notes.push(note('moderngov.otherDomain', { name, email }));
        continue;
      }
      const partyOriginal = text(c.politicalpartytitle);
      const keyposts = text(c.keyposts);
      const read = keyposts ? readKeyposts(keyposts) : { roles: [], unread: [] as string[], portfolio: undefined };
      for (const role of read.unread) notes.push(note('moderngov.roleNotRead', { role, name }));
      const member: Member = { name, email, ward: id, roles: read.roles };
      const party = normaliseParty(partyOriginal);
      if (party) member.party = party;
      if (partyOriginal && partyOriginal !== party) member.partyOriginal = partyOriginal;
      if (read.portfolio) member.portfolio = read.portfolio;
      inWard.push(member);
    }
    // A shared install lists the other council's wards too: keep a ward only if it kept a member.
    if (inWard.length || !domains.length || councillors.length === 0) {
      wards.push({ id, name: title });
      members.push(...inWard);
    }
  }
  if (wards.length === 0) throw new ModernGovError(note('moderngov.noWards'));
  // A misconfigured or half-migrated site answers with wards and nobody in them: never the truth.
  const serving = wardNodes.reduce((n, w) => n + (((w.councillors as Node | undefined)?.councillor ?? []) as Node[]).length, 0);
  if (serving === 0) throw new ModernGovError(note('moderngov.noCouncillors', { count: wardNodes.length }));
  if (members.length === 0 && withoutEmail.length === 0) {
    throw new ModernGovError(note('moderngov.noneServing', { hasDomains: domains.length ? 'yes' : 'no', domains: domains.join(', ') }));
  }
  return { wards, members, notes, withoutEmail };
}
