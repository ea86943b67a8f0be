// Commander words usage mistakes itself, in English ("error: unknown option '--x'"). In another
// language each known sentence is re-worded from the catalogue; English passes through untouched,
// and a sentence commander adds in a later version stays English rather than being lost.
import type { CliText } from './messages';

type Rewrite = [RegExp, (m: RegExpExecArray, t: CliText) => string];

const REWRITES: Rewrite[] = [
  [/unknown option '([^']*)'/, (m, t) => t('usage.unknownOption', { flag: m[1] })],
  [/unknown command '([^']*)'/, (m, t) => t('usage.unknownCommand', { name: m[1] })],
  [/\(Did you mean one of ([^?]*)\?\)/, (m, t) => t('usage.didYouMeanOneOf', { list: m[1] })],
  [/\(Did you mean ([^?]*)\?\)/, (m, t) => t('usage.didYouMean', { what: m[1] })],
  [/required option '([^']*)' not specified/, (m, t) => t('usage.requiredOption', { flags: m[1] })],
  [/missing required argument '([^']*)'/, (m, t) => t('usage.missingArgument', { name: m[1] })],
  [/option '([^']*)' argument missing/, (m, t) => t('usage.optionMissingArgument', { flags: m[1] })],
  [/option '([^']*)' argument '([^']*)' is invalid\./, (m, t) => t('usage.invalidArgument', { flags: m[1], value: m[2] })],
  [/Allowed choices are ([^\n]*)\./, (m, t) => t('usage.allowedChoices', { list: m[1] })],
  [/too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (m, t) => t('usage.tooManyArguments', { command: m[1] ?? 'none', expected: Number(m[2]), got: m[3] })],
];

/** Commander's error text in `t`'s language (unchanged in English). */
export function usageInLanguage(text: string, t: CliText): string {
  if (t.lang === 'en') return text;
  let out = text;
  for (const [pattern, reword] of REWRITES) {
    const m = pattern.exec(out);
    if (m) out = out.slice(0, m.index) + reword(m, t) + out.slice(m.index + m[0].length);
  }
  return out;
}


