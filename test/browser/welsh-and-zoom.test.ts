// The simulator as a Welsh Outlook (?lang=cy-GB) in Chromium: the page and the pane in Welsh with
// no English catalogue words left visible, lang="cy", axe WCAG 2.2 AA clean, and Send showing the
// Welsh Smart Alert. And 400% zoom (WCAG 1.4.10): at 320×256 CSS px nothing is cut off, covered or
// scrolls sideways, in English and in Welsh (whose words are longer). Screenshots in test-results/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { en } from '../../src/engine/i18n/en';
import { cy } from '../../src/engine/i18n/cy';
import { RULE_IDS } from '../../src/engine/config/rule-ids';
import { paneCy } from '../../src/taskpane/i18n/pane-cy';
import { paneEn } from '../../src/taskpane/i18n/pane-en';
import { axeViolations, openSimulator as open, pane, RESULTS, withChromium } from './simulator-page';

const chromium = withChromium();
const openSimulator = (options: Parameters<typeof open>[2] = {}) => open(chromium.browser(), chromium.base(), options);

/** English words the catalogues have a different Welsh for (parameters cut out): none may show in Welsh. */
function englishPhrases(): string[] {
  const pairs: Array<[string, string]> = [
    ...Object.keys(paneEn).map((k) => [paneEn[k as keyof typeof paneEn], paneCy[k as keyof typeof paneCy]] as [string, string]),
    ...RULE_IDS.map((id) => [en[`${id}.title` as keyof typeof en], cy[`${id}.title` as keyof typeof cy]] as [string, string]),
  ];
  const phrases = pairs.filter(([english, welsh]) => english !== welsh)
    // The fixed text of each message: the parts between its parameters, a word or more long.
    .flatMap(([english]) => english.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/))
    .map((part) => part.replace(/^[\s:.,)"]+|[\s:.,("]+$/g, ''))
    .filter((part) => /[A-Za-z]{3,}/.test(part));
  return [...new Set(phrases)];
}

/** The visible text of the page outside the draft itself (the e-mail's own words are English). */
const visibleText = (page: Page, selector: string) => page.locator(selector).evaluate((root) => {
  const copy = root.cloneNode(true) as HTMLElement;
  // The draft's words and the quotes from it are the e-mail's, not the product's.
  for (const el of copy.querySelectorAll('[data-testid="field-body"], blockquote')) el.remove();
  document.body.appendChild(copy);
  // So are words in quotation marks (Fix all's plan quotes the sentences it adds or removes).
  const text = copy.innerText.replace(/"[^"\n]*"/g, '""');
  copy.remove();
  return text;
});

