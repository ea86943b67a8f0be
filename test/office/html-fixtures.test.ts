/**
 * @jest-environment jsdom
 */
// Bodies shaped as real clients write them (test/fixtures/html): each is read, gets a sentence
// before its sign-off, has words replaced and a sentence removed; results are compared as parsed
// DOM (the production code stays string-based for Outlook's JavaScript-only runtime).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterParts } from '../../src/engine/text/letter';
import { applyTextEditsToHtml } from '../../src/office/html-edits';
import { htmlToText } from '../../src/office/html-text';

interface Fixture {
  file: string;
  /** The sender's name as they sign (lower case, no title). */
  sender: string;
  /** Lines the text must hold. */
  reads: string[];
  /** The sign-off line, or undefined when the body has none. */
  signOff?: string;
  /** The text a sentence inserted "before the sign-off" must come directly before. */
  before: string;
  /** Without a sign-off: the text the sentence must come directly after. */
  after?: string;
  replace: { words: string; by: string };
  /** A sentence that is the only text of its paragraph. */
  remove: string;
}

const FIXTURES: Fixture[] = [
  { file: 'word-classic.html', sender: 'fatima noor', reads: ['Dear Cllr Price,', 'The fly-tipping on Ferry Lane was cleared this morning.', 'Waste Services Manager | Harbury Vale District Council'],
    signOff: 'Kind regards,', before: 'Kind regards,', replace: { words: 'on Ferry Lane', by: 'in the lane' }, remove: 'I hope Labour hold the seat!' },
  { file: 'word-signature-table.html', sender: 'gavin tull', reads: ['\tGavin Tull', 'Parks Officer', 'T: 01234 567890 | harburyvale.gov.uk/parks'],
    signOff: 'Many thanks,', before: 'Many thanks,', replace: { words: 'the Riverside play area', by: 'the play area' }, remove: 'This is confidential until the contract is signed.' },
  { file: 'word-list-welsh.html', sender: 'elin morgan', reads: ['Annwyl Gynghorydd Rhys / Dear Cllr Rhys,', 'Heol y Castell', 'Stryd Fawr', 'Croesewir gohebiaeth yn Gymraeg / We welcome correspondence in Welsh'],
    signOff: 'Cofion / Regards,', before: 'Cofion / Regards,', replace: { words: 'These are the streets', by: 'Dyma’r strydoedd / These are the streets' }, remove: 'Please vote Plaid on Thursday.' },
  { file: 'owa-signature.html', sender: 'gavin tull', reads: ['Dear Cllr Doyle,', 'The two benches by Mill Pond will be repaired next week. The work order is attached.'],
    signOff: 'Kind regards,', before: 'Kind regards,', replace: { words: 'benches by Mill Pond', by: 'benches' }, remove: 'The Conservatives have let this park rot for years.' },
  { file: 'owa-reply.html', sender: 'fatima noor', reads: ['Hi Alan,', 'The contractor has confirmed the visit to Wharf Street.', 'I will update you on Friday.'],
    before: 'From:', after: 'I will update you on Friday.', replace: { words: 'has confirmed the visit', by: 'will make the visit' }, remove: 'Vote for Sarah Quinn on Thursday.' },
  { file: 'new-outlook.html', sender: 'fatima noor', reads: ['Good morning Kamal,', 'The jetty repairs on Wharf Street are scheduled for April.', 'harburyvale.gov.uk/waste'],
    signOff: 'Best wishes,', before: 'Best wishes,', replace: { words: 'are scheduled for April', by: 'are due in spring' }, remove: 'The Green Party would never have let it get this bad.' },
  { file: 'outlook-mac.html', sender: 'kamal hussain', reads: ['Dear Mrs Okoro,', 'Cllr Kamal Hussain', 'It is falling apart.'],
    signOff: 'Best wishes,', before: 'Best wishes,', replace: { words: 'about the repair timetable and', by: 'about timing and' }, remove: 'Labour will fix this when we win in May.' },
  { file: 'gmail-signature.html', sender: 'fatima noor', reads: ['Dear Cllr Price,', '-- ', 'Fatima Noor', 'Waste Services Manager'],
    signOff: 'Kind regards,', before: 'Kind regards,', replace: { words: 'on Ferry Lane were', by: 'were' }, remove: 'Good luck with the canvassing this weekend!' },
  { file: 'gmail-reply-no-signoff.html', sender: 'fatima noor', reads: ['The contractor is booked for Monday.', 'We will clear the verge on Tuesday as well.', 'When is the contractor coming to Ferry Lane?'],
    before: 'On Mon, 1 Feb 2027', after: 'We will clear the verge on Tuesday as well.', replace: { words: 'on Tuesday as', by: 'on Wednesday as' }, remove: 'The Tories caused this mess.' },
  { file: 'apple-mail.html', sender: 'fatima noor', reads: ['Dear Cllr Price,', 'The footpath by the Old Mill has been resurfaced.', 'Has the footpath been done?'],
    signOff: 'Best wishes,', before: 'Best wishes,', replace: { words: 'by the Old Mill has', by: 'has' }, remove: 'Reform would have done it years ago.' },
  { file: 'ios-mail.html', sender: 'fatima noor', reads: ['Hi Beth,', 'Quick note: the Riverside bins are done.', 'Sent from my iPhone'],
    before: 'Sent from my iPhone', replace: { words: 'the Riverside bins', by: 'the bins' }, remove: 'Please back the Lib Dems at the by-election.' },
  { file: 'word-disclaimer.html', sender: 'martin cole', reads: ['Dear Cllr Quinn,', 'Harbury Vale District Council, Civic Centre, Market Street, Harbury, Westshire HV1 1AA, United Kingdom'],
    signOff: 'Regards,', before: 'Regards,', replace: { words: 'for the Brookside fair has', by: 'has' }, remove: 'The Independents on the committee fought it all the way.' },
  { file: 'owa-welsh-table.html', sender: 'elin morgan', reads: ['Annwyl Mr Jones / Dear Mr Jones,', '\tElin Morgan', 'Swyddog Gwastraff / Waste Officer'],
    signOff: 'Diolch / Thanks,', before: 'Diolch / Thanks,', replace: { words: 'on Heol y Castell have', by: 'have' }, remove: 'Pleidleisiwch dros Plaid Cymru ddydd Iau.' },
  { file: 'signoff-in-table.html', sender: 'sam patel', reads: ['Kind regards,', '\tSam Patel', 'Highways Officer'],
    signOff: 'Kind regards,', before: 'Kind regards,', replace: { words: 'on Mill Lane is', by: 'is' }, remove: 'Only the Conservatives care about dark streets.' },
];

