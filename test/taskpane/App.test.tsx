/** @jest-environment jsdom */
// The task pane over the fake compose item: findings by severity, one-click fixes, dismissals,
// the all-clear state and the error state.
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { FakeComposeItem } from '../../src/office/fake/fake-compose-item';
import { officeMailHost } from '../../src/office/office-adapter';
import { DISMISSALS_KEY } from '../../src/office/dismissals';
import type { JsonSource } from '../../src/taskpane/council-config';
import directory from '../../src/sample-council/directory.json';
import policy from '../../src/sample-council/policy.json';

const source: JsonSource = async (path) => JSON.parse(JSON.stringify(path === 'config/directory.json' ? directory : policy));

function draft(bodyHtml: string, bcc: { displayName: string; emailAddress: string }[] = []): FakeComposeItem {
  return new FakeComposeItem({
    from: { displayName: 'Fatima Noor', emailAddress: 'fatima.noor@harburyvale.gov.uk' },
    to: [{ displayName: 'Cllr Alan Price', emailAddress: 'alan.price@harburyvale.gov.uk' }],
    bcc, subject: 'Fly-tipping', bodyHtml,
  });
}

const THREE = '<p>Dear Cllr Price,</p><p>The fly-tipping on <b>Ferry Lane</b> is cleared.</p><p>I hope Labour hold the seat!</p><p>Kind regards,</p><p>Fatima</p>';

function renderPane(item: FakeComposeItem, jsonSource: JsonSource = source) {
  return render(<App host={officeMailHost(item)} source={jsonSource} theme="light" pollMs={60_000} />);
}

describe('task pane', () => {
  it('shows each finding under its severity, with its clause and fixes', async () => {
    renderPane(draft(THREE, [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }]));
    const mustFix = await screen.findByRole('region', { name: 'Must be fixed before sending' });
    expect(within(mustFix).getByText('Blind copy (Bcc)')).toBeTruthy();
    expect(within(mustFix).getByText('Party-political content')).toBeTruthy();
    const check = screen.getByRole('region', { name: 'Check before sending' });
    expect(within(check).getByText('Ward members not copied')).toBeTruthy();
    expect(screen.getAllByText(/^Protocol: /).length).toBe(3);
    expect(screen.getByRole('button', { name: 'Fix all' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('3 things to look at.');
  });

  it('applies a fix in one click and the finding clears', async () => {
    const item = draft(THREE);
    renderPane(item);
    await screen.findByText('Party-political content');
    await userEvent.click(screen.getByRole('button', { name: 'Remove this sentence' }));
    await waitFor(() => expect(screen.queryByText('Party-political content')).toBeNull());
    expect(item.state.bodyHtml).not.toContain('Labour');
    expect(item.state.bodyHtml).toContain('<b>Ferry Lane</b>');
    expect(await screen.findByText(/Done: Remove this sentence/)).toBeTruthy();
    // The button that had focus is gone with its card: focus moves to the result.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/Done: Remove this sentence/));
  });

  it('fixes everything safe at once, then shows all clear', async () => {
    const item = draft(THREE, [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }]);
    renderPane(item);
    await userEvent.click(await screen.findByRole('button', { name: 'Fix all' }));
    expect(await screen.findByText('All clear')).toBeTruthy();
    expect(item.state.bcc).toEqual([]);
    expect(item.state.cc.map((r) => r.emailAddress).sort()).toEqual(['beth.holloway@harburyvale.gov.uk', 'kamal.hussain@harburyvale.gov.uk']);
  });

  it('dismisses a finding with a reason, kept in sessionData for the on-send check', async () => {
    const item = draft('<p>Dear Cllr Price,</p><p>I hope Labour hold the seat!</p><p>Regards,</p><p>Fatima</p>');
    renderPane(item);
    await userEvent.click(await screen.findByRole('button', { name: 'Dismiss…' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Why is this not a problem/ }), 'Quoting the resident\'s own words');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss for this email' }));
    expect(await screen.findByRole('region', { name: 'Dismissed for this email' })).toBeTruthy();
    expect(JSON.parse(item.state.sessionData[DISMISSALS_KEY]!)[0]).toMatchObject({ ruleId: 'political-content', reason: 'Quoting the resident\'s own words' });
    expect(screen.getByText('All clear')).toBeTruthy();
  });

  it('says when the directory cannot be loaded, and still runs the rules that need none', async () => {
    const broken: JsonSource = async (path) => { if (path === 'config/directory.json') throw new Error('config/directory.json: the server answered 500'); return {}; };
    renderPane(draft('<p>Dear Cllr Price,</p><p>I hope Labour hold the seat!</p><p>Regards,</p><p>Fatima</p>'), broken);
    expect(await screen.findByText('The council directory could not be loaded')).toBeTruthy();
    expect(screen.getByText('config/directory.json: the server answered 500')).toBeTruthy();
    expect(await screen.findByText('Party-political content')).toBeTruthy();
  });

  it('re-checks when the recipients change', async () => {
    const item = draft('<p>Dear Cllr Price,</p><p>Ferry Lane is cleared.</p><p>Regards,</p><p>Fatima</p>');
    renderPane(item);
    await screen.findByText('Ward members not copied');
    await act(async () => {
      item.setRecipientsByUser('cc', [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }, { displayName: 'Cllr Kamal Hussain', emailAddress: 'kamal.hussain@harburyvale.gov.uk' }]);
    });
    await waitFor(() => expect(screen.queryByText('Ward members not copied')).toBeNull());
  });
});