function englishLeft(text: string): string[] {
  return englishPhrases().filter((phrase) => new RegExp(`(^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(text));
}

describe('simulator as a Welsh Outlook', () => {
  it('shows the page and the pane in Welsh, with no English catalogue words visible, and lang="cy"', async () => {
    const { page, errors } = await openSimulator({ query: '?lang=cy-GB' });
    expect(await pane(page).getByRole('status').textContent()).toBe("2 i'w trwsio · 1 i'w gwirio");
    expect(await pane(page).getByRole('article', { name: 'Copi dall (Bcc)' }).count()).toBe(1);
    expect(await pane(page).locator('main').getAttribute('lang')).toBe('cy');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    // Open everything that has words behind it, then scan.
    for (const why of await pane(page).getByRole('button', { name: 'Pam?' }).all()) await why.click();
    await pane(page).getByRole('button', { name: 'Ynghylch' }).click();
    await pane(page).getByRole('button', { name: "Trwsio'r cyfan" }).click();
    await pane(page).getByRole('button', { name: 'Gwneud y newidiadau hyn' }).waitFor();
    // A sanity check of the scan itself: the English pane does show English phrases.
    expect(englishPhrases().length).toBeGreaterThan(100);
    expect(englishLeft(await visibleText(page, '[data-testid="taskpane"]'))).toEqual([]);
    expect(englishLeft(await visibleText(page, 'main[aria-label]'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('the English simulator is caught by the same scan (the scan can fail)', async () => {
    const { page } = await openSimulator();
    expect(englishLeft(await visibleText(page, '[data-testid="taskpane"]'))).toEqual(expect.arrayContaining(['Must be fixed before sending', 'Blind copy (Bcc)', 'Fix all']));
    await page.close();
  }, 90_000);

  it('has no WCAG 2.2 AA violations in Welsh, Why? and About open (axe); screenshot at 320 px', async () => {
    const { page } = await openSimulator({ query: '?lang=cy-GB' });
    expect(await axeViolations(page)).toEqual([]);
    for (const why of await pane(page).getByRole('button', { name: 'Pam?' }).all()) await why.click();
    await pane(page).getByRole('button', { name: 'Ynghylch' }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(page, 'body')).toEqual([]);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await pane(page).screenshot({ path: join(RESULTS, 'taskpane-cy-320.png') });
    await page.close();
  }, 90_000);

  it('switches the simulator to cy-GB with its control, and Send shows the Welsh Smart Alert', async () => {
    const { page } = await openSimulator();
    await page.getByTestId('display-language').selectOption('cy-GB');
    await pane(page).getByRole('status').filter({ hasText: "i'w trwsio" }).waitFor();
    await page.getByRole('button', { name: 'Anfon', exact: true }).click();
    expect(await page.getByTestId('smart-alert-message').textContent()).toMatch(/^Gwiriwr Protocol: .*copi dall/);
    expect(await page.getByRole('button', { name: 'Adolygu' }).count()).toBe(1);
    await page.screenshot({ path: join(RESULTS, 'simulator-send-cy.png') });
    await page.close();
  }, 90_000);

  it('remembers the choice of English made in the pane, over the Welsh Outlook, for the next draft', async () => {
    const { page } = await openSimulator({ query: '?lang=cy-GB' });
    await pane(page).getByRole('button', { name: 'English' }).click();
    await pane(page).getByRole('status').filter({ hasText: 'to fix' }).waitFor();
    await page.getByTestId('scenario').selectOption('1');
    await pane(page).getByRole('heading', { name: 'Protocol Check', level: 1 }).waitFor();
    expect(await pane(page).locator('main').getAttribute('lang')).toBe('en');
    await page.close();
  }, 90_000);
});

/** What breaks reflow: anything outside the viewport sideways, text cut off by its box, controls covered. */
async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      if (r.left < -1 || r.right > window.innerWidth + 1) problems.push(`outside the viewport (${Math.round(r.left)}–${Math.round(r.right)}): ${name(el)}`);
      const clips = ['hidden', 'clip'].includes(style.overflowX);
      if (clips && el.scrollWidth > el.clientWidth + 1 && !['SELECT', 'INPUT', 'TEXTAREA'].includes(el.tagName)) problems.push(`text cut off (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
    }
    return problems;
  });
}

async function coveredControls(page: Page): Promise<string[]> {
  const covered: string[] = [];
  for (const control of await page.locator('button, [role="radio"], input, select, [role="textbox"]').all()) {
    if (!(await control.isVisible())) continue;
    await control.scrollIntoViewIfNeeded();
    const hit = await control.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
      return !!top && (el === top || el.contains(top) || top.contains(el) || (el.tagName === 'INPUT' && !!el.closest('span')?.contains(top)));
    });
    if (!hit) covered.push(await control.evaluate((el) => el.outerHTML.slice(0, 100)));
  }
  return covered;
}

describe('400% zoom (WCAG 1.4.10 reflow): 320×256 CSS px', () => {
  it.each([['English', ''], ['Welsh', '?lang=cy-GB']])('%s: nothing cut off, covered or scrolling sideways, Why? and About open', async (language, query) => {
    const { page } = await openSimulator({ viewport: { width: 320, height: 256 }, query });
    const why = language === 'Welsh' ? 'Pam?' : 'Why?';
    for (const button of await pane(page).getByRole('button', { name: why }).all()) await button.click();
    await pane(page).getByRole('button', { name: language === 'Welsh' ? 'Ynghylch' : 'About' }).click();
    await page.waitForTimeout(300);
    expect(await reflowProblems(page)).toEqual([]);
    expect(await coveredControls(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(RESULTS, `zoom-400-${language.toLowerCase()}.png`) });
    await pane(page).screenshot({ path: join(RESULTS, `zoom-400-${language.toLowerCase()}-pane.png`) });
    await page.close();
  }, 120_000);
});
