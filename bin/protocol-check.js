#!/usr/bin/env node
// Runs the compiled command line (npm install builds it into dist/ through "prepare").
try {
  require.resolve('../dist/src/cli/bin.js');
} catch {
  process.stderr.write('protocol-check: the command line is not built — run `npm run build` in the project folder (or `npm ci && npm run build && npm prune --omit=dev` for a production install)\n');
  process.exit(2);
}
require('../dist/src/cli/bin.js');
