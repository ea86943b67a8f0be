// Turns an HTML body into the engine's plain text with a map back to HTML offsets, and makes
// text edits in the HTML by changing only the text concerned: formatting, links and images stay.
// Pure string work (no DOM), so the same code runs in Outlook's JavaScript-only runtime.
import { resolveAnchor } from '../engine/fixes/apply-edits';
import type { Edit, InsertAnchor } from '../engine';

export interface HtmlText {
  html: string;
  text: string;
  /** htmlStart[i] / htmlEnd[i]: the HTML range that text character i came from. */
  htmlStart: number[];
  htmlEnd: number[];
  /** True where text character i is real text (false for newlines made from tags). */
  fromText: boolean[];
}

const SKIP_CONTENT = new Set(['head', 'style', 'script', 'title', 'xml']);
const PARAGRAPH_BREAK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'ul', 'ol']);
const LINE_BREAK = new Set(['div', 'li', 'tr', 'br', 'hr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', pound: '£', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', euro: '€' };

interface Tag {
  name: string;
  closing: boolean;
  end: number;
}

/** The tag starting at html[i] === '<' (quotes in attributes respected), or undefined if it is not one. */
function readTag(html: string, i: number): Tag | undefined {
  if (html.startsWith('<!--', i)) {
    const close = html.indexOf('-->', i + 4);
    return { name: '!--', closing: false, end: close < 0 ? html.length : close + 3 };
  }
  const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*|!doctype)/i.exec(html.slice(i, i + 40));
  if (!m) return undefined;
  let k = i + m[0].length;
  let quote = '';
  while (k < html.length) {
    const ch = html[k]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') break;
    k++;
  }
  return { name: m[2]!.toLowerCase(), closing: m[1] === '/', end: Math.min(html.length, k + 1) };
}

function decodeEntity(html: string, i: number): { char: string; end: number } | undefined {
  const m = /^&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/i.exec(html.slice(i, i + 12));
  if (!m) return undefined;
  const code = m[1]!;
  if (code[0] === '#') {
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    if (!Number.isFinite(n) || n > 0x10ffff) return undefined;
    const char = n === 0xa0 ? ' ' : String.fromCodePoint(n);
    return { char, end: i + m[0].length };
  }
  const char = ENTITIES[code.toLowerCase()];
  return char === undefined ? undefined : { char, end: i + m[0].length };
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const htmlStart: number[] = [];
  const htmlEnd: number[] = [];
  const fromText: boolean[] = [];
  const emit = (ch: string, start: number, end: number, real: boolean): void => {
    out.push(ch);
    htmlStart.push(start);
    htmlEnd.push(end);
    fromText.push(real);
  };
  const lastIs = (ch: string): boolean => out.length > 0 && out[out.length - 1] === ch;
  let i = 0;
  let skipping = '';
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const tag = readTag(html, i);
      if (tag) {
        if (skipping) {
          if (tag.closing && tag.name === skipping) skipping = '';
        } else if (!tag.closing && SKIP_CONTENT.has(tag.name)) {
          skipping = tag.name;
        } else if (tag.name === 'br' || (tag.closing && LINE_BREAK.has(tag.name)) || tag.name === 'hr') {
          emit('\n', i, tag.end, false);
        } else if (tag.closing && PARAGRAPH_BREAK.has(tag.name)) {
          emit('\n', i, tag.end, false);
          emit('\n', i, tag.end, false);
        } else if (tag.name === 'img') {
          // An image is not text; a space keeps the words either side apart.
          if (!lastIs(' ') && !lastIs('\n')) emit(' ', i, tag.end, false);
        }
        i = tag.end;
        continue;
      }
    }
    if (skipping) {
      i++;
      continue;
    }
    if (ch === '&') {
      const entity = decodeEntity(html, i);
      if (entity) {
        emit(entity.char, i, entity.end, true);
        i = entity.end;
        continue;
      }
    }
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      // HTML folds white space; a run becomes one space (none at the start of a line).
      let k = i;
      while (k < html.length && (html[k] === ' ' || html[k] === '\n' || html[k] === '\r' || html[k] === '\t')) k++;
      if (!lastIs(' ') && !lastIs('\n') && out.length > 0) emit(' ', i, k, true);
      i = k;
      continue;
    }
    emit(ch, i, i + 1, true);
    i++;
  }
  return { html, text: out.join(''), htmlStart, htmlEnd, fromText };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface HtmlChange {
  start: number;
  end: number;
  html: string;
}

const OPENING_BLOCK = /^<(p|div|li|h[1-6])\b/i;

