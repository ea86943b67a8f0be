#!/usr/bin/env node
// Entry point of the protocol-check command (package.json "bin"). Whatever happens, the admin
// sees one line, not a stack trace (PROTOCOL_CHECK_DEBUG=1 prints the stack for a bug report).
import { main, unexpectedErrorLine } from './main';

const argv = process.argv.slice(2);
const locale = process.env.LC_ALL || process.env.LANG;

main(argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  now: () => new Date(),
  progress: Boolean(process.stderr.isTTY),
  locale,
}).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  const detail = process.env.PROTOCOL_CHECK_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  process.stderr.write(`${unexpectedErrorLine(error, argv, locale)}${detail}\n`);
  process.exitCode = 2;
});
