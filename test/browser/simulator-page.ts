// Opening the simulator in Chromium and asking axe about the task pane: shared by the browser tests.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveAddin } from './harness';

export const RESULTS = join(__dirname, '..', '..', 'test-results');

/** Serves the built add-in and starts Chromium for the file's tests; closes both after them. */
export function withChromium(): { browser(): Browser; base(): string } {
  let server: Server | undefined;
  let base = '';
  let browser: Browser | undefined;
  beforeAll(async () => {
    ({ server, url: base } = await serveAddin());
    browser = await launchChromium();
    mkdirSync(RESULTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return { browser: () => browser!, base: () => base };
}

export const pane = (page: Page) => page.getByTestId('taskpane');

/** The simulator at `query` (e.g. "?lang=cy-GB"), once the pane has checked the draft. */
export async function openSimulator(browser: Browser, base: string, options: { viewport?: { width: number; height: number }; scenario?: number; query?: string } = {}):
  Promise<{ page: Page; msToFindings: number; errors: string[] }> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const started = Date.now();
  await page.goto(`${base}simulator.html${options.query ?? ''}`);
  if (options.scenario) await page.getByTestId('scenario').selectOption(String(options.scenario));
  // "Checking this email…" in English, "Wrthi'n gwirio…" in Welsh.
  await pane(page).getByRole('status').filter({ hasNotText: /Checking|Wrthi/ }).waitFor({ timeout: 20_000 });
  return { page, msToFindings: Date.now() - started, errors };
}

/** axe's WCAG 2.2 AA violations inside `selector` (the task pane unless told). */
export async function axeViolations(page: Page, selector = '[data-testid="taskpane"]'): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(async (target) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    return run(document.querySelector(target) as Element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  }, selector);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')})`);
}
