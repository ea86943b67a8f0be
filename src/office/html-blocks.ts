// What the elements of a real mail body are for: paragraphs, spacer lines, the wrappers that
// carry the font, the signature and the quoted thread. Each client marks these differently.
import { countBefore } from '../engine/text/bisect';
import { attributeOf, withoutId, type Element } from './html-scan';
import type { HtmlText } from './html-text';

/** Blocks a new paragraph may be a sibling of (never a table cell or list item). */
const PARAGRAPH_BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'address', 'section', 'article']);
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
/** Content that is not text but still makes an element worth keeping. */
const SOLID = /<(img|table|iframe|object|svg|video|audio|input|hr)\b/i;
/** Where removing emptied elements stops climbing. */
const NEVER_REMOVED = new Set(['#root', 'html', 'body', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'table', 'blockquote', 'ul', 'ol']);

export const isParagraphBlock = (e: Element): boolean => PARAGRAPH_BLOCKS.has(e.name);
export const isTablePart = (e: Element): boolean => TABLE_PARTS.has(e.name);
export const mayBeRemoved = (e: Element): boolean => !NEVER_REMOVED.has(e.name);

export function openingTag(html: string, e: Element): string {
  return html.slice(e.start, e.openEnd);
}

/** A span or font that sets the font, size or colour (links, bold and italics are not copied). */
export function isStyleWrapper(html: string, e: Element): boolean {
  if (e.name !== 'span' && e.name !== 'font') return false;
  const tag = openingTag(html, e);
  return ['style', 'face', 'size', 'color'].some((a) => attributeOf(tag, a) !== undefined);
}

function hasToken(value: string | undefined, pattern: RegExp): boolean {
  return value !== undefined && pattern.test(value);
}

/** Outlook on the web's `<div id="Signature">`, Gmail's `gmail_signature`, Apple's and Thunderbird's markers. */
export function isSignatureContainer(html: string, e: Element): boolean {
  const tag = openingTag(html, e);
  return hasToken(attributeOf(tag, 'id'), /^(x_)?(signature|Signature)$/) ||
    hasToken(attributeOf(tag, 'class'), /(^|\s)(gmail_signature|moz-signature|signature)(\s|$)/i);
}

/** Outlook's reply header and its marker, Gmail's and Thunderbird's quote wrappers, any blockquote. */
export function isQuoteContainer(html: string, e: Element): boolean {
  if (e.name === 'blockquote') return true;
  const tag = openingTag(html, e);
  return hasToken(attributeOf(tag, 'id'), /^(x_)?(divRplyFwdMsg|appendonsend|OLK_SRC_BODY_SECTION|mail-editor-reference-message-container)$/) ||
    hasToken(attributeOf(tag, 'class'), /(^|\s)(gmail_quote|moz-cite-prefix|OutlookMessageHeader)(\s|$)/);
}

/** The text indexes whose HTML lies inside e's content, as [first, last) (binary search: the map is in order). */
export function textRangeOf(map: HtmlText, e: Element): { first: number; last: number } {
  const firstAt = (pos: number): number => countBefore(map.htmlStart.length, (i) => map.htmlStart[i]! < pos);
  return { first: firstAt(e.openEnd), last: firstAt(e.closeStart) };
}

/** A blank line made of markup: `<div><br></div>`, Word's `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`, a bare `<br>`. */
export function isSpacer(html: string, map: HtmlText, e: Element): boolean {
  if (e.name === 'br') return true;
  if (!isParagraphBlock(e)) return false;
  const inner = html.slice(e.openEnd, e.closeStart);
  if (SOLID.test(inner) || !/<br\b|&nbsp;|&#160;|&#xa0;/i.test(inner)) return false;
  const { first, last } = textRangeOf(map, e);
  for (let k = first; k < last; k++) if (map.fromText[k] && map.text[k]!.trim() !== '') return false;
  return true;
}

/** The spacer directly before e (only white space between), if the body separates paragraphs that way. */
export function spacerBefore(html: string, map: HtmlText, e: Element): Element | undefined {
  const siblings = e.parent?.children ?? [];
  const k = siblings.indexOf(e);
  const previous = k > 0 ? siblings[k - 1] : undefined;
  if (!previous || html.slice(previous.end, e.start).trim() !== '') return undefined;
  return isSpacer(html, map, previous) ? previous : undefined;
}

export function spacerAfter(html: string, map: HtmlText, e: Element): Element | undefined {
  const siblings = e.parent?.children ?? [];
  const k = siblings.indexOf(e);
  const next = k >= 0 ? siblings[k + 1] : undefined;
  if (!next || html.slice(e.end, next.start).trim() !== '') return undefined;
  return isSpacer(html, map, next) ? next : undefined;
}

/** The spacer's markup again, with no id. */
export function copyOfSpacer(html: string, e: Element): string {
  if (e.name === 'br') return '<br>';
  const inner = html.slice(e.openEnd, e.closeStart).replace(/\sid\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  return `${withoutId(openingTag(html, e))}${inner}</${e.name}>`;
}

/** True when e holds no real text before text index `at` (the paragraph starts there). */
export function startsAt(map: HtmlText, e: Element, at: number): boolean {
  const { first } = textRangeOf(map, e);
  for (let k = first; k < at; k++) if (map.fromText[k] && map.text[k]!.trim() !== '') return false;
  return true;
}

/** True when e holds no real text after text index `last`. */
export function endsAt(map: HtmlText, e: Element, last: number): boolean {
  const range = textRangeOf(map, e);
  for (let k = last + 1; k < range.last; k++) if (map.fromText[k] && map.text[k]!.trim() !== '') return false;
  return true;
}

/** True when e has solid content (an image, a table) besides its text. */
export function hasSolidContent(html: string, e: Element): boolean {
  return SOLID.test(html.slice(e.openEnd, e.closeStart));
}
