// --lang on every command, and the language a command speaks before it has read any policy.
import { Option } from 'commander';
import { langOfLocale, type Lang } from '../engine/i18n/lang';
import { cliText, type CliKey, type CliText } from './messages';

/** --lang, described for what the command writes (the report, or its messages). */
export const langOption = (t: CliText, description: CliKey): Option => new Option('--lang <lang>', t(description)).choices(['en', 'cy']);

/** --lang, then the user's locale (LANG=cy_GB.UTF-8), then English. */
export function askedText(options: { lang?: Lang }, io: { locale?: string }): CliText {
  return cliText(options.lang ?? langOfLocale(io.locale) ?? 'en');
}
