// A small ICU-like message format, so catalogues (and a council's override file) are plain strings:
//   {name}                                   a parameter
//   {count, plural, one {# ward} other {# wards}}   CLDR plural categories, or =N for an exact number
//   {kind, select, instruction {…} other {…}}        a choice by a string parameter
// Inside a plural branch `#` is the number. Apostrophes are ordinary characters (Welsh: "o'r").
// No library: the on-send bundle has a size budget, and this is all the catalogues need.
import type { Lang } from './lang';

export type Params = Readonly<Record<string, string | number | undefined>>;

/** CLDR plural categories for the two languages (Welsh has six). */
export function pluralCategory(lang: Lang, n: number): string {
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  if (n === 0) return 'zero';
  if (n === 1) return 'one';
  if (n === 2) return 'two';
  if (n === 3) return 'few';
  if (n === 6) return 'many';
  return 'other';
}

/** Index of the `}` that closes the `{` at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unclosed "{" in message: ${text}`);
}

/** "one {…} other {…}" as a map from selector to branch text. */
function branches(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const key = text.slice(i, open).trim();
    const close = closing(text, open);
    found.set(key, text.slice(open + 1, close));
    i = close + 1;
  }
  return found;
}

function argument(inner: string, params: Params, lang: Lang, count: number | undefined): string {
  const first = inner.indexOf(',');
  if (first < 0) {
    const value = params[inner.trim()];
    return value === undefined ? '' : String(value);
  }
  const name = inner.slice(0, first).trim();
  const rest = inner.slice(first + 1);
  const second = rest.indexOf(',');
  const type = rest.slice(0, second).trim();
  const options = branches(rest.slice(second + 1));
  const value = params[name];
  if (type === 'plural') {
    const n = Number(value);
    const branch = options.get(`=${n}`) ?? options.get(pluralCategory(lang, n)) ?? options.get('other') ?? '';
    return render(branch, params, lang, n);
  }
  const branch = options.get(String(value)) ?? options.get('other') ?? '';
  return render(branch, params, lang, count);
}

/** The message with its parameters filled in. */
export function render(text: string, params: Params, lang: Lang, count?: number): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '{') {
      const close = closing(text, i);
      out += argument(text.slice(i + 1, close), params, lang, count);
      i = close + 1;
    } else {
      out += ch === '#' && count !== undefined ? String(count) : ch;
      i++;
    }
  }
  return out;
}

/** The parameter names a message uses (for the catalogue parity test and override validation). */
export function parameterNames(text: string): string[] {
  const names = new Set<string>();
  const walk = (part: string): void => {
    let i = 0;
    while (i < part.length) {
      if (part[i] !== '{') {
        i++;
        continue;
      }
      const close = closing(part, i);
      const inner = part.slice(i + 1, close);
      const comma = inner.indexOf(',');
      names.add((comma < 0 ? inner : inner.slice(0, comma)).trim());
      if (comma >= 0) {
        const rest = inner.slice(comma + 1);
        for (const branch of branches(rest.slice(rest.indexOf(',') + 1)).values()) walk(branch);
      }
      i = close + 1;
    }
  };
  walk(text);
  return [...names].sort();
}
