// Where a new paragraph goes in a real mail body, and what it looks like: a sibling of the
// paragraph it is placed by, with that paragraph's block tag and font wrappers (never an id), and
// the body's own blank-line convention (`<div><br></div>`, Word's `<o:p>&nbsp;</o:p>`, `<br>`);
// never inside a signature table cell, Gmail's or Outlook's signature, or the quoted thread.
import {
  copyOfSpacer, endsAt, isParagraphBlock, isQuoteContainer, isSignatureContainer, isSpacer, isStyleWrapper, isTablePart, openingTag,
  spacerAfter, spacerBefore, startsAt, textRangeOf,
} from './html-blocks';
import { ancestorsAt, escapeHtml, withoutId, type Element } from './html-scan';
import type { HtmlText } from './html-text';

export interface HtmlChange {
  start: number;
  end: number;
  html: string;
}

interface Body {
  html: string;
  map: HtmlText;
  root: Element;
}

/** The look of the new paragraphs: a block tag to copy, font wrappers inside it, and a spacer between. */
interface Look {
  block?: Element;
  wrappers: Element[];
  spacer?: Element;
}

function paragraphs(body: Body, sentences: readonly string[], look: Look, spacerFirst: boolean): string {
  const { html } = body;
  const open = look.block ? withoutId(openingTag(html, look.block)) : '<div>';
  const close = `</${look.block ? look.block.name : 'div'}>`;
  const wrapOpen = look.wrappers.map((w) => withoutId(openingTag(html, w))).join('');
  const wrapClose = look.wrappers.slice().reverse().map((w) => `</${w.name}>`).join('');
  const spacer = look.spacer ? copyOfSpacer(html, look.spacer) : '';
  const blocks = sentences.map((s) => `${open}${wrapOpen}${escapeHtml(s)}${wrapClose}${close}`);
  return spacerFirst ? blocks.map((b) => spacer + b).join('') : blocks.map((b) => b + spacer).join('');
}

/** The font wrappers (span/font with a style) that hold html position `at` inside `block`. */
function fontWrappers(body: Body, chain: readonly Element[], block: Element | undefined): Element[] {
  const from = block ? chain.indexOf(block) + 1 : 0;
  return chain.slice(from).filter((e) => isStyleWrapper(body.html, e));
}

function innermost(chain: readonly Element[], test: (e: Element) => boolean): Element | undefined {
  for (let k = chain.length - 1; k >= 0; k--) if (test(chain[k]!)) return chain[k];
  return undefined;
}

function outermost(chain: readonly Element[], test: (e: Element) => boolean): Element | undefined {
  return chain.find(test);
}

/** The paragraph before `e` among its siblings (not a blank line), to copy when e itself is no paragraph (a table, the quote). */
function neighbourBlock(body: Body, e: Element): Element | undefined {
  const siblings = e.parent?.children ?? [];
  for (let k = siblings.indexOf(e) - 1; k >= 0; k--) {
    const sibling = siblings[k]!;
    if (isParagraphBlock(sibling) && !isSpacer(body.html, body.map, sibling)) return sibling;
  }
  return undefined;
}

/** Outlook's rule and `appendonsend` marker above the reply header belong to the thread. */
function withThreadMarkers(body: Body, target: Element): Element {
  const siblings = target.parent?.children ?? [];
  let first = target;
  for (let k = siblings.indexOf(target) - 1; k >= 0; k--) {
    const sibling = siblings[k]!;
    if (body.html.slice(sibling.end, first.start).trim() !== '' || !(sibling.name === 'hr' || isQuoteContainer(body.html, sibling))) break;
    first = sibling;
  }
  return first;
}

/** New paragraphs just before a whole element (a signature table, a signature or quote wrapper). */
function beforeElement(body: Body, target: Element, sentences: readonly string[], wrappers: Element[] = []): HtmlChange {
  const spacer = spacerBefore(body.html, body.map, target);
  const block = neighbourBlock(body, target);
  const paragraphWrappers = wrappers.length > 0 || !block ? wrappers : fontWrappersInside(body, block);
  return { start: target.start, end: target.start, html: paragraphs(body, sentences, { block, wrappers: paragraphWrappers, spacer }, false) };
}

/** The font wrappers that open a paragraph and hold its first text (`<p><span style=…>…`). */
function fontWrappersInside(body: Body, block: Element): Element[] {
  const { first } = textRangeOf(body.map, block);
  if (first >= body.map.text.length) return [];
  const chain = ancestorsAt(body.root, body.map.htmlStart[first]!);
  return chain.indexOf(block) < 0 ? [] : fontWrappers(body, chain, block);
}

/** Sentences inside a paragraph that has text before them, kept apart by line breaks. */
function inline(at: number, sentences: readonly string[], breaksFirst: boolean): HtmlChange {
  const text = sentences.map(escapeHtml).join('<br><br>');
  return { start: at, end: at, html: breaksFirst ? `<br><br>${text}` : `${text}<br><br>` };
}

