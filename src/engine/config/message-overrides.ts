// The council's override catalogue (messages.json beside policy.json): corrections to the wording,
// per language, without a code change. { "cy": { "<key>": "<message>" }, "en": { … } }. Each key
// must exist, and a message may use only the parameters the original uses (it can drop some).
import { CATALOGUES } from '../i18n/catalogues';
import { parameterNames } from '../i18n/format';
import { LANGS, type Lang } from '../i18n/lang';
import type { CatalogueOverrides } from '../i18n/translator';
import { configText, type ConfigLanguage } from './config-text';
import { messagesFileCy } from '../i18n/messages-file-cy';
import { messagesFileEn, type MessagesFileKey } from '../i18n/messages-file-en';
import { render, type Params } from '../i18n/format';
import { suggestion } from './did-you-mean';
import type { Loaded } from './load';

type FileText = ((key: MessagesFileKey, params?: Params) => string) & { config: ReturnType<typeof configText> };

function fileText(language: ConfigLanguage): FileText {
  const lang = language.lang ?? 'en';
  const catalogue = lang === 'cy' ? messagesFileCy : messagesFileEn;
  return Object.assign((key: MessagesFileKey, params: Params = {}) => render(catalogue[key], params, lang), { config: configText(language) });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkMessage(lang: Lang, key: string, text: unknown, errors: string[], t: FileText): text is string {
  const catalogue: Record<string, string> = CATALOGUES[lang];
  const keys = Object.keys(catalogue);
  if (!(key in catalogue)) {
    errors.push(`${lang}.${key}: ${t('messagesFile.unknownMessage', { hint: suggestion(key, keys, t.config) })}`);
    return false;
  }
  if (typeof text !== 'string' || text.trim() === '') {
    errors.push(`${lang}.${key}: ${t('messagesFile.emptyMessage')}`);
    return false;
  }
  let used: string[];
  try {
    used = parameterNames(text);
    render(text, {}, lang);
  } catch (error) {
    errors.push(`${lang}.${key}: ${t('messagesFile.badMessage', { detail: error instanceof Error ? error.message : String(error) })}`);
    return false;
  }
  const allowed = parameterNames(catalogue[key]!);
  const unknown = used.filter((p) => !allowed.includes(p));
  if (unknown.length > 0) {
    const braced = (names: string[]) => names.map((p) => `{${p}}`).join(', ');
    errors.push(`${lang}.${key}: ${t('messagesFile.unknownParameter', { used: braced(unknown), allowed: braced(allowed) || 'none' })}`);
    return false;
  }
  return true;
}

export function loadMessageOverrides(input: unknown, language: ConfigLanguage = {}): Loaded<CatalogueOverrides> {
  const t = fileText(language);
  const keyLabel = t('messagesFile.keyPlaceholder');
  const wordingLabel = t('messagesFile.wordingPlaceholder');
  if (!isObject(input)) return { ok: false, errors: [t('messagesFile.messagesShape', { example: `{ "cy": { "<${keyLabel}>": "<${wordingLabel}>" } }` })] };
  const errors: string[] = [];
  const value: CatalogueOverrides = {};
  for (const [lang, messages] of Object.entries(input)) {
    if (lang === '$schema') continue;
    if (!(LANGS as readonly string[]).includes(lang)) {
      errors.push(`${lang}: ${t('messagesFile.unknownLanguage')}`);
      continue;
    }
    if (!isObject(messages)) {
      errors.push(`${lang}: ${t('messagesFile.messagesOfLanguage', { key: keyLabel, wording: wordingLabel })}`);
      continue;
    }
    const kept: Record<string, string> = {};
    for (const [key, text] of Object.entries(messages)) if (checkMessage(lang as Lang, key, text, errors, t)) kept[key] = text;
    value[lang as Lang] = kept;
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}
