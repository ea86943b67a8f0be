// protocol-check: checks saved drafts against the council's protocol (formats.md, "Command line"),
// and builds and maintains the council's files. commander parses the options and writes help;
// every problem ends as plain lines on stderr and an exit status, never a stack trace.
import { Command, CommanderError } from 'commander';
import { registerCheck, registerValidate } from './check-command';
import { registerElection } from './election-command';
import { fileProblem, InputError } from './errors';
import { registerImport } from './import-command';
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

const EXIT_HELP = `
Exit status: 0 no error-level finding (or the command did its work), 1 at least one error-level
finding, 2 a bad input or config file, a bad option, or an import refused (nothing written).
Run "protocol-check <command> --help" for a command's options and an example.
`;

function buildProgram(io: Io, run: Run): Command {
  const program = new Command('protocol-check')
    .description('Checks council e-mail against the Member/Officer Protocol, and builds the council\'s directory and policy files.')
    .version(packageVersion(), '-v, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help for a command')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text.replace(/^error: /, 'protocol-check: ')) })
    .showHelpAfterError('(add --help to see the options)')
    .addHelpText('after', EXIT_HELP);
  registerCheck(program, io, run);
  registerValidate(program, io, run);
  registerImport(program, io, run);
  registerElection(program, io, run);
  return program;
}

export async function main(argv: readonly string[], rawIo: Io): Promise<number> {
  const io: Io = { ...rawIo, stderr: (text) => rawIo.stderr(printable(text)) };
  let code: number = EXIT.clean;
  const run: Run = async (action) => {
    code = await action();
  };
  try {
    await buildProgram(io, run).parseAsync([...argv], { from: 'user' });
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
      io.stderr(`${path}: ${fileProblem(error)}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}
