/** @jest-environment jsdom */
// The pane's language: Outlook's display language, the user's switch (kept in roaming settings),
// the council's default; findings rendered in it, and lang="cy" on the pane for screen readers.
import * as React from 'react';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { FakeComposeItem } from '../../src/office/fake/fake-compose-item';
import { FakeRoamingSettings } from '../../src/office/fake/fake-roaming-settings';
import { officeMailHost } from '../../src/office/office-adapter';
import { chooseLang, LANGUAGE_SETTING } from '../../src/taskpane/i18n/choose-lang';
import type { JsonSource } from '../../src/taskpane/council-config';
import directory from '../../src/sample-council/directory.json';
import policy from '../../src/sample-council/policy.json';

// The Welsh words are a lazy chunk that ts-jest compiles (and type-checks) on first import, inside the
// test: on a loaded machine that takes several seconds, well past the 1 s default.
configure({ asyncUtilTimeout: 15000 });

const sourceWith = (language?: 'en' | 'cy'): JsonSource => async (path) =>
  JSON.parse(JSON.stringify(path === 'config/directory.json' ? directory : { ...policy, ...(language ? { language } : {}) }));

function item(): FakeComposeItem {
  return new FakeComposeItem({
    from: { displayName: 'Fatima Noor', emailAddress: 'fatima.noor@harburyvale.gov.uk' },
    to: [{ displayName: 'Cllr Kamal Hussain', emailAddress: 'kamal.hussain@harburyvale.gov.uk' }],
    bcc: [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }],
    subject: 'Fly-tipping',
    bodyHtml: '<p>Dear Cllr Hussain,</p><p>The fly-tipping on Ferry Lane is cleared.</p><p>I hope Labour hold the seat!</p><p>Kind regards,</p><p>Fatima</p>',
  });
}

function renderPane(options: { displayLanguage?: string; settings?: FakeRoamingSettings; language?: 'en' | 'cy' } = {}) {
  return render(<App host={officeMailHost(item())} source={sourceWith(options.language)} theme="light" pollMs={60_000}
    displayLanguage={options.displayLanguage} settings={options.settings} />);
}

describe('chooseLang', () => {
  it("prefers the user's choice, then Outlook's display language, then the council's default", () => {
    expect(chooseLang('en', 'cy-GB', 'cy')).toBe('en');
    expect(chooseLang(undefined, 'cy-GB', 'en')).toBe('cy');
    expect(chooseLang(undefined, 'en-GB', 'cy')).toBe('en');
    expect(chooseLang(undefined, 'fr-FR', 'cy')).toBe('cy');
    expect(chooseLang(undefined, undefined, undefined)).toBe('en');
  });
});

describe('task pane language', () => {
  it('speaks Welsh when Outlook is in Welsh: pane words, rule titles and findings, with lang="cy"', async () => {
    renderPane({ displayLanguage: 'cy-GB', settings: new FakeRoamingSettings() });
    const mustFix = await screen.findByRole('region', { name: 'Rhaid trwsio cyn anfon' });
    expect(screen.getByRole('main').getAttribute('lang')).toBe('cy');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Gwiriwr Protocol');
    const bcc = within(mustFix).getByRole('article', { name: 'Copi dall (Bcc)' });
    expect(within(bcc).getByText(/yn cael copi dall/).textContent).toContain('Cyng. Beth Holloway');
    expect(within(bcc).getByRole('button', { name: 'Pam?' })).toBeTruthy();
    expect(within(bcc).getByRole('button', { name: 'Symud Beth i Cc' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe("2 i'w trwsio · 1 i'w gwirio");
    // The English sentence quoted from the e-mail is marked as English inside the Welsh pane.
    const quoted = within(screen.getByRole('article', { name: 'Cynnwys gwleidyddol pleidiol' })).getByLabelText('Y frawddeg');
    expect([quoted.textContent, quoted.getAttribute('lang')]).toEqual(['I hope Labour hold the seat!', 'en']);
    expect(screen.getByRole('button', { name: "Trwsio'r cyfan" })).toBeTruthy();
    // The other language's name is marked as that language.
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'Cymraeg' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches to English at the user\'s choice, re-renders the findings and remembers it in roaming settings', async () => {
    const settings = new FakeRoamingSettings();
    renderPane({ displayLanguage: 'cy-GB', settings });
    await screen.findByRole('region', { name: 'Rhaid trwsio cyn anfon' });
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    const mustFix = await screen.findByRole('region', { name: 'Must be fixed before sending' });
    await waitFor(() => expect(within(mustFix).getByRole('article', { name: 'Blind copy (Bcc)' }).textContent).toContain('is a blind copy'));
    expect(screen.getByRole('main').getAttribute('lang')).toBe('en');
    await waitFor(() => expect(settings.saved[LANGUAGE_SETTING]).toBe('en'));
  });

  it("keeps the user's saved choice over Outlook's language", async () => {
    renderPane({ displayLanguage: 'en-GB', settings: new FakeRoamingSettings({ [LANGUAGE_SETTING]: 'cy' }) });
    expect(await screen.findByRole('region', { name: 'Rhaid trwsio cyn anfon' })).toBeTruthy();
  });

  it("falls back to the council's default language when Outlook's is neither English nor Welsh", async () => {
    renderPane({ displayLanguage: 'fr-FR', language: 'cy' });
    expect(await screen.findByRole('region', { name: 'Rhaid trwsio cyn anfon' })).toBeTruthy();
  });

  it('stays English in an English Outlook', async () => {
    renderPane({ displayLanguage: 'en-GB', language: 'cy' });
    expect(await screen.findByRole('region', { name: 'Must be fixed before sending' })).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('lang')).toBe('en');
  });
});
