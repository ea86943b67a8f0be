// Finds UK postcodes, sectors and outward codes in text, normalised to "NB2 3" / "NB2" form.
import { WORD_CLASS } from './unicode-classes';

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
// No look-behind (ES2018): the character before is matched as group 1 and skipped.
const POSTCODE = new RegExp(`(^|[^${WORD_CLASS}])([A-Za-z]{1,2}\\d[A-Za-z\\d]?)(?:[ \\t\\u00a0]{0,2}(\\d)([ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})?)?(?![${WORD_CLASS}])`, 'g');

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
    const start = m.index + m[1]!.length;
    const outward = m[2]!.toUpperCase();
    // A bare outward code must look like one written in capitals ("NB2"), or "a1" in prose would count.
    if (m[3] === undefined && m[2] !== outward) continue;
    found.push({
      start: from + start,
      end: from + m.index + m[0].length,
      text: m[0].slice(m[1]!.length),
      outward,
      sector: m[3] === undefined ? undefined : `${outward} ${m[3]}`,
    });
  }
  return found;
}
