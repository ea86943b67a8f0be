// Run by interrupted-write.test.ts in a child process: an import that is killed (SIGKILL, no
// clean-up possible) at the moment named by the first argument.
// The module object itself (not an import wrapper), so that the patches below reach safe-write.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import fs = require('node:fs');
import { main } from '../../src/cli/main';

const [moment, ...argv] = process.argv.slice(2);
const kill = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
};
if (moment === 'mid-write') {
  // Let the first 64 KB reach the temporary file, then die before the rest.
  const writeSync = fs.writeSync;
  let calls = 0;
  fs.writeSync = ((...args: Parameters<typeof fs.writeSync>) => (++calls === 2 ? kill() : writeSync(...args))) as typeof fs.writeSync;
} else if (moment === 'before-rename') {
  fs.renameSync = (() => kill()) as typeof fs.renameSync;
}

void main(argv, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), colour: false, now: () => new Date() });
