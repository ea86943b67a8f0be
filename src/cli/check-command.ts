// protocol-check check FILE… and protocol-check validate. check reads every draft it can: an
// unreadable one is reported on stderr and the others are still checked and printed (exit 2).
import { Option, type Command } from 'commander';
import { check, CATALOGUES, langOfLocale, type Lang } from '../engine';
import { cliText } from './messages';
import { InputError } from './errors';
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

const CONFIG_OPTIONS: [string, string][] = [
  ['--directory <file>', 'the council\'s directory.json (default: the bundled sample council, Harbury Vale)'],
  ['--policy <file>', 'the council\'s policy.json (default: the sample policy with the sample directory, otherwise the built-in defaults)'],
];

const LANG_OPTION = (): Option => new Option('--lang <lang>', 'the language of the report: en (English) or cy (Cymraeg) (default: LANG, then the policy\'s "language", then English)').choices(['en', 'cy']);

/** Before the policy is read only --lang and the locale can choose; problems reading it use that. */
async function loadConfig(options: { directory?: string; policy?: string; lang?: Lang }, io: Io): Promise<Config> {
  return readConfig(options.directory, options.policy, cliText(options.lang ?? langOfLocale(io.locale) ?? 'en'));
}

/** --lang, then the user's locale (LANG=cy_GB.UTF-8), then the council's default. */
function reportLang(options: { lang?: Lang }, io: Io, config: Config): Lang {
  return options.lang ?? langOfLocale(io.locale) ?? config.policy.language;
}

export async function runCheck(files: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  if (options.now !== undefined && Number.isNaN(Date.parse(options.now))) {
    io.stderr(`protocol-check: --now: expected an ISO time such as "2027-01-12T10:30:00Z", got "${options.now}"\n`);
    return EXIT.badInput;
  }
  const config = await loadConfig(options, io);
  const lang = reportLang(options, io, config);
  const results: FileResult[] = [];
  const unreadable: string[] = [];
  const progress = progressLine(files.length, io);
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

export function registerCheck(program: Command, io: Io, run: Run): void {
  const command = program.command('check')
    .summary('Check saved drafts (.json, .eml, .msg) against the protocol.')
    .description('Check saved drafts against the protocol and say what to fix. Unreadable drafts are listed on stderr; the rest are still checked.')
    .argument('<files...>', 'drafts: .json (the Draft format), .eml (Bcc: included) or Outlook .msg');
  for (const [flags, description] of CONFIG_OPTIONS) command.option(flags, description);
  command
    .addOption(LANG_OPTION())
    .option('--now <iso>', 'the clock for time-based rules, e.g. 2027-01-12T10:30:00Z (default: the draft\'s "now", otherwise the current time)')
    .addOption(new Option('--format <format>', 'text: a readable report, coloured on a terminal (NO_COLOR turns colour off); json: one JSON array [{file, findings}] on stdout').choices(['text', 'json']).default('text'))
    .addOption(new Option('--max-size <size>', 'drafts with more text than this are reported, not checked (.eml/.msg files are opened up to 4× this, for attachments)')
      .argParser(parseSize).default(DEFAULT_MAX_TEXT, '5MB'))
    .addHelpText('after', `
Examples:
  protocol-check check src/sample-council/drafts/*.json
  protocol-check check --format json --directory council/directory.json --policy council/policy.json drafts/*.eml

Exit status: 0 no error-level finding, 1 at least one, 2 a bad option, config file or draft (the
others are still checked and printed; the problems are "FILE: problem" lines on stderr).`)
    .action((files: string[], options: CheckOptions) => run(() => runCheck(files, options, io)));
}

export function registerValidate(program: Command, io: Io, run: Run): void {
  const command = program.command('validate')
    .summary('Check the directory and policy files.')
    .description('Check the council\'s directory and policy files, reporting every problem at its exact path, and summarise what they hold.');
  for (const [flags, description] of CONFIG_OPTIONS) command.option(flags, description);
  command
    .addOption(LANG_OPTION())
    .addHelpText('after', `
Example:
  protocol-check validate --directory council/directory.json --policy council/policy.json

Exit status: 0 both files are valid (warnings are printed), 2 a problem ("FILE: path: problem" on stderr).`)
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
