// Reads roles from Modern.gov's free-text `keyposts` ("Leader of the Council; Cabinet Member for
// Housing & Chair of Licensing Committee"), typos included; what it cannot read is reported.
import type { MemberRole } from '../engine';

export interface ReadRoles {
  roles: MemberRole[];
  portfolio?: string;
  /** Parts of keyposts that named no role the protocol cares about (listed for the admin). */
  unread: string[];
}

const ROLE_START = '(?:Cabinet|Portfolio|Porfolio|Chair|Chairman|Chairwoman|Leader|Mayor|Lord|Opposition|Shadow|Deputy|Vice|Member|Executive|Group|Gorup|Lead|Spokesperson)\\b';

function segments(keyposts: string): string[] {
  return keyposts.split(/[;\n|]+/)
    .flatMap((part) => part.split(new RegExp(`\\s*,\\s*(?=${ROLE_START})|\\s+&\\s+(?=${ROLE_START})|\\s+and\\s+(?=${ROLE_START})`, 'i')))
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

function portfolioAfter(segment: string, keyword: RegExp): string | undefined {
  const m = new RegExp(`${keyword.source}\\s*(?:for|of|:|-|–)?\\s*(?:the\\s+)?(.+)$`, 'i').exec(segment);
  const text = m?.[m.length - 1]?.trim().replace(/[.;,]+$/, '');
  return text ? text : undefined;
}

const CABINET = /\b(?:cabinet\s+member|cabinet\s+lead|por?t?folio\s+holder|executive\s+(?:member|councillor)|lead\s+member)\b/i;
const SPOKES = /\b(?:opposition|shadow)\s+(?:spokes(?:person|man|woman)|cabinet\s+member|por?t?folio\s+holder|lead)\b/i;

export function readKeyposts(keyposts: string): ReadRoles {
  const roles = new Set<MemberRole>();
  let portfolio: string | undefined;
  const unread: string[] = [];
  for (const segment of segments(keyposts)) {
    const s = segment.toLowerCase();
    let read = false;
    const add = (role: MemberRole): void => {
      roles.add(role);
      read = true;
    };
    if (/\bdeputy\b|\bvice\b/.test(s)) {
      unread.push(segment); // Deputies and vice-chairs change nothing in the protocol's rules.
      continue;
    }
    if (/\b(?:lord\s+)?mayor\b(?!['’]s|\s+consort|\s+elect)|\bchair(?:man|woman)?\s+of\s+(?:the\s+)?council\b|\bcivic\s+head\b/.test(s)) add('mayor');
    if (/\bleader\s+of\s+(?:the\s+)?council\b|^(?:council\s+)?leader$/.test(s)) add('leader');
    if (/\bleader\s+of\s+(?:the\s+)?opposition\b|\bg(?:ro|or)up\s+leader\b|\bleader\s+of\s+(?:the\s+)?.*\bg(?:ro|or)up\b/.test(s)) add('group-leader');
    if (SPOKES.test(segment)) {
      add('opposition-spokesperson');
      portfolio ??= portfolioAfter(segment, SPOKES);
    } else if (CABINET.test(segment)) {
      add('cabinet');
      portfolio ??= portfolioAfter(segment, CABINET);
    }
    if (/\bchair(?:man|woman|person)?\b/.test(s) && /\bscrutiny\b/.test(s)) add('scrutiny-chair');
    else if (/\bchair(?:man|woman|person)?\b/.test(s) && /\b(?:committee|panel|board|sub-committee)\b/.test(s) && !roles.has('mayor')) add('committee-chair');
    if (!read) unread.push(segment);
  }
  return { roles: [...roles], portfolio, unread };
}
