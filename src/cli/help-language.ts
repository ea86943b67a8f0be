// Commander writes help's headings ("Usage:", "Options:") and the "(default: …)" notes itself, in
// English: these hooks put them in the chosen language. The rest of the help text is ours.
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang } from '../engine/i18n/lang';
import type { CliKey, CliText } from './messages';

const TITLES: Record<string, CliKey> = { 'Usage:': 'help.usage', 'Options:': 'help.options', 'Commands:': 'help.commands', 'Arguments:': 'help.arguments' };

/** The notes commander adds after a description, in `t`'s words; the description is left alone. */
function translateNotes(full: string, description: string, t: CliText): string {
  const notes = full.slice(description.length).replace(/\bdefault: /g, t('help.default')).replace(/\bchoices: /g, t('help.choices'));
  return description + notes;
}

/** --lang as typed (`--lang cy` or `--lang=cy`), before commander has parsed anything. */
export function langInArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'cy') return value;
  }
  return undefined;
}

export function helpInLanguage(program: Command, t: CliText, lang: Lang): void {
  program.helpCommand('help [command]', t('help.helpCommand'));
  if (lang === 'en') return;
  program.configureHelp({
    styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
    optionDescription: (option: Option) => translateNotes(Help.prototype.optionDescription.call(new Help(), option), option.description, t),
    argumentDescription: (argument: Argument) => translateNotes(Help.prototype.argumentDescription.call(new Help(), argument), argument.description, t),
  });
}
