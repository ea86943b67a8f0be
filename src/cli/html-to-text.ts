// A small HTML-to-text conversion for .eml/.msg drafts that carry only an HTML body.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', pound: '£' };

/** Drops <script>, <style> and <head> elements with an indexOf walk (no regex backtracking). */
function dropElements(html: string): string {
  let out = '';
  let at = 0;
  const lower = html.toLowerCase();
  const open = /<(script|style|head)\b/g;
  for (;;) {
    open.lastIndex = at;
    const found = open.exec(lower);
    if (!found) return out + html.slice(at);
    const start = found.index;
    const name = found[1]!;
    const close = lower.indexOf(`</${name}`, start);
    out += html.slice(at, start);
    if (close < 0) return out;
    const end = lower.indexOf('>', close);
    at = end < 0 ? html.length : end + 1;
  }
}

export function htmlToText(html: string): string {
  return dropElements(html)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|blockquote)>/gi, '\n\n')
    .replace(/<li\b[^>]*>/gi, '- ')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