const SENTENCE = 'I have copied this email to Cllr Beth Holloway & Cllr Kamal Hussain.';
const read = (file: string): string => readFileSync(join(__dirname, '../fixtures/html', file), 'utf8');
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').trim() !== '') nodes.push(n as Text);
  return nodes;
}

/** The font a text node is shown in: the nearest font-family, font-size and colour set on it or its ancestors. */
function fontOf(node: Node): Record<string, string> {
  const font: Record<string, string> = {};
  for (let e = node.parentElement; e; e = e.parentElement) {
    const set = (key: string, value: string | null | undefined) => {
      if (value && !(key in font)) font[key] = value.replace(/\s+/g, ' ').trim();
    };
    set('family', e.style.getPropertyValue('font-family'));
    set('size', e.style.getPropertyValue('font-size'));
    set('color', e.style.getPropertyValue('color'));
    if (e.tagName === 'FONT') {
      set('family', e.getAttribute('face'));
      set('size', e.getAttribute('size'));
      set('color', e.getAttribute('color'));
    }
  }
  return font;
}

function count(values: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return map;
}

/** Links, images, tables and (unless words in a styled run were replaced) every style: each one in the original is still there. */
function keptEverything(before: Document, after: Document, styles = true): void {
  const collect = (doc: Document) => [
    ...Array.from(doc.querySelectorAll('a[href]'), (e) => `a ${e.getAttribute('href')}`),
    ...Array.from(doc.querySelectorAll('img'), (e) => `img ${e.getAttribute('src')}`),
    ...Array.from(doc.querySelectorAll('table'), () => 'table'),
    ...(styles ? Array.from(doc.querySelectorAll('[style]'), (e) => `style ${e.getAttribute('style')}`) : []),
    ...Array.from(doc.head.querySelectorAll('style'), (e) => `sheet ${e.textContent}`),
  ];
  const had = count(collect(before));
  const has = count(collect(after));
  const lost = Array.from(had).filter(([value, n]) => (has.get(value) ?? 0) < n).map(([value]) => value);
  expect(lost).toEqual([]);
}

function uniqueIds(doc: Document): void {
  const ids = Array.from(doc.querySelectorAll('[id]'), (e) => e.id);
  expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
}

