// Reads HTML as the mail clients write it (Word's unquoted attributes and conditional comments,
// unclosed <p>s) into tags, entities and a light element tree. Pure string work, no DOM, so the
// same code runs in Outlook's JavaScript-only runtime.

export interface Tag {
  /** Lower-case element name; '!' for comments, conditional markers and declarations. */
  name: string;
  closing: boolean;
  /** `<br/>` style. */
  selfClosing: boolean;
  start: number;
  end: number;
}

export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is never text of the message. */
export const RAW_TEXT = new Set(['head', 'style', 'script', 'title', 'xml']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', pound: '£', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', euro: '€', middot: '·', bull: '•', copy: '©' };

/**
 * The tag starting at html[i] === '<' (quotes in attributes respected), or undefined if it is not
 * one. Comments (`<!-- … -->`, which hold Word's `[if gte mso 9]` blocks), Word's downlevel
 * markers (`<![if !vml]>`, `<![endif]>`) and `<!doctype>`/`<?xml?>` all come back as name '!'.
 */
export function readTag(html: string, i: number): Tag | undefined {
  if (html.startsWith('<!--', i)) {
    const close = html.indexOf('-->', i + 4);
    return { name: '!', closing: false, selfClosing: true, start: i, end: close < 0 ? html.length : close + 3 };
  }
  if (html[i + 1] === '!' || html[i + 1] === '?') {
    const close = html.indexOf('>', i + 2);
    return { name: '!', closing: false, selfClosing: true, start: i, end: close < 0 ? html.length : close + 1 };
  }
  const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(i, i + 40));
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
  return { name: m[2]!.toLowerCase(), closing: m[1] === '/', selfClosing: html[k - 1] === '/', start: i, end: Math.min(html.length, k + 1) };
}

export function decodeEntity(html: string, i: number): { char: string; end: number } | undefined {
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

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Attribute {
  name: string;
  value?: string;
  raw: string;
}

/** The attributes of an opening tag's text, each with its raw spelling (Word leaves values unquoted). */
export function readAttributes(tagText: string): Attribute[] {
  const attributes: Attribute[] = [];
  const pattern = /([^\s=/>"']+)(\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;
  const body = tagText.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(body)) !== null) {
    const value = m[3] === undefined ? undefined : m[3].replace(/^["']|["']$/g, '');
    attributes.push({ name: m[1]!.toLowerCase(), value, raw: m[0] });
  }
  return attributes;
}

export function attributeOf(tagText: string, name: string): string | undefined {
  const found = readAttributes(tagText).find((a) => a.name === name);
  return found ? (found.value ?? '') : undefined;
}

/** The opening tag again, without its id (an id must stay unique when a tag is copied). */
export function withoutId(tagText: string): string {
  const name = /^<([^\s/>]+)/.exec(tagText)![1]!;
  const kept = readAttributes(tagText).filter((a) => a.name !== 'id');
  return `<${name}${kept.map((a) => ` ${a.raw}`).join('')}>`;
}

export interface Element {
  name: string;
  /** Where the opening tag starts and ends. */
  start: number;
  openEnd: number;
  /** Where the closing tag starts and ends (both at the closing point when it was left implicit). */
  closeStart: number;
  end: number;
  parent?: Element;
  children: Element[];
}

const CLOSES_P = new Set(['p', 'div', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'address', 'section', 'article']);
/** A new one of these closes an open one of the same group, up to the container named. */
const SIBLING_CLOSE: Record<string, { same: string[]; container: string[] }> = {
  li: { same: ['li'], container: ['ul', 'ol'] },
  td: { same: ['td', 'th'], container: ['tr', 'table'] },
  th: { same: ['td', 'th'], container: ['tr', 'table'] },
  tr: { same: ['tr', 'td', 'th'], container: ['table', 'tbody', 'thead', 'tfoot'] },
};

/** The element tree of a body, tolerant of the unclosed tags mail clients leave. */
export function parseElements(html: string): Element {
  const root: Element = { name: '#root', start: 0, openEnd: 0, closeStart: html.length, end: html.length, children: [] };
  const stack: Element[] = [root];
  const close = (depth: number, at: number, end: number): void => {
    while (stack.length > depth) {
      const element = stack.pop()!;
      element.closeStart = at;
      element.end = stack.length === depth ? end : at;
    }
  };
  const indexOf = (name: string, stopAt: readonly string[] = []): number => {
    for (let d = stack.length - 1; d > 0; d--) {
      if (stack[d]!.name === name) return d;
      if (stopAt.indexOf(stack[d]!.name) >= 0) return -1;
    }
    return -1;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const tag = readTag(html, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (tag.name === '!') continue;
    if (tag.closing) {
      const depth = indexOf(tag.name);
      if (depth > 0) close(depth, tag.start, tag.end);
      continue;
    }
    if (CLOSES_P.has(tag.name) && stack[stack.length - 1]!.name === 'p') close(stack.length - 1, tag.start, tag.start);
    const rule = SIBLING_CLOSE[tag.name];
    if (rule) {
      for (const same of rule.same) {
        const depth = indexOf(same, rule.container);
        if (depth > 0) close(depth, tag.start, tag.start);
      }
    }
    const parent = stack[stack.length - 1]!;
    const element: Element = { name: tag.name, start: tag.start, openEnd: tag.end, closeStart: tag.end, end: tag.end, parent, children: [] };
    parent.children.push(element);
    if (RAW_TEXT.has(tag.name)) {
      const closeAt = html.toLowerCase().indexOf(`</${tag.name}`, tag.end);
      const closeTag = closeAt < 0 ? undefined : readTag(html, closeAt);
      element.closeStart = closeAt < 0 ? html.length : closeAt;
      element.end = closeTag ? closeTag.end : html.length;
      i = element.end;
    } else if (!VOID_ELEMENTS.has(tag.name) && !tag.selfClosing) {
      stack.push(element);
    }
  }
  close(1, html.length, html.length);
  return root;
}

/** The chain of elements that hold html position `at` (its content, not its tags), outermost first. */
export function ancestorsAt(root: Element, at: number): Element[] {
  const chain: Element[] = [];
  let node = root;
  for (;;) {
    const child = node.children.find((c) => c.openEnd <= at && at < c.closeStart);
    if (!child || VOID_ELEMENTS.has(child.name)) return chain;
    chain.push(child);
    node = child;
  }
}

export function previousSibling(element: Element): Element | undefined {
  const siblings = element.parent?.children ?? [];
  const k = siblings.indexOf(element);
  return k > 0 ? siblings[k - 1] : undefined;
}

export function nextSibling(element: Element): Element | undefined {
  const siblings = element.parent?.children ?? [];
  const k = siblings.indexOf(element);
  return k >= 0 && k + 1 < siblings.length ? siblings[k + 1] : undefined;
}
