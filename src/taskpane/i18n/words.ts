// The pane's words in one language: its own catalogue (pane-en / pane-cy), the rule titles from the
// engine's catalogue, and the catalogues check() needs to render findings in that language.
// English is bundled; Welsh is a separate chunk, loaded only when the pane shows Welsh (the pane's
// bundle has a size budget).
import { en } from '../../engine/i18n/en';
import { render, type Params } from '../../engine/i18n/format';
import { reasonText, type FixReasonCatalogue, type SkipReason } from '../../engine/i18n/fix-reasons';
import type { ConfigCatalogue, ConfigLanguage } from '../../engine/config/config-text';
import type { Lang } from '../../engine/i18n/lang';
import { welshList, welshShortTitle } from '../../engine/i18n/welsh';
import { paneEn, type PaneCatalogue, type PaneKey } from './pane-en';

export type { PaneKey };

export interface Words {
  readonly lang: Lang;
  t(key: PaneKey, params?: Params): string;
  /** A rule's short title ("Blind copy (Bcc)" / "Copi dall (Bcc)"); the id when unknown. */
  ruleTitle(ruleId: string): string;
  /** "A, B and C" / "A, B a C". */
  list(items: readonly string[]): string;
  /** Why an edit was left out or not made (the engine's or the Office adapter's reason id). */
  reason(skipped: { reason: string; why?: SkipReason }): string;
  /** The language (and its catalogue) of the council files' problems. */
  readonly config: ConfigLanguage;
  /** The engine catalogue for check(): undefined for English (the engine's default). */
  readonly engineCatalogue?: Partial<Record<string, string>>;
}

function englishList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The catalogues beyond the pane's own and the engine's, for a language other than English. */
export interface MoreWords {
  fixReasons?: Partial<FixReasonCatalogue>;
  config?: Partial<ConfigCatalogue>;
}

export function makeWords(lang: Lang, pane: PaneCatalogue, engine: Partial<Record<string, string>>, more: MoreWords = {}): Words {
  return {
    lang,
    t: (key, params = {}) => render(pane[key] ?? paneEn[key], params, lang),
    ruleTitle: (ruleId) => engine[`${ruleId}.title`] ?? en[`${ruleId}.title` as keyof typeof en] ?? ruleId,
    list: lang === 'cy' ? (items) => welshList(items.map(welshShortTitle)) : englishList,
    reason: (skipped) => reasonText(skipped, lang, more.fixReasons),
    config: { lang, catalogue: more.config },
    engineCatalogue: lang === 'en' ? undefined : engine,
  };
}

export const ENGLISH: Words = makeWords('en', paneEn, en);

/** The words of a language; Welsh arrives from its own chunk. */
export async function loadWords(lang: Lang): Promise<Words> {
  if (lang === 'en') return ENGLISH;
  const welsh = await import(/* webpackChunkName: "pane-cy" */ './welsh');
  return makeWords('cy', welsh.paneCy, welsh.cy, { fixReasons: welsh.fixReasonsCy, config: welsh.configCy });
}