const INLINE = 'span, b, i, u, strong, em, font, a';
/** Inline elements and paragraphs with nothing in them to show. */
function emptyElements(doc: Document): number {
  const inline = Array.from(doc.body.querySelectorAll(INLINE)).filter((e) => (e.textContent ?? '') === '' && !e.querySelector('img, br'));
  const blocks = Array.from(doc.body.querySelectorAll('p, div, li')).filter((e) => (e.textContent ?? '') === '' && !e.querySelector('img, br, table'));
  return inline.length + blocks.length;
}

/** The white space in the text just before `words` (a paragraph gap, spacer lines included). */
function gapBefore(text: string, words: string): string {
  const at = text.indexOf(words);
  let k = at;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  return text.slice(k, at);
}

function spanOf(text: string, words: string) {
  const start = text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(words, start + 1)).toBe(-1);
  return { start, end: start + words.length, text: words };
}

describe.each(FIXTURES)('$file', (fixture) => {
  const html = read(fixture.file);
  const text = htmlToText(html).text;
  const original = parse(html);

  it('reads as text: lines, bullets and table rows, no markup or conditional comments', () => {
    for (const line of fixture.reads) expect(text).toContain(line);
    expect(text).not.toMatch(/<!|\[if |endif\]|<\/?(p|div|span|b|i|u|a|img|table|tr|td|font|o:p|br)\b/i);
    const parts = letterParts(text, [fixture.sender]);
    if (fixture.signOff) expect(text.slice(parts.signOff!.start, parts.signOff!.end)).toBe(fixture.signOff);
    else expect(parts.signOff).toBeUndefined();
  });

  it('inserts a paragraph directly before the sign-off, in its font, keeping everything, with no duplicate id', () => {
    const out = applyTextEditsToHtml(html, [{ op: 'insertText', anchor: 'beforeSignOff', text: SENTENCE }], [fixture.sender]);
    expect(out.skipped).toEqual([]);
    const doc = parse(out.html);
    const nodes = textNodes(doc);
    const at = nodes.findIndex((n) => n.textContent === SENTENCE);
    expect(at).toBeGreaterThanOrEqual(0);
    const joined = (list: Text[]) => list.map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
    expect(joined(nodes.slice(at + 1)).startsWith(fixture.before)).toBe(true);
    if (fixture.after) expect(joined(nodes.slice(0, at)).endsWith(fixture.after)).toBe(true);
    // In the font of the sign-off (or, without one, of the paragraph it follows).
    const model = fixture.after ? nodes[at - 1]! : nodes[at + 1]!;
    expect(fontOf(nodes[at]!)).toEqual(fontOf(model));
    // Never in a table cell, the quoted thread or a Gmail signature.
    expect(nodes[at]!.parentElement!.closest('td, th, blockquote, .gmail_quote, .gmail_signature, #divRplyFwdMsg')).toBeNull();
    keptEverything(original, doc);
    uniqueIds(doc);
    // The blank-line convention of the body: the same gap as stood before the sign-off.
    const outText = htmlToText(out.html).text;
    if (fixture.after) expect(gapBefore(outText, SENTENCE)).toBe(gapBefore(text, fixture.after));
    else expect(gapBefore(outText, fixture.before)).toBe(gapBefore(text, fixture.before));
  });

  it('replaces words across formatting and leaves no empty element behind', () => {
    const span = spanOf(text, fixture.replace.words);
    const out = applyTextEditsToHtml(html, [{ op: 'replaceText', span, replacement: fixture.replace.by }]);
    expect(out.applied).toHaveLength(1);
    const doc = parse(out.html);
    expect(htmlToText(out.html).text).toBe(text.slice(0, span.start) + fixture.replace.by + text.slice(span.end));
    expect(emptyElements(doc)).toBeLessThanOrEqual(emptyElements(original));
    keptEverything(original, doc, false);
    uniqueIds(doc);
  });

  it('removes a sentence that was the only text of its paragraph with its paragraph and one blank line', () => {
    const span = spanOf(text, fixture.remove);
    const out = applyTextEditsToHtml(html, [{ op: 'replaceText', span, replacement: '' }]);
    expect(out.applied).toHaveLength(1);
    const doc = parse(out.html);
    expect(doc.body.textContent).not.toContain(fixture.remove);
    expect(emptyElements(doc)).toBeLessThanOrEqual(emptyElements(original));
    // The paragraphs either side are now one paragraph gap apart, as they were from it.
    const outText = htmlToText(out.html).text;
    const following = text.slice(span.end).trim().split('\n')[0]!.trim();
    expect(gapBefore(outText, following)).toBe(gapBefore(text, fixture.remove));
    uniqueIds(doc);
  });
});
