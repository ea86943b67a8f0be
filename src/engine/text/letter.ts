// Finds the parts of the sender's own text: greeting, message, sign-off and signature block,
// so inserted sentences land where a person would put them.
import { findQuotedStart } from './quoted-thread';
import { LETTER_CLASS, UPPER_CLASS } from './unicode-classes';

export interface Range {
  start: number;
  end: number;
}

export interface LetterParts {
  /** The sender's own text (everything above the quoted thread). */
  own: Range;
  /** The quoted thread below it (empty when none). */
  quoted: Range;
  greeting?: Range;
  /** The sign-off line ("Kind regards,") when there is one. */
  signOff?: Range;
  /** From the sign-off (or the bare name that ends the letter) to the end of the own text. */
  signature?: Range;
  /** The message itself: after the greeting, before the sign-off/signature. */
  message: Range;
}

const GREETING = /^\s*(dear|hi|hello|hey|good (morning|afternoon|evening)|morning|afternoon|evening|greetings|to whom it may concern)\b/i;
// A short line that is only a name or address form followed by a comma: "Simon," "Councillors,".
const NAME_GREETING = new RegExp(`^\\s*[${UPPER_CLASS}][${LETTER_CLASS}'’.-]*(\\s+[${UPPER_CLASS}][${LETTER_CLASS}'’.-]*){0,3}\\s*[,–-]?\\s*$`);
const SIGN_OFF = /^\s*(kind|warm|warmest|best|many|with (best|kind|warm|warmest|many|thanks|love)|yours|regards|thanks|thank you|cheers|all the best|sincerely|respectfully|take care|speak soon|ta)\b[^.?!]{0,40}[,!.]?\s*$/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The last `max` lines of text[from, to), in order: the sign-off is never further up. */
function lastLines(text: string, from: number, to: number, max: number): Line[] {
  const lines: Line[] = [];
  let end = to;
  while (lines.length < max && end >= from) {
    const newline = text.lastIndexOf('\n', end - 1);
    const start = newline < from ? from : newline + 1;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (start === from) break;
    end = newline;
  }
  return lines.reverse();
}

/** The first non-blank line of text[from, to), if any. */
function firstLine(text: string, from: number, to: number): Line | undefined {
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') return { start, end, text: line };
    start = end + 1;
  }
  return undefined;
}

function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** The sign-off is the last sign-off-like line with at most eight short lines after it. */
function findSignOff(lines: readonly Line[], firstMessageLine: number): number {
  let trailing = 0;
  for (let n = lines.length - 1; n >= firstMessageLine; n--) {
    const line = lines[n]!.text;
    if (line.trim() === '') continue;
    if (line.trim().length <= 50 && SIGN_OFF.test(line)) return n;
    trailing++;
    if (trailing > 8 || line.trim().length > 80) return -1;
  }
  return -1;
}

/** Without a sign-off, a last paragraph of one or two short unpunctuated lines is a signature ("Andrew"). */
/**
 * Without a sign-off, the last paragraph is a signature when it is one or two short unpunctuated
 * lines ("Andrew"), or when it starts with the sender's name (a block with job title, address
 * and telephone).
 */
function findBareSignature(lines: readonly Line[], firstMessageLine: number, senderNames: readonly string[]): number {
  let n = lines.length - 1;
  while (n >= firstMessageLine && lines[n]!.text.trim() === '') n--;
  const last = n;
  while (n >= firstMessageLine && lines[n]!.text.trim() !== '') n--;
  const first = n + 1;
  if (first <= firstMessageLine) return -1;
  const short = (k: number) => {
    const t = lines[k]!.text.trim();
    return t.length <= 80 && !/[.?!;]$/.test(t);
  };
  const opener = lines[first]!.text.trim().toLowerCase();
  if (last - first < 8 && senderNames.some((name) => name.length > 2 && opener.startsWith(name))) {
    let all = true;
    for (let k = first; k <= last; k++) all &&= short(k);
    if (all) return first;
  }
  if (last - first > 1) return -1;
  for (let k = first; k <= last; k++) {
    const t = lines[k]!.text.trim();
    if (t.length > 40 || /[.?!:;]$/.test(t)) return -1;
  }
  return first;
}

/** senderNames: lower-case names the sender signs with (display name, directory name), if known. */
export function letterParts(body: string, senderNames: readonly string[] = []): LetterParts {
  const quotedStart = findQuotedStart(body);
  const own = trimRange(body, 0, quotedStart);
  const quoted = trimRange(body, quotedStart, body.length);

  let greeting: Range | undefined;
  const first = firstLine(body, own.start, own.end);
  if (first && first.text.trim().length <= 80 && (GREETING.test(first.text) || (NAME_GREETING.test(first.text) && /,\s*$/.test(first.text)))) {
    greeting = trimRange(body, first.start, first.end);
  }
  // Lines after the greeting, from the end: a sign-off sits within the last few.
  const lines = lastLines(body, greeting ? greeting.end : own.start, own.end, 40).filter((l) => !greeting || l.start >= greeting.end);
  const firstMessageLine = 0;

  let signOff: Range | undefined;
  let signature: Range | undefined;
  const signOffLine = findSignOff(lines, firstMessageLine);
  if (signOffLine >= 0) {
    signOff = trimRange(body, lines[signOffLine]!.start, lines[signOffLine]!.end);
    signature = { start: signOff.start, end: own.end };
  } else {
    const bare = findBareSignature(lines, firstMessageLine, senderNames);
    if (bare >= 0) signature = { start: lines[bare]!.start, end: own.end };
  }

  const messageStart = greeting ? greeting.end : own.start;
  const messageEnd = signature ? signature.start : own.end;
  const message = trimRange(body, messageStart, Math.max(messageStart, messageEnd));
  return { own, quoted, greeting, signOff, signature, message };
}
