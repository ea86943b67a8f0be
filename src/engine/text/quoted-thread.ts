// Finds where the sender's own text ends and the quoted reply/forward thread begins.

// Each pattern is anchored to one line and has no nested quantifiers (linear on any input).
const SEPARATOR_LINES: RegExp[] = [
  /^\s*-{2,}\s*(original message|forwarded message|forwarded by [^-]{0,80})\s*-{2,}\s*$/i, // Outlook, Gmail
  /^\s*begin forwarded message:?\s*$/i, // Apple Mail
  /^\s*_{8,}\s*$/, // Outlook's rule above a quoted header block
  /^\s*on\s.{0,300}\swrote:\s*$/i, // Gmail / Apple Mail: "On Mon, 1 Feb 2027 at 21:14, Kelly <k@x> wrote:"
  /^\s*ar\s.{0,300}\sysgrifennodd.{0,200}:\s*$/i, // Gmail in Welsh: "Ar ddydd Llun, 1 Chwef 2027 am 21:14, Kelly <k@x> ysgrifennodd:"
];
// Outlook in English, French, German and Welsh ("Oddi wrth: … Anfonwyd: … At: … Pwnc:").
const HEADER_FROM = /^\s*\*?(from|de|von|oddi wrth):\*?\s+\S/i;
const HEADER_NEXT = /^\s*\*?(sent|date|to|subject|envoyé|gesendet|anfonwyd|dyddiad|at|pwnc):\*?\s/i;
const WROTE_END = /\swrote:\s*$/i;

// Only lines starting with one of these can begin a thread; others are skipped unread.
const CANDIDATE_START = /[-_>*oObBfFdDvVaA]/;

/** Offset of the first line of the quoted thread, or text.length when there is none. */
export function findQuotedStart(text: string): number {
  // Line starts, and for each line whether it is ">"-quoted or other non-blank text, in one pass.
  const starts: number[] = [];
  const kinds: number[] = []; // 0 blank, 1 quoted, 2 other
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let k = lineStart;
    while (k < end && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
    starts.push(lineStart);
    kinds.push(k === end ? 0 : text[k] === '>' ? 1 : 2);
    lineStart = end + 1;
  }
  const lineText = (n: number): string => {
    const end = n + 1 < starts.length ? starts[n + 1]! - 1 : text.length;
    return text.slice(starts[n], end).replace(/\r$/, '');
  };
  // Quoted (">") and other non-blank lines from each line to the end, counted once from the back.
  const quotedAfter = new Array<number>(starts.length + 1).fill(0);
  const otherAfter = new Array<number>(starts.length + 1).fill(0);
  for (let n = starts.length - 1; n >= 0; n--) {
    quotedAfter[n] = quotedAfter[n + 1]! + (kinds[n] === 1 ? 1 : 0);
    otherAfter[n] = otherAfter[n + 1]! + (kinds[n] === 2 ? 1 : 0);
  }
  for (let n = 0; n < starts.length; n++) {
    if (kinds[n] === 0) continue;
    let k = starts[n]!;
    while (text[k] === ' ' || text[k] === '\t') k++;
    if (!CANDIDATE_START.test(text[k] ?? '')) continue;
    // A ">" block counts as the thread when most of what follows is quoted too.
    if (kinds[n] === 1) {
      if (quotedAfter[n]! >= otherAfter[n]!) return starts[n]!;
      continue;
    }
    const line = lineText(n);
    if (line.length > 400) continue;
    if (SEPARATOR_LINES.some((re) => re.test(line))) return starts[n]!;
    // "On Mon, 1 Feb 2027 at 21:14, Kelly Brennan <k@x>\nwrote:" — Gmail sometimes wraps it.
    if (/^\s*on\s/i.test(line) && n + 1 < starts.length) {
      const next = lineText(n + 1);
      if (next.length < 120 && WROTE_END.test(` ${next}`)) return starts[n]!;
    }
    if (HEADER_FROM.test(line)) {
      for (let j = n + 1; j < Math.min(starts.length, n + 6); j++) {
        if (HEADER_NEXT.test(lineText(j))) return starts[n]!;
      }
    }
  }
  return text.length;
}
