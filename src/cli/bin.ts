#!/usr/bin/env node
// Entry point of the protocol-check command (package.json "bin").
import { main } from './main';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`protocol-check: internal error — please report it: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
