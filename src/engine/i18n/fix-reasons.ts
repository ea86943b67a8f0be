// A skipped edit's reason as an id with parameters (`why`), for the host to render in its own
// language, and in English (`reason`) for logs and hosts that speak no other.
import { render, type Params } from './format';
import { fixReasonsEn, type FixReasonCatalogue, type FixReasonKey } from './fix-reasons-en';
import type { Lang } from './lang';

export type { FixReasonKey, FixReasonCatalogue };

export interface SkipReason {
  id: FixReasonKey;
  params?: Readonly<Record<string, string>>;
}

/** The reason fields of a skipped edit: `{ reason, why }`. */
export function because(id: FixReasonKey, params: Readonly<Record<string, string>> = {}): { reason: string; why: SkipReason } {
  return { reason: render(fixReasonsEn[id], params, 'en'), why: { id, params } };
}

/** A line of Fix all's plan in `lang` (English unless a catalogue is given). */
export function stepText(id: FixReasonKey, params: Params, lang: Lang = 'en', catalogue: Partial<FixReasonCatalogue> = fixReasonsEn): string {
  return render(catalogue[id] ?? fixReasonsEn[id], params, lang);
}

/** A skipped edit's reason in `lang`; one without an id (an older host) keeps its own words. */
export function reasonText(skipped: { reason: string; why?: SkipReason }, lang: Lang, catalogue: Partial<FixReasonCatalogue> = fixReasonsEn): string {
  if (!skipped.why) return skipped.reason;
  const params: Params = skipped.why.params ?? {};
  return render(catalogue[skipped.why.id] ?? fixReasonsEn[skipped.why.id], params, lang);
}
