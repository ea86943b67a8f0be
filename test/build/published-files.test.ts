// dist/addin is what a council publishes: only what Outlook needs — no simulator, no source maps
// (the hidden maps are kept beside it in dist/addin-sourcemaps), and no file pointing at one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDIN_DIR, publishedFiles, requireBuilt } from './built-addin';

describe('the published add-in (dist/addin)', () => {
  beforeAll(requireBuilt);

  it('holds the task pane, the on-send handler, the support pages, assets, config and manifest', () => {
    const files = publishedFiles();
    for (const needed of ['taskpane.html', 'taskpane.js', 'launchevent.html', 'launchevent.js', 'support.html', 'manifest.xml', 'config/directory.json', 'config/policy.json', 'assets/icon-80.png']) expect(files).toContain(needed);
  });

  it('holds no simulator and no source maps', () => {
    const files = publishedFiles();
    expect(files.filter((f) => /simulator/i.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('points no script at a source map', () => {
    for (const script of publishedFiles().filter((f) => f.endsWith('.js'))) expect(readFileSync(join(ADDIN_DIR, script), 'utf8')).not.toMatch(/sourceMappingURL/);
  });
});
