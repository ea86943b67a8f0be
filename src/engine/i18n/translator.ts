// A Translator renders catalogue keys in one language; MailText writes the sentences fixes insert,
// in the e-mail's language (or Welsh then English, when the council asks for bilingual insertions).
import { en, type Catalogue, type MessageKey } from './en';
import { render, type Params } from './format';
import type { Lang } from './lang';
import { welshList, welshMailNames, welshShortTitle } from './welsh';

export type { MessageKey, Catalogue };
/** A council's corrections (or a host's loaded catalogue): any subset of keys, per language. */
export type CatalogueOverrides = Partial<Record<Lang, Partial<Record<string, string>>>>;

export interface Translator {
  readonly lang: Lang;
  t(key: MessageKey, params?: Params): string;
  /** "A, B and C" / "A, B a Chyng. C". */
  list(items: readonly string[]): string;
  /** Names as a sentence in the e-mail lists them after "to" / "at". */
  mailNames(items: readonly string[]): string;
}

// Parameters that carry people's names: in Welsh "Cllr" becomes "Cyng.". Quoted words from the
// e-mail are never changed.
const NAME_PARAMS = new Set(['name', 'names', 'who', 'executives', 'junior', 'manager', 'keep', 'officer', 'director', 'examples', 'journalists']);

function englishList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function makeTranslator(lang: Lang, catalogue: Partial<Record<string, string>> = en, overrides: Partial<Record<string, string>> = {}): Translator {
  // An unknown key (a test rule's citation) renders as empty, and the caller falls back.
  const text = (key: MessageKey): string => overrides[key] ?? catalogue[key] ?? en[key] ?? '';
  if (lang === 'en') {
    return { lang, t: (key, params = {}) => render(text(key), params, lang), list: englishList, mailNames: englishList };
  }
  const t = (key: MessageKey, params: Params = {}): string => {
    const welsh: Record<string, string | number | undefined> = {};
    for (const name of Object.keys(params)) {
      const value = params[name];
      welsh[name] = typeof value === 'string' && NAME_PARAMS.has(name) ? welshShortTitle(value) : value;
    }
    return render(text(key), welsh, lang);
  };
  return { lang, t, list: (items) => welshList(items.map(welshShortTitle)), mailNames: welshMailNames };
}

export interface MailText {
  /** The languages sentences are written in, in order (Welsh first when bilingual). */
  readonly langs: readonly Lang[];
  readonly translators: readonly Translator[];
  /** One sentence per language, joined with a space. */
  write(sentence: (tr: Translator) => string): string;
}

export function mailText(translators: readonly Translator[]): MailText {
  return { langs: translators.map((tr) => tr.lang), translators, write: (sentence) => translators.map(sentence).join(' ') };
}
