// Tidies names and makes ward ids.

/** "Councillor Dr Jane Smith MBE JP" → "Jane Smith". */
export function memberName(fullusername: string): string {
  return fullusername.trim().replace(/\s+/g, ' ')
    .replace(/^(?:councillor|cllr\.?|county councillor|the\s+(?:right\s+)?worshipful)\s+/i, '')
    .replace(/^(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame|rev|revd|lady|lord)\.?\s+/i, '')
    .replace(/(?:,?\s+(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|MP|MSP|MS|AM|FRCS|PhD|BSc|MA|MRTPI|FCA|QPM|CEng|MSc|LLB|RN))+\s*$/i, '')
    .trim();
}

/** "St Helen's" → "st-helens"; "Abbey & Priory" → "abbey-priory". */
export function wardId(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '')
    .replace(/&/g, ' ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
