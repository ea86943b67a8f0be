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
  /** A "P.S." paragraph below the signature: the sender's own words, though below the name. */
  postscript?: Range;
}

// English and Welsh openings ("Annwyl Gynghorydd", "Bore da", "Helo", "Shwmae"); a bilingual
// greeting ("Dear Cllr Rhys / Annwyl Gynghorydd Rhys,") starts with one of them.
const GREETING = /^\s*(dear|hi|hello|hey|good (morning|afternoon|evening)|morning|afternoon|evening|greetings|to whom it may concern|annwyl|bore da|prynhawn da|noswaith dda|helo|shwmae|s'mae|sut mae)\b/i;
// A short line that is only a name or address form followed by a comma: "Simon," "Councillors,".
const NAME_GREETING = new RegExp(`^\\s*[${UPPER_CLASS}][${LETTER_CLASS}'’.-]*(\\s+[${UPPER_CLASS}][${LETTER_CLASS}'’.-]*){0,3}\\s*[,–-]?\\s*$`);
// English and Welsh closings ("Cofion cynnes", "Yn gywir", "Diolch yn fawr", "Pob hwyl"); a
// bilingual one ("Diolch / Thanks", "Regards / Cofion") starts with one of them.
const SIGN_OFF = /^\s*(kind|warm|warmest|best|many|with (best|kind|warm|warmest|many|thanks|love)|yours|regards|thanks|thank you|cheers|all the best|sincerely|respectfully|take care|speak soon|ta|cofion|yn gywir|yn ddiffuant|diolch|gyda diolch|pob hwyl|hwyl)\b[^.?!]{0,40}[,!.]?\s*$/i;
/** Lines that start a signature by themselves: the "-- " delimiter and "Sent from my iPhone". */
const SIGNATURE_START = /^\s*(--|sent from (my )?\S[^.?!]{0,40}|get outlook for \S[^.?!]{0,30}|anfonwyd o('r|\s)\S[^.?!]{0,40})\s*$/i;
/** "P.S.", "PS:", "P.P.S.", Welsh "O.N." (ôl-nodyn) opening a line. */
const POSTSCRIPT = /^\s*(?:p\.?\s?p?\.?\s?s\.|ps\b|pps\b|o\.\s?n\.)/i;
// How far above the end a sign-off may be when the signature has long lines (address, disclaimer).
const MAX_SIGNATURE_LINES = 40;

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

/** The first non-blank line after line n, if any. */
function nextNonBlank(lines: readonly Line[], n: number): Line | undefined {
  for (let k = n + 1; k < lines.length; k++) if (lines[k]!.text.trim() !== '') return lines[k];
  return undefined;
}

/** A name line: short, with no sentence ending ("Fatima Noor", "Cllr Bethan Rhys (hi/ei)"). */
function looksLikeName(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && !/[.?!:;,]$/.test(t) && !/\s(the|a|and|will|is|are|we|i)\s/i.test(` ${t} `);
}

/**
 * The sign-off is the last sign-off-like line with at most eight short lines after it; or,
 * further up, one followed by a name line, whatever comes after the name (a signature may carry
 * a one-line postal address, "my working hours are …" or a disclaimer paragraph).
 */
/** "All the best for the 6th, hope you get back in.": a sentence goes on after the comma (a name does not: "Thanks, Pam"). */
const CLAUSE_AFTER_COMMA = /,\s*[a-z\u00e0-\u00ff]+\s+[a-z\u00e0-\u00ff]+\s+[a-z\u00e0-\u00ff]+/;

function findSignOff(lines: readonly Line[], firstMessageLine: number): number {
  let trailing = 0;
  let shortTail = true;
  for (let n = lines.length - 1; n >= firstMessageLine; n--) {
    const line = lines[n]!.text;
    if (line.trim() === '') continue;
    if (line.trim().length <= 50 && SIGN_OFF.test(line) && !CLAUSE_AFTER_COMMA.test(line)) {
      if (shortTail) return n;
      const next = nextNonBlank(lines, n);
      if (next && looksLikeName(next.text)) return n;
    }
    trailing++;
    if (trailing > 8 || line.trim().length > 80) shortTail = false;
    if (trailing > MAX_SIGNATURE_LINES) return -1;
  }
  return -1;
}

/** Without a sign-off: the "-- " delimiter or a "Sent from my iPhone" line starts the signature. */
function findSignatureStartLine(lines: readonly Line[], firstMessageLine: number): number {
  for (let n = Math.max(firstMessageLine, lines.length - MAX_SIGNATURE_LINES); n < lines.length; n++) {
    if (SIGNATURE_START.test(lines[n]!.text)) return n;
  }
  return -1;
}

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
  if (first <= firstMessageLine) return findNamedSignature(lines, firstMessageLine, senderNames);
  const short = (k: number) => {
    const t = lines[k]!.text.trim();
    return t.length <= 80 && !/[.?!;]$/.test(t);
  };
  const opener = lines[first]!.text.trim().toLowerCase();
  if (last - first < 8 && senderNames.some((name) => name.length > 2 && opener.startsWith(name))) {
    let all = true;
    for (let k = first; k <= last; k++) all = all && short(k);
    if (all) return first;
  }
  if (last - first > 1) return findNamedSignature(lines, firstMessageLine, senderNames);
  for (let k = first; k <= last; k++) {
    const t = lines[k]!.text.trim();
    if (t.length > 40 || /[.?!:;]$/.test(t)) return findNamedSignature(lines, firstMessageLine, senderNames);
  }
  return first;
}

/**
 * Further up: a line that is the sender's name (with a title or pronouns at most) starting a
 * paragraph, whatever follows it (address, working hours, disclaimer).
 */
function findNamedSignature(lines: readonly Line[], firstMessageLine: number, senderNames: readonly string[]): number {
  const from = Math.max(firstMessageLine + 1, lines.length - MAX_SIGNATURE_LINES);
  for (let n = from; n < lines.length; n++) {
    const t = lines[n]!.text.trim().toLowerCase();
    if (t === '' || lines[n - 1]!.text.trim() !== '') continue;
    const name = senderNames.find((candidate) => candidate.length > 2 && t.indexOf(candidate) >= 0 && t.indexOf(candidate) <= 12);
    if (name && t.length <= name.length + 40 && looksLikeName(t)) return n;
  }
  return -1;
}

/** The paragraph a "P.S." line opens inside the signature block, up to the next blank line. */
function findPostscript(body: string, signature: Range): Range | undefined {
  let start = signature.start;
  while (start < signature.end) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 || newline > signature.end ? signature.end : newline;
    if (POSTSCRIPT.test(body.slice(start, end))) {
      const blank = body.slice(start, signature.end).search(/\n[ \t]*\r?\n/);
      return trimRange(body, start, blank < 0 ? signature.end : start + blank);
    }
    start = end + 1;
  }
  return undefined;
}

/** senderNames: lower-case names the sender signs with (display name, directory name), if known. */
export function letterParts(body: string, senderNames: readonly string[] = []): LetterParts {
  const quotedStart = findQuotedStart(body);
  const own = trimRange(body, 0, quotedStart);
  const quoted = trimRange(body, quotedStart, body.length);

  let greeting: Range | undefined;
  const first = firstLine(body, own.start, own.end);
  // "Ewan" alone on the first line, then a blank line, greets as surely as "Ewan,".
  const bareName = (): boolean => first !== undefined && first.text.trim().split(/\s+/).length <= 2 && /^\r?\n[ \t]*\r?\n/.test(body.slice(first.end, first.end + 4));
  if (first && (first.text.trim().length <= 80 || (first.text.trim().length <= 160 && / \/ /.test(first.text))) &&
    (GREETING.test(first.text) || (NAME_GREETING.test(first.text) && (/,\s*$/.test(first.text) || bareName())))) {
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
    const marked = findSignatureStartLine(lines, firstMessageLine);
    const bare = marked >= 0 ? marked : findBareSignature(lines, firstMessageLine, senderNames);
    if (bare >= 0) signature = trimRange(body, lines[bare]!.start, own.end);
  }

  const messageStart = greeting ? greeting.end : own.start;
  const messageEnd = signature ? signature.start : own.end;
  const message = trimRange(body, messageStart, Math.max(messageStart, messageEnd));
  const postscript = signature ? findPostscript(body, signature) : undefined;
  return { own, quoted, greeting, signOff, signature, message, ...(postscript ? { postscript } : {}) };
}
