// Which language the pane speaks: the user's own choice (the switch in the pane, kept in roaming
// settings), else Outlook's display language when it is English or Welsh, else the council's
// default (policy `language`), else English. The on-send alert follows the same display language.
import { langOfLocale, type Lang } from '../../engine/i18n/lang';

export const LANGUAGE_SETTING = 'protocolCheck.language';

/** The subset of Office.RoamingSettings the pane uses (the simulator's fake has the same). */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(): void;
}

export function savedLang(settings: RoamingSettingsLike | undefined): Lang | undefined {
  const value = settings?.get(LANGUAGE_SETTING);
  return value === 'en' || value === 'cy' ? value : undefined;
}

export function chooseLang(saved: Lang | undefined, displayLanguage: string | undefined, policyDefault: Lang | undefined): Lang {
  return saved ?? langOfLocale(displayLanguage) ?? policyDefault ?? 'en';
}

/** Remembers the user's choice for next time (and on their other devices). */
export function saveLang(settings: RoamingSettingsLike | undefined, lang: Lang): void {
  if (!settings) return;
  settings.set(LANGUAGE_SETTING, lang);
  settings.saveAsync();
}
