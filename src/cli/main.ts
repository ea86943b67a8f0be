// protocol-check: checks saved drafts against the council's protocol (formats.md, "Command line").
import { parseArgs } from 'node:util';
import { check, type Finding } from '../engine';
import { readConfig } from './read-config';
import { InputError, readDraft } from './read-draft';
import { formatText, type FileResult } from './report-text';
import { validationSummary } from './validate';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colours only on a terminal, and never when NO_COLOR is set. */
  colour: boolean;
  /** The clock when neither --now nor the draft gives one. */
  now: () => Date;
}

const USAGE = `Usage:
  protocol-check check [--directory FILE] [--policy FILE] [--now ISO] [--format text|json] FILE...
  protocol-check validate [--directory FILE] [--policy FILE]
  protocol-check import moderngov|officers|places … --directory FILE   (protocol-check import for details)
  protocol-check election --polling-day DATE [--notice DATE] --policy FILE

FILE is a draft: .json (the Draft format), .eml or .msg.
Without --directory, the bundled sample council (Harbury Vale) is used.
Exit status: 0 no errors, 1 an error-level finding, 2 a bad input or config file.
`;

export const EXIT = { clean: 0, findings: 1, badInput: 2 } as const;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // import and election have options of their own.
  if (argv[0] === 'import') return (await import('./import-command')).importCommand(argv.slice(1), io);
  if (argv[0] === 'election') return (await import('./election-command')).electionCommand(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        directory: { type: 'string' },
        policy: { type: 'string' },
        now: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`protocol-check: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.badInput;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === 'help') {
    io.stdout(USAGE);
    return EXIT.clean;
  }
  if (command !== 'check' && command !== 'validate') {
    io.stderr(`protocol-check: ${command ? `unknown command "${command}"` : 'no command given'}\n\n${USAGE}`);
    return EXIT.badInput;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    io.stderr(`protocol-check: --format must be "text" or "json", not "${values.format}"\n`);
    return EXIT.badInput;
  }
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
    io.stderr(`protocol-check: --now: expected an ISO time such as "2027-01-12T10:30:00Z", got "${values.now}"\n`);
    return EXIT.badInput;
  }

  let config;
  try {
    config = await readConfig(values.directory, values.policy);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`${error.lines.join('\n')}\n`);
    return EXIT.badInput;
  }

  if (command === 'validate') {
    if (files.length) {
      io.stderr('protocol-check: validate takes no draft files (it checks --directory and --policy)\n');
      return EXIT.badInput;
    }
    io.stdout(validationSummary(config));
    return EXIT.clean;
  }

  if (files.length === 0) {
    io.stderr(`protocol-check: check needs at least one draft file\n\n${USAGE}`);
    return EXIT.badInput;
  }
  const results: FileResult[] = [];
  const bad: string[] = [];
  for (const file of files) {
    try {
      const draft = await readDraft(file);
      const now = values.now ?? draft.now ?? io.now().toISOString();
      const findings: Finding[] = check({ ...draft, now }, { directory: config.directory, policy: config.policy });
      results.push({ file, draft, findings });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      bad.push(...error.lines.map((line) => `${file}: ${line}`));
    }
  }
  if (bad.length) {
    io.stderr(`${bad.join('\n')}\n`);
    return EXIT.badInput;
  }
  if (values.format === 'json') io.stdout(`${JSON.stringify(results.map((r) => ({ file: r.file, findings: r.findings })), null, 2)}\n`);
  else io.stdout(formatText(results, io.colour));
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.findings : EXIT.clean;
}
