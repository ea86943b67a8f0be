// protocol-check: checks saved drafts against the council's protocol (formats.md, "Command line"),
// and builds and maintains the council's files. commander parses the options and writes help;
// every problem ends as plain lines on stderr and an exit status, never a stack trace.
import { Command, CommanderError } from 'commander';
import { langOfLocale, type Lang } from '../engine/i18n/lang';
import { registerCheck, registerValidate } from './check-command';
import { registerElection } from './election-command';
import { usageInLanguage } from './commander-words';
import { fileProblem, InputError } from './errors';
import { helpInLanguage, langInArgv } from './help-language';
import { registerImport } from './import-command';
import { cliText, type CliText } from './messages';
import { printable } from './printable';
import { packageVersion } from './version';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colours only on a terminal, and never when NO_COLOR is set. */
  colour: boolean;
  /** The clock when neither --now nor the draft gives one. */
  now: () => Date;
  /** stderr is a terminal: long runs show a progress line there. */
  progress?: boolean;
  /** The user's locale (LC_ALL or LANG, e.g. "cy_GB.UTF-8"): Welsh output when it is Welsh and --lang is not given. */
  locale?: string;
  /** Milliseconds, for the progress line's rate (default Date.now). */
  clock?: () => number;
}

export const EXIT = { clean: 0, findings: 1, badInput: 2 } as const;

/** Runs a command's action and keeps its exit status (commander ignores return values). */
export type Run = (action: () => Promise<number>) => Promise<void>;

/**
 * The language known before the command runs: --lang, then the user's locale. Help and usage
 * errors speak it; a command that reads the policy may then follow its "language" too.
 */
export function askedLang(argv: readonly string[], locale: string | undefined): Lang | undefined {
  return langInArgv(argv) ?? langOfLocale(locale);
}

function buildProgram(io: Io, run: Run, t: CliText, lang: Lang): Command {
  const program = new Command('protocol-check');
  // Before the commands are added: they inherit the help settings.
  helpInLanguage(program, t, lang);
  program
    .description(t('help.program'))
    .version(packageVersion(), '-v, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(usageInLanguage(text.replace(/^error: /, 'protocol-check: '), t)) })
    .showHelpAfterError(t('main.addHelp'))
    .addHelpText('after', t('help.exit'));
  registerCheck(program, io, run, t);
  registerValidate(program, io, run, t);
  registerImport(program, io, run, t);
  registerElection(program, io, run, t);
  return program;
}

/** The last-resort line for an error nobody expected (bin.ts), in the language asked for. */
export function unexpectedErrorLine(error: unknown, argv: readonly string[], locale: string | undefined): string {
  return cliText(askedLang(argv, locale) ?? 'en')('main.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

export async function main(argv: readonly string[], rawIo: Io): Promise<number> {
  const io: Io = { ...rawIo, stderr: (text) => rawIo.stderr(printable(text)) };
  const lang = askedLang(argv, io.locale) ?? 'en';
  let code: number = EXIT.clean;
  const run: Run = async (action) => {
    code = await action();
  };
  try {
    await buildProgram(io, run, cliText(lang), lang).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    // --help and --version end the parse with exit code 0; every usage error is a bad input.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.clean : EXIT.badInput;
    if (error instanceof InputError) {
      io.stderr(`${error.lines.join('\n')}\n`);
      return EXIT.badInput;
    }
    // A file the command could not read or write, wherever it surfaced: name it, say what to do.
    const { code: errno, path } = error as NodeJS.ErrnoException;
    if (errno && path) {
      io.stderr(`${path}: ${fileProblem(error, cliText(lang))}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}
