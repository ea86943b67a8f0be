// Rules cite the seed protocol as "001 §12.1: wording". A councillor knows the protocol by the
// council's own name for it, so the pane shows "Member/Officer Protocol §12.1" and keeps the
// wording for the "Why?" disclosure.
export interface Citation {
  /** e.g. "Member/Officer Protocol §12.1". */
  reference: string;
  /** The protocol's words the finding rests on. */
  wording: string;
}

export function readCitation(citation: string, protocolName: string): Citation {
  const m = /^\s*\d{3}\s+(?:existing\s+)?([^:]*?)\s*:\s*([\s\S]*)$/.exec(citation);
  if (!m) return { reference: protocolName, wording: citation.trim() };
  const clause = /^\d/.test(m[1]!) ? `§${m[1]}` : m[1]!;
  const wording = m[2]!.trim();
  return { reference: clause ? `${protocolName} ${clause}` : protocolName, wording: wording.charAt(0).toUpperCase() + wording.slice(1) };
}
