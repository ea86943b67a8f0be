// protocol-check check FILE… and protocol-check validate. check reads every draft it can: an
// unreadable one is reported on stderr and the others are still checked and printed (exit 2).
import { Option, type Command } from 'commander';
import { check, CATALOGUES, langOfLocale, type Lang } from '../engine';
import { cliText, type CliKey, type CliText } from './messages';
import { InputError } from './errors';
import { askedText, langOption } from './lang-option';
import { EXIT, type Io, type Run } from './main';
import { progressLine } from './progress';
import { readConfig, type Config } from './read-config';
import { DEFAULT_MAX_TEXT, readDraft } from './read-draft';
import { formatText, type FileResult } from './report-text';
import { parseSize } from './sizes';
import { validationSummary } from './validate';
import { politicalExampleProblems } from '../engine';

interface CheckOptions {
  directory?: string;
  policy?: string;
  now?: string;
  format: 'text' | 'json';
  maxSize: number;
  lang?: Lang;
}

const CONFIG_OPTIONS: [string, CliKey][] = [['--directory <file>', 'help.directory'], ['--policy <file>', 'help.policy']];

/** Before the policy is read only --lang and the locale can choose; problems reading it use that. */
async function loadConfig(options: { directory?: string; policy?: string; lang?: Lang }, io: Io): Promise<Config> {
  return readConfig(options.directory, options.policy, askedText(options, io));
}

/** --lang, then the user's locale (LANG=cy_GB.UTF-8), then the council's default. */
function reportLang(options: { lang?: Lang }, io: Io, config: Config): Lang {
  return options.lang ?? langOfLocale(io.locale) ?? config.policy.language;
}

export async function runCheck(files: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  if (options.now !== undefined && Number.isNaN(Date.parse(options.now))) {
    io.stderr(`${askedText(options, io)('check.badNow', { value: options.now })}\n`);
    return EXIT.badInput;
  }
  const config = await loadConfig(options, io);
  const lang = reportLang(options, io, config);
  const results: FileResult[] = [];
  const unreadable: string[] = [];
  const progress = progressLine(files.length, io, cliText(lang));
  for (const [index, file] of files.entries()) {
    try {
      const draft = await readDraft(file, options.maxSize, cliText(lang));
      const now = options.now ?? draft.now ?? io.now().toISOString();
      results.push({ file, draft, findings: check({ ...draft, now }, { directory: config.directory, policy: config.policy, lang, catalogues: CATALOGUES, overrides: config.messages }) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      unreadable.push(...error.lines.map((line) => `${file}: ${line}`));
    }
    progress.done(index + 1);
  }
  progress.clear();
  if (unreadable.length) io.stderr(`${unreadable.join('\n')}\n`);
  if (options.format === 'json') io.stdout(`${JSON.stringify(results.map((r) => ({ file: r.file, findings: r.findings })), null, 2)}\n`);
  else if (results.length) io.stdout(formatText(results, io.colour, files.length - results.length, cliText(lang)));
  if (unreadable.length) return EXIT.badInput;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.findings : EXIT.clean;
}

export function registerCheck(program: Command, io: Io, run: Run, t: CliText): void {
  const command = program.command('check')
    .summary(t('help.check.summary'))
    .description(t('help.check.description'))
    .argument('<files...>', t('help.check.files'));
  for (const [flags, description] of CONFIG_OPTIONS) command.option(flags, t(description));
  command
    .addOption(langOption(t, 'help.langReport'))
    .option('--now <iso>', t('help.check.now'))
    .addOption(new Option('--format <format>', t('help.check.format', { shape: '[{file, findings}]' })).choices(['text', 'json']).default('text'))
    .addOption(new Option('--max-size <size>', t('help.check.maxSize'))
      .argParser((text) => parseSize(text, t)).default(DEFAULT_MAX_TEXT, '5MB'))
    .addHelpText('after', t('help.check.after'))
    .action((files: string[], options: CheckOptions) => run(() => runCheck(files, options, io)));
}

export function registerValidate(program: Command, io: Io, run: Run, t: CliText): void {
  const command = program.command('validate')
    .summary(t('help.validate.summary'))
    .description(t('help.validate.description'));
  for (const [flags, description] of CONFIG_OPTIONS) command.option(flags, t(description));
  command
    .addOption(langOption(t, 'help.langReport'))
    .addHelpText('after', t('help.validate.after'))
    .action((options: { directory?: string; policy?: string; lang?: Lang }) => run(async () => {
      const config = await loadConfig(options, io);
      const lang = reportLang(options, io, config);
      // The council's own political-content examples must hold before the policy is rolled out.
      const problems = politicalExampleProblems(config.directory, config.policy, CATALOGUES[lang], lang);
      if (problems.length > 0) throw new InputError(problems.map((p) => `${config.policyFile ?? 'policy'}: ${p.path}: ${p.message}`));
      io.stdout(validationSummary(config, cliText(lang)));
      return EXIT.clean;
    }));
}
