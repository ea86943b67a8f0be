// Turns an HTML body into the engine's plain text with a map back to HTML offsets, so fixes can
// change only the text concerned. Pure string work (no DOM): it runs in Outlook's JS-only runtime.
//
// How the text reads: a paragraph (<p>, heading, list, table) ends with a blank line, a <div> or
// <br> with a line break; list items keep their bullet ("• ") or number ("1. "); a table row is
// one line with its cells separated by a tab (a line break inside a cell stays a line break, so a
// signature laid out in a table reads line by line); Word's conditional comments and
// `<![if …]>`/`<![endif]>` markers are never text.
import { RAW_TEXT, attributeOf, decodeEntity, readTag, type Tag } from './html-scan';

export { escapeHtml } from './html-scan';

export interface HtmlText {
  html: string;
  text: string;
  /** htmlStart[i] / htmlEnd[i]: the HTML range that text character i came from. */
  htmlStart: number[];
  htmlEnd: number[];
  /** True where text character i is real text (false for newlines, bullets and tabs made from tags). */
  fromText: boolean[];
}

const PARAGRAPH_BREAK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
const LINE_BREAK = new Set(['div', 'li', 'pre', 'address']);

interface ListState {
  ordered: boolean;
  next: number;
}

interface TableState {
  cells: number;
  inCell: boolean;
  /** Line breaks waiting for more text in the same cell (dropped at the cell's end). */
  pending: Tag[];
}

/** Builds the text and its map as tags and characters arrive. */
class TextBuilder {
  readonly out: string[] = [];
  readonly htmlStart: number[] = [];
  readonly htmlEnd: number[] = [];
  readonly fromText: boolean[] = [];
  private readonly lists: ListState[] = [];
  private readonly tables: TableState[] = [];

  emit(ch: string, start: number, end: number, real: boolean): void {
    const table = this.tables[this.tables.length - 1];
    if (table && table.inCell && table.pending.length > 0) {
      const pending = table.pending.splice(0);
      for (const tag of pending) this.push('\n', tag.start, tag.end, false);
    }
    this.push(ch, start, end, real);
  }

  private push(ch: string, start: number, end: number, real: boolean): void {
    this.out.push(ch);
    this.htmlStart.push(start);
    this.htmlEnd.push(end);
    this.fromText.push(real);
  }

  /** Where white space from the HTML source would show nothing: a line or cell start, or between cells. */
  atLineStart(): boolean {
    const table = this.tables[this.tables.length - 1];
    if (table && (!table.inCell || table.pending.length > 0)) return true;
    return this.out.length === 0 || this.lastIs('\n') || this.lastIs('\t');
  }

  lastIs(ch: string): boolean {
    return this.out.length > 0 && this.out[this.out.length - 1] === ch;
  }

  /** A line break made by a tag; inside a table cell it waits until more text comes in that cell. */
  lineBreak(tag: Tag, count: number): void {
    const table = this.tables[this.tables.length - 1];
    if (table && table.inCell) {
      if (tag.name === 'br' || table.pending.length === 0) table.pending.push(tag);
      return;
    }
    for (let k = 0; k < count; k++) this.push('\n', tag.start, tag.end, false);
  }

  /** Starts a new line unless one has just started (a list item, a table). */
  newLine(tag: Tag): void {
    if (this.out.length > 0 && !this.lastIs('\n')) this.lineBreak(tag, 1);
  }

  openList(tag: Tag, html: string): void {
    const start = tag.name === 'ol' ? parseInt(attributeOf(html.slice(tag.start, tag.end), 'start') ?? '1', 10) : 1;
    this.lists.push({ ordered: tag.name === 'ol', next: Number.isFinite(start) ? start : 1 });
  }

  closeList(tag: Tag): void {
    this.lists.pop();
    if (this.lists.length === 0) this.lineBreak(tag, this.lastIs('\n') ? 1 : 2);
  }

  listItem(tag: Tag): void {
    this.newLine(tag);
    const list = this.lists[this.lists.length - 1];
    const bullet = list && list.ordered ? `${list.next++}. ` : '• ';
    for (const ch of bullet) this.emit(ch, tag.end, tag.end, false);
  }

  openTable(tag: Tag): void {
    this.newLine(tag);
    this.tables.push({ cells: 0, inCell: false, pending: [] });
  }

  closeTable(tag: Tag): void {
    this.tables.pop();
    this.lineBreak(tag, 1);
  }

  row(tag: Tag, closing: boolean): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    if (closing || table.cells > 0) {
      table.inCell = false;
      table.pending = [];
      if (table.cells > 0) this.push('\n', tag.start, tag.end, false);
    }
    table.cells = 0;
  }

  cell(tag: Tag, closing: boolean): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    table.pending = [];
    if (closing) {
      table.inCell = false;
      return;
    }
    if (table.cells > 0) this.push('\t', tag.start, tag.end, false);
    table.cells++;
    table.inCell = true;
  }
}

function onTag(b: TextBuilder, tag: Tag, html: string): void {
  const { name, closing } = tag;
  if (name === 'br') b.lineBreak(tag, 1);
  else if (name === 'hr') b.lineBreak(tag, 1);
  else if (name === 'img') {
    // An image is not text; a space keeps the words either side apart.
    if (!b.lastIs(' ') && !b.atLineStart()) b.emit(' ', tag.start, tag.end, false);
  } else if (name === 'ul' || name === 'ol') {
    if (closing) b.closeList(tag);
    else b.openList(tag, html);
  } else if (name === 'li') {
    if (!closing) b.listItem(tag);
    else if (!b.lastIs('\n')) b.lineBreak(tag, 1);
  } else if (name === 'table') {
    if (closing) b.closeTable(tag);
    else b.openTable(tag);
  } else if (name === 'tr') b.row(tag, closing);
  else if (name === 'td' || name === 'th') b.cell(tag, closing);
  else if (closing && PARAGRAPH_BREAK.has(name)) b.lineBreak(tag, 2);
  else if (closing && LINE_BREAK.has(name)) b.lineBreak(tag, 1);
}

export function htmlToText(html: string): HtmlText {
  const b = new TextBuilder();
  let i = 0;
  let skipping = '';
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const tag = readTag(html, i);
      if (tag) {
        if (skipping) {
          if (tag.closing && tag.name === skipping) skipping = '';
        } else if (!tag.closing && RAW_TEXT.has(tag.name)) {
          skipping = tag.name;
        } else if (tag.name !== '!') {
          onTag(b, tag, html);
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
        b.emit(entity.char, i, entity.end, true);
        i = entity.end;
        continue;
      }
    }
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      // HTML folds white space; a run becomes one space (none at the start of a line or cell).
      let k = i;
      while (k < html.length && (html[k] === ' ' || html[k] === '\n' || html[k] === '\r' || html[k] === '\t')) k++;
      if (!b.lastIs(' ') && !b.atLineStart()) b.emit(' ', i, k, true);
      i = k;
      continue;
    }
    b.emit(ch, i, i + 1, true);
    i++;
  }
  return { html, text: b.out.join(''), htmlStart: b.htmlStart, htmlEnd: b.htmlEnd, fromText: b.fromText };
}
