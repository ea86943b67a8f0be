// The on-send alert in Welsh: it follows Outlook's display language (then the policy), and for
// every rule it fits Outlook's 500-character limit without being clipped.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, CATALOGUES, RULE_IDS } from '../../src/engine';
import { makeTranslator } from '../../src/engine/i18n/translator';
import { handleMessageSend, type OnSendDependencies } from '../../src/launchevent/on-send';
import { fallbackDirectory } from '../../src/launchevent/light-config';
import { alertText, MAX_MESSAGE, toSmartAlert } from '../../src/launchevent/smart-alert';
import { FakeComposeItem } from '../../src/office/fake/fake-compose-item';
import { officeMailHost } from '../../src/office/office-adapter';
import { sampleDirectory, samplePolicy } from '../../src/sample-council';
import { loadCorpus } from '../support/corpus';

const CORPORA = join(__dirname, '..', 'corpus');
const welsh = makeTranslator('cy', CATALOGUES.cy);

describe('the Welsh on-send alert fits 500 characters', () => {
  const byRule = new Map<string, number[]>();
  for (const name of readdirSync(CORPORA)) {
    if (!existsSync(join(CORPORA, name, 'cases'))) continue;
    const corpus = loadCorpus(join(CORPORA, name), name);
    for (const c of corpus.cases) {
      for (const f of check(c.draft, { directory: corpus.directory, policy: corpus.policy, lang: 'cy', catalogues: CATALOGUES })) {
        if (f.severity === 'info') continue;
        byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), alertText([f], welsh)!.length]);
      }
    }
  }

  it.each([...RULE_IDS])('%s: every Welsh alert on the development corpora, unclipped', (rule) => {
    const lengths = byRule.get(rule) ?? [];
    expect(lengths.length).toBeGreaterThan(0);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_MESSAGE);
  });

  it.each([...RULE_IDS])('%s: the alert\'s own words leave at least 280 characters for the finding', (rule) => {
    const frame = alertText([{ ruleId: rule, severity: 'error', message: '', citation: '000 §1.1: x', recipients: [], spans: [], fixes: [] }], welsh)!;
    expect(MAX_MESSAGE - frame.length).toBeGreaterThanOrEqual(280);
  });

  it('is clipped, never over the limit, when a finding is very long', () => {
    const long = { ruleId: 'political-content', severity: 'error' as const, message: 'Mae '.repeat(200), citation: '002 §1: x', recipients: [], spans: [], fixes: [] };
    expect(toSmartAlert([long], { smartAlertsButtons: true, markdown: true }, welsh).errorMessage!.length).toBeLessThanOrEqual(MAX_MESSAGE);
  });
});

describe('the on-send language', () => {
  const POLITICAL = '<p>Dear Cllr Doyle,</p><p>I hope Labour hold the seat!</p><p>Kind regards,</p><p>Gavin</p>';
  const fake = () => new FakeComposeItem({
    from: { displayName: 'Gavin Tull', emailAddress: 'gavin.tull@harburyvale.gov.uk' },
    to: [{ displayName: 'Cllr Ian Doyle', emailAddress: 'ian.doyle@harburyvale.gov.uk' }],
    subject: 'Benches', bodyHtml: POLITICAL,
  });
  const loadMessages = jest.fn(async (lang: string) => ({ catalogue: lang === 'cy' ? CATALOGUES.cy : undefined }));

  async function send(overrides: Partial<OnSendDependencies>) {
    const completed = jest.fn();
    await handleMessageSend({ completed }, {
      host: officeMailHost(fake()), loadConfig: async () => ({ directory: sampleDirectory, policy: samplePolicy }),
      capabilities: { smartAlertsButtons: true }, fallbackDirectory, loadMessages, ...overrides,
    });
    return completed.mock.calls[0]![0];
  }

  it('follows Outlook in Welsh (cy-GB): the alert, its rule name and its button are Welsh', async () => {
    const answer = await send({ displayLanguage: 'cy-GB' });
    expect(answer).toMatchObject({ allowEvent: false, cancelLabel: 'Adolygu' });
    expect(answer.errorMessage).toContain('cynnwys gwleidyddol pleidiol');
    expect(answer.errorMessage).toContain('Dewiswch Adolygu');
    expect(loadMessages).toHaveBeenCalledWith('cy');
  });

  it('uses the policy\'s language when Outlook does not say, and Outlook\'s English over a Welsh policy', async () => {
    const cyPolicy = { ...samplePolicy, language: 'cy' as const };
    const fromPolicy = await send({ loadConfig: async () => ({ directory: sampleDirectory, policy: cyPolicy }) });
    expect(fromPolicy.cancelLabel).toBe('Adolygu');
    const english = await send({ displayLanguage: 'en-GB', loadConfig: async () => ({ directory: sampleDirectory, policy: cyPolicy }) });
    expect(english.cancelLabel).toBe('Review');
    expect(english.errorMessage).toContain('party-political content');
  });

  it('falls back to English when the Welsh catalogue cannot be fetched', async () => {
    const answer = await send({ displayLanguage: 'cy-GB', loadMessages: async () => { throw new Error('offline'); } });
    expect(answer.cancelLabel).toBe('Review');
    expect(answer.errorMessage).toContain('party-political content');
  });

  it('applies the council\'s corrections to the Welsh wording', async () => {
    const answer = await send({ displayLanguage: 'cy-GB', loadMessages: async () => ({ catalogue: CATALOGUES.cy, overrides: { cy: { 'alert.review': 'Gwirio' } } }) });
    expect(answer.cancelLabel).toBe('Gwirio');
  });
});
