// Finds UK postcodes, sectors and outward codes in text, normalised to "NB2 3" / "NB2" form.

export interface PostcodeMention {
  start: number;
  end: number;
  text: string;
  outward: string;
  /** "NB2 3" when the sector digit was written; undefined for a bare outward code. */
  sector?: string;
}

// Outward code (A9, A99, A9A, AA9, AA99, AA9A), then an optional sector digit and unit letters.
// Every part is a bounded repetition, so the scan is linear whatever the input.
const POSTCODE = /(?<![\p{L}\p{N}])([A-Za-z]{1,2}\d[A-Za-z\d]?)(?:[ \t\u00a0]{0,2}(\d)([ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})?)?(?![\p{L}\p{N}])/gu;

/** "nb2 3" / "NB23" → "NB2 3"; a bare "nb2" → "NB2". */
export function normalisePostcodePrefix(prefix: string): string {
  const compact = prefix.replace(/\s+/g, '').toUpperCase();
  const sector = /^([A-Z]{1,2}\d[A-Z\d]?)(\d)$/.exec(compact);
  if (sector && /\s/.test(prefix.trim())) return `${sector[1]} ${sector[2]}`;
  return compact;
}

export function findPostcodes(text: string, from = 0, to = text.length): PostcodeMention[] {
  const found: PostcodeMention[] = [];
  const slice = text.slice(from, to);
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(slice); m !== null; m = POSTCODE.exec(slice)) {
    const outward = m[1]!.toUpperCase();
    // A bare outward code must look like one written in capitals ("NB2"), or "a1" in prose would count.
    if (m[2] === undefined && m[1] !== outward) continue;
    found.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      text: m[0],
      outward,
      sector: m[2] === undefined ? undefined : `${outward} ${m[2]}`,
    });
  }
  return found;
}
