// Finds where the sender's own text ends and the quoted reply/forward thread begins.

// Each pattern is anchored to one line and has no nested quantifiers (linear on any input).
const SEPARATOR_LINES: RegExp[] = [
  /^\s*-{2,}\s*(original message|forwarded message|forwarded by [^-]{0,80})\s*-{2,}\s*$/i, // Outlook, Gmail
  /^\s*begin forwarded message:?\s*$/i, // Apple Mail
  /^\s*_{8,}\s*$/, // Outlook's rule above a quoted header block
  /^\s*on\s.{0,300}\swrote:\s*$/i, // Gmail / Apple Mail: "On Mon, 1 Feb 2027 at 21:14, Kelly <k@x> wrote:"
];
const HEADER_FROM = /^\s*\*?(from|de|von):\*?\s+\S/i;
const HEADER_NEXT = /^\s*\*?(sent|date|to|subject|envoyé|gesendet):\*?\s/i;
const WROTE_END = /\swrote:\s*$/i;
const QUOTE_MARK = /^\s*>/;

/** Offset of the first line of the quoted thread, or text.length when there is none. */
export function findQuotedStart(text: string): number {
  const lines: { start: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, text: text.slice(start, i).replace(/\r$/, '') });
      start = i + 1;
    }
  }
  // Non-blank quoted (">") and other lines from each line to the end, counted once from the back.
  const quotedAfter = new Array<number>(lines.length + 1).fill(0);
  const otherAfter = new Array<number>(lines.length + 1).fill(0);
  for (let n = lines.length - 1; n >= 0; n--) {
    const t = lines[n]!.text;
    const blank = t.trim() === '';
    quotedAfter[n] = quotedAfter[n + 1]! + (!blank && QUOTE_MARK.test(t) ? 1 : 0);
    otherAfter[n] = otherAfter[n + 1]! + (!blank && !QUOTE_MARK.test(t) ? 1 : 0);
  }
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.text;
    if (line.length > 400) continue;
    if (SEPARATOR_LINES.some((re) => re.test(line))) return lines[n]!.start;
    // "On Mon, 1 Feb 2027 at 21:14, Kelly Brennan <k@x>\nwrote:" — Gmail sometimes wraps it.
    if (/^\s*on\s/i.test(line) && n + 1 < lines.length && WROTE_END.test(` ${lines[n + 1]!.text}`) && lines[n + 1]!.text.length < 120) {
      return lines[n]!.start;
    }
    if (HEADER_FROM.test(line)) {
      for (let k = n + 1; k < Math.min(lines.length, n + 6); k++) {
        if (HEADER_NEXT.test(lines[k]!.text)) return lines[n]!.start;
      }
    }
    // A ">" block counts as the thread when most of what follows is quoted too.
    if (QUOTE_MARK.test(line) && quotedAfter[n]! >= otherAfter[n]!) return lines[n]!.start;
  }
  return text.length;
}
