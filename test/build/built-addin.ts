// Where the built add-in is; the build tests need `npm run build:addin` first (npm test does it).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ADDIN_DIR = join(__dirname, '..', '..', 'dist', 'addin');
/** The simulator is not published with the add-in: the production build puts it here for the browser tests. */
export const SIMULATOR_DIR = join(__dirname, '..', '..', 'dist', 'simulator');

export function requireBuilt(): void {
  if (!existsSync(join(ADDIN_DIR, 'launchevent.js'))) throw new Error('dist/addin is missing: run `npm run build:addin` first (npm test does it)');
}

export function publishedFiles(dir = ADDIN_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? publishedFiles(full) : [relative(ADDIN_DIR, full).split('\\').join('/')];
  });
}
