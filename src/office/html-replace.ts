// Replaces or removes text in an HTML body by changing only the text runs concerned, then takes
// away what the change left empty: inline elements with no text (`<b><span></span></b>`, `<i></i>`)
// and the paragraph whose only text was removed (with one of the blank lines around it).
import { hasSolidContent, isParagraphBlock, mayBeRemoved, spacerAfter, spacerBefore, textRangeOf } from './html-blocks';
import type { HtmlChange } from './html-insert';
import { ancestorsAt, escapeHtml, type Element } from './html-scan';
import type { HtmlText } from './html-text';

/** Text [start, end) becomes `replacement`: it goes into the first text run; the other runs lose only their text. */
export function replaceChanges(map: HtmlText, start: number, end: number, replacement: string, deleted: boolean[]): HtmlChange[] {
  const changes: HtmlChange[] = [];
  let i = start;
  let first = true;
  while (i < end) {
    if (!map.fromText[i]) {
      // A newline made from a tag: the tag stays, unless it is a <br>.
      const tagText = map.html.slice(map.htmlStart[i], map.htmlEnd[i]);
      if (/^<br\b/i.test(tagText)) changes.push({ start: map.htmlStart[i]!, end: map.htmlEnd[i]!, html: '' });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < end && map.fromText[j + 1] && map.htmlStart[j + 1] === map.htmlEnd[j]) j++;
    const text = first ? replacement : '';
    changes.push({ start: map.htmlStart[i]!, end: map.htmlEnd[j]!, html: escapeHtml(text) });
    if (text === '') for (let k = i; k <= j; k++) deleted[k] = true;
    first = false;
    i = j + 1;
  }
  if (first) {
    const at = start < map.text.length ? map.htmlStart[start]! : map.html.length;
    changes.push({ start: at, end: at, html: escapeHtml(replacement) });
  }
  return changes;
}

/** True when every real character of e was deleted and nothing solid (an image) is left in it. */
function emptied(html: string, map: HtmlText, e: Element, deleted: readonly boolean[]): boolean {
  const { first, last } = textRangeOf(map, e);
  let any = false;
  for (let k = first; k < last; k++) {
    if (!map.fromText[k] || map.text[k]!.trim() === '') continue;
    if (!deleted[k]) return false;
    any = true;
  }
  return any && !hasSolidContent(html, e);
}

/**
 * Removals of the elements that the deletions left empty: for each deleted run, the outermost
 * ancestor that is now empty (up to its paragraph; never a cell, a list or the body). When a
 * paragraph goes and blank lines stood on both sides of it, one of them goes too.
 */
export function emptiedElements(html: string, map: HtmlText, root: Element, deleted: readonly boolean[]): HtmlChange[] {
  const found = new Map<Element, HtmlChange>();
  for (let k = 0; k < deleted.length; k++) {
    if (!deleted[k] || (k > 0 && deleted[k - 1])) continue;
    const chain = ancestorsAt(root, map.htmlStart[k]!);
    let target: Element | undefined;
    for (let d = chain.length - 1; d >= 0; d--) {
      const e = chain[d]!;
      if (!mayBeRemoved(e) || !emptied(html, map, e, deleted)) break;
      target = e;
    }
    if (!target || found.has(target)) continue;
    found.set(target, { start: target.start, end: target.end, html: '' });
    const before = isParagraphBlock(target) ? spacerBefore(html, map, target) : undefined;
    const after = before && spacerAfter(html, map, target);
    if (after) found.set(after, { start: after.start, end: after.end, html: '' });
  }
  // An element inside another one that goes is not listed twice.
  const all = Array.from(found.values());
  return all.filter((c) => !all.some((o) => o !== c && o.start <= c.start && c.end <= o.end));
}
