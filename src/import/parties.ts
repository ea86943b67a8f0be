// Normalises the many spellings councils use for a party (57 seen in Modern.gov data) to one name
// per group; the importer keeps the original text beside it.

const PARTIES: [RegExp, string][] = [
  [/\blab(ou?r)?\b|\bco-?op(erative)?\b/i, 'Labour'],
  [/\bconservative|\btory\b|\btories\b|\bunionist\b/i, 'Conservative'],
  [/\blib(eral)?\s*dem(ocrat)?s?\b|\blibdems?\b/i, 'Liberal Democrat'],
  [/\bgreens?\b/i, 'Green'],
  [/\bplaid\b/i, 'Plaid Cymru'],
  [/\bscottish national\b|\bsnp\b/i, 'SNP'],
  [/\breform\b/i, 'Reform UK'],
  [/\bukip\b|\buk independence\b/i, 'UKIP'],
  [/\bindependents?\b|^ind\.?$|\bnon[- ]aligned\b|\bno party\b|\bunaligned\b/i, 'Independent'],
];

export function normaliseParty(original: string): string | undefined {
  const text = original.trim();
  if (!text) return undefined;
  for (const [pattern, party] of PARTIES) if (pattern.test(text)) return party;
  // A local party or residents' group keeps its own name, tidied.
  return text.replace(/^the\s+/i, '').replace(/\s+party$/i, '').replace(/\s+/g, ' ');
}