/** Steps back over the opening tags directly before position `at`: they belong to the text that follows. */
function beforeOpeningTags(body: Body, chain: readonly Element[], at: number): { at: number; opened: Element[] } {
  let position = at;
  const opened: Element[] = [];
  for (let k = chain.length - 1; k >= 0; k--) {
    const e = chain[k]!;
    if (e.openEnd > position || body.html.slice(e.openEnd, position).trim() !== '') break;
    opened.unshift(e);
    position = e.start;
  }
  return { at: position, opened };
}

/** New paragraphs before the line that starts at text index `at` (the sign-off, the first line). */
export function insertBefore(body: Body, at: number, sentences: readonly string[]): HtmlChange {
  const { html, map, root } = body;
  if (at >= map.text.length) return insertAfter(body, map.text.length, sentences, 0);
  const chain = ancestorsAt(root, map.htmlStart[at]!);
  const quote = outermost(chain, (e) => isQuoteContainer(html, e));
  if (quote) return beforeElement(body, withThreadMarkers(body, quote), sentences);
  // A sign-off in a signature table: the paragraph goes before the table, never into a cell.
  const table = outermost(chain, (e) => e.name === 'table' && startsAt(map, e, at));
  if (table) return beforeElement(body, table, sentences, fontWrappers(body, chain, innermost(chain, isTablePart)));
  const block = innermost(chain, (e) => isParagraphBlock(e) || isTablePart(e) || e.name === 'li');
  if (block && isParagraphBlock(block) && startsAt(map, block, at)) {
    // The blank line before the sign-off, looked for on the block or the wrappers it opens.
    let spacer = spacerBefore(html, map, block);
    for (let k = chain.indexOf(block) - 1; !spacer && k >= 0 && startsAt(map, chain[k]!, at) && chain[k]!.name !== 'body'; k--) {
      spacer = spacerBefore(html, map, chain[k]!);
    }
    const look = { block, wrappers: fontWrappers(body, chain, block), spacer };
    return { start: block.start, end: block.start, html: paragraphs(body, sentences, look, false) };
  }
  // The line is inside a paragraph after a <br>: put the sentences there, outside any link or marker span.
  const { at: position, opened } = beforeOpeningTags(body, chain, map.htmlStart[at]!);
  const wrappers = opened.filter((e) => isStyleWrapper(html, e));
  const change = inline(position, sentences, false);
  if (wrappers.length === 0) return change;
  const open = wrappers.map((w) => withoutId(openingTag(html, w))).join('');
  const close = wrappers.slice().reverse().map((w) => `</${w.name}>`).join('');
  return { ...change, html: `${open}${sentences.map(escapeHtml).join('<br><br>')}${close}<br><br>` };
}

/**
 * New paragraphs after the paragraph whose last character is before text index `at` (the end of
 * the writer's own text, the greeting). `ownStart` is where the writer's text begins.
 */
export function insertAfter(body: Body, at: number, sentences: readonly string[], ownStart: number): HtmlChange {
  const { html, map, root } = body;
  let last = Math.min(at, map.text.length) - 1;
  while (last > 0 && (!map.fromText[last] || map.text[last]!.trim() === '')) last--;
  if (last < 0) {
    // Nothing written: the sentences are the message, inside <body> when there is one.
    const inBody = root.children.find((e) => e.name === 'html')?.children.find((e) => e.name === 'body') ?? root.children.find((e) => e.name === 'body');
    const position = inBody ? inBody.closeStart : html.length;
    return { start: position, end: position, html: paragraphs(body, sentences, { wrappers: [] }, false) };
  }
  const chain = ancestorsAt(root, map.htmlStart[last]!);
  const signature = outermost(chain, (e) => isSignatureContainer(html, e));
  if (signature) return beforeElement(body, signature, sentences);
  // Text that ends in a table (a signature laid out in one): the paragraph goes before it.
  const ownFrom = ownStart < map.text.length ? map.htmlStart[ownStart]! : 0;
  const table = outermost(chain, (e) => e.name === 'table' && e.start > ownFrom);
  if (table) return beforeElement(body, table, sentences);
  const block = innermost(chain, (e) => isParagraphBlock(e) || isTablePart(e) || e.name === 'li');
  if (block && isParagraphBlock(block) && endsAt(map, block, last) && block.name !== 'body') {
    const spacer = spacerAfter(html, map, block) ?? spacerBefore(html, map, block);
    const look = { block, wrappers: fontWrappers(body, chain, block), spacer };
    return { start: block.end, end: block.end, html: paragraphs(body, sentences, look, true) };
  }
  return inline(map.htmlEnd[last]!, sentences, true);
}
