// A recipient at a party's own address ("secretary@marlstoneclp.org.uk", "office@haringeylabour.org",
// "agent@northwoldlibdems.org.uk") is a party audience, as a party-group mailbox on the council's
// domain is: a branch meeting, a raffle or a leaflet sent there is the party's business.
/** Endings of a domain label that name a party or its local branch (CLP: a Constituency Labour Party). */
const PARTY_ENDINGS = ['labour', 'clp', 'libdems', 'libdem', 'conservatives', 'toryparty', 'snp', 'greenparty', 'plaidcymru', 'reformuk', 'ukip', 'albaparty'];
/** Beginnings, or the whole label: "labour-wales.org", "libdems-northwold.org.uk", "plaid.cymru" (not "tartanplaid", "localhistories"). */
const PARTY_BEGINNINGS = ['labour', 'libdems', 'conservatives', 'snp', 'greenparty', 'plaidcymru', 'reformuk', 'plaid', 'tories'];

/** Does the e-mail address belong to a party's own domain? ("plaidaberceiriog.cymru" too, where the rest is one of the council's place words.) */
export function isPartyAddress(email: string, placeWords: ReadonlySet<string> = new Set()): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const labels = email.slice(at + 1).toLowerCase().split('.');
  // The registrable label, not the TLD or "org"/"co" ("labour.org.uk" → "labour"; "marlstoneclp.org.uk" → "marlstoneclp").
  return labels.slice(0, -1).some((label) => {
    const bare = label.replace(/-/g, '');
    return PARTY_ENDINGS.some((p) => bare.endsWith(p)) || PARTY_BEGINNINGS.some((p) => label.startsWith(`${p}-`) || bare === p ||
      (bare.startsWith(p) && placeWords.has(bare.slice(p.length))));
  });
}
