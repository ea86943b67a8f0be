// How config problems are worded: in the language the host asks for (the engine's `lang` option)
// from the catalogue it passes (the CLI has both; the task pane loads Welsh on demand), otherwise
// English. The schemas' own checks carry a catalogue key as their zod message.
import { configEn, type ConfigCatalogue, type ConfigKey } from '../i18n/config-en';
import { render, type Params } from '../i18n/format';
import type { Lang } from '../i18n/lang';

export type { ConfigKey, ConfigCatalogue };

export interface ConfigLanguage {
  lang?: Lang;
  /** The catalogue for `lang`; English words when it is not given. */
  catalogue?: Partial<ConfigCatalogue>;
}

export type ConfigText = (key: ConfigKey, params?: Params) => string;

export function isConfigKey(text: string): text is ConfigKey {
  return Object.prototype.hasOwnProperty.call(configEn, text);
}

export function configText(options: ConfigLanguage = {}): ConfigText {
  const lang = options.lang ?? 'en';
  const catalogue: Partial<ConfigCatalogue> = options.catalogue ?? configEn;
  return (key, params = {}) => render(catalogue[key] ?? configEn[key], params, lang);
}

/** `"a", "b"`: the values an admin may write, quoted as the file spells them. */
export function quotedList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}
