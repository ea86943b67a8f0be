#!/usr/bin/env node
// npm's "prepare" step: compiles the command line into dist/ (npm run build). A production
// install (npm install --omit=dev) has no TypeScript; there the step keeps an existing build,
// or says in one line how to make one, instead of failing the whole install.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
} catch {
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'bin.js'))) {
    process.stderr.write('protocol-check: not built yet, and TypeScript is not installed (a production install) — build first: npm ci && npm run build && npm prune --omit=dev\n');
  }
  process.exit(0);
}
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