/** Before text position `at`: step back over opening tags to the paragraph that holds it. */
function paragraphBefore(map: HtmlText, at: number, sentence: string): HtmlChange {
  const position = at < map.text.length ? map.htmlStart[at]! : map.html.length;
  // Walk back over the opening tags (and white space) directly before the text.
  let k = position;
  let blockStart = -1;
  let opener = '';
  for (;;) {
    let j = k;
    while (j > 0 && /\s/.test(map.html[j - 1]!)) j--;
    if (j === 0 || map.html[j - 1] !== '>') break;
    const open = map.html.lastIndexOf('<', j - 1);
    if (open < 0) break;
    const tagText = map.html.slice(open, j);
    if (tagText.startsWith('</')) break;
    if (OPENING_BLOCK.test(tagText)) {
      blockStart = open;
      opener = tagText;
    }
    k = open;
  }
  if (blockStart >= 0) {
    const name = /^<([a-z0-9]+)/i.exec(opener)![1]!.toLowerCase();
    const tag = name === 'li' ? '<p>' : opener;
    const close = name === 'li' ? '</p>' : `</${name}>`;
    return { start: blockStart, end: blockStart, html: `${tag}${escapeHtml(sentence)}${close}` };
  }
  return { start: position, end: position, html: `${escapeHtml(sentence)}<br><br>` };
}

/** After text position `at` (exclusive): past the closing tags of that paragraph. */
function paragraphAfter(map: HtmlText, at: number, sentence: string): HtmlChange {
  let position = at === 0 ? 0 : map.htmlEnd[at - 1]!;
  for (;;) {
    const rest = map.html.slice(position, position + 12);
    const closing = /^\s*<\/(p|div|span|b|strong|i|em|u|font|a|li|h[1-6])>/i.exec(rest);
    if (!closing) break;
    position += closing[0].length;
  }
  return { start: position, end: position, html: `<p>${escapeHtml(sentence)}</p>` };
}

function insertChange(map: HtmlText, anchor: InsertAnchor, sentence: string, senderNames: readonly string[]): HtmlChange {
  const { at, text } = resolveAnchor(map.text, anchor, sentence, senderNames);
  return text.startsWith('\n') ? paragraphAfter(map, at, sentence) : paragraphBefore(map, at, sentence);
}

/** Replace text [start, end): the replacement goes into the first text run; other runs lose only their text. */
function replaceChanges(map: HtmlText, start: number, end: number, replacement: string): HtmlChange[] {
  const changes: HtmlChange[] = [];
  let i = start;
  let first = true;
  while (i < end) {
    if (!map.fromText[i]) {
      // A newline made from a tag: remove nothing (the tag stays), unless it is a <br>.
      const tagText = map.html.slice(map.htmlStart[i], map.htmlEnd[i]);
      if (/^<br\b/i.test(tagText)) changes.push({ start: map.htmlStart[i]!, end: map.htmlEnd[i]!, html: '' });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < end && map.fromText[j + 1] && map.htmlStart[j + 1] === map.htmlEnd[j]) j++;
    changes.push({ start: map.htmlStart[i]!, end: map.htmlEnd[j]!, html: first ? escapeHtml(replacement) : '' });
    first = false;
    i = j + 1;
  }
  if (first) {
    const at = start < map.text.length ? map.htmlStart[start]! : map.html.length;
    changes.push({ start: at, end: at, html: escapeHtml(replacement) });
  }
  return changes;
}

export interface HtmlEditResult {
  html: string;
  /** Edits that could not be placed (the text changed since the check). */
  skipped: Edit[];
}

/**
 * Applies the body edits (insertText, replaceText) of a fix to an HTML body. replaceText spans
 * are offsets into the text that htmlToText(html) gives, as the engine saw it.
 */
export function applyTextEditsToHtml(html: string, edits: readonly Edit[], senderNames: readonly string[] = []): HtmlEditResult {
  const map = htmlToText(html);
  const changes: HtmlChange[] = [];
  const skipped: Edit[] = [];
  for (const edit of edits) {
    if (edit.op === 'insertText') changes.push(insertChange(map, edit.anchor, edit.text, senderNames));
    else if (edit.op === 'replaceText') {
      const { start, end, text } = edit.span;
      if (end > map.text.length || map.text.slice(start, end) !== text) {
        skipped.push(edit);
        continue;
      }
      changes.push(...replaceChanges(map, start, end, edit.replacement));
    }
  }
  // From the end backwards, so earlier offsets stay valid; insertions at one place keep their order.
  const ordered = changes.map((c, order) => ({ ...c, order })).sort((a, b) => b.start - a.start || b.order - a.order);
  let out = html;
  let limit = Infinity;
  for (const change of ordered) {
    if (change.end > limit) continue;
    out = out.slice(0, change.start) + change.html + out.slice(change.end);
    limit = change.start;
  }
  return { html: out, skipped };
}
