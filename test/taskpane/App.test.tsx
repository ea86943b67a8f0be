/** @jest-environment jsdom */
// The task pane over the fake compose item: findings by severity, one-click fixes, dismissals,
// the all-clear state and the error state.
import * as React from 'react';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { FakeComposeItem } from '../../src/office/fake/fake-compose-item';
import { officeMailHost } from '../../src/office/office-adapter';
import { DISMISSALS_KEY } from '../../src/office/dismissals';
import type { JsonSource } from '../../src/taskpane/council-config';
import directory from '../../src/sample-council/directory.json';

// The pane checks the draft before it renders its cards; on a loaded CI machine that can take longer than
// testing-library's default second (a card not yet found is a slow machine, not a missing card).
configure({ asyncUtilTimeout: 5000 });
// Each test renders the whole pane and checks the draft in jsdom: on a loaded two-core CI machine one test has taken
// over 30 s (the project's default), so this suite allows a minute per test. Nothing here asserts a time.
jest.setTimeout(60_000);
import policy from '../../src/sample-council/policy.json';

const source: JsonSource = async (path) => JSON.parse(JSON.stringify(path === 'config/directory.json' ? directory : policy));

function draft(bodyHtml: string, bcc: { displayName: string; emailAddress: string }[] = []): FakeComposeItem {
  return new FakeComposeItem({
    from: { displayName: 'Fatima Noor', emailAddress: 'fatima.noor@harburyvale.gov.uk' },
    // A backbencher, so that no briefing of the Executive is involved.
    to: [{ displayName: 'Cllr Kamal Hussain', emailAddress: 'kamal.hussain@harburyvale.gov.uk' }],
    bcc, subject: 'Fly-tipping', bodyHtml,
  });
}

const THREE = '<p>Dear Cllr Hussain,</p><p>The fly-tipping on <b>Ferry Lane</b> is cleared.</p><p>I hope Labour hold the seat!</p><p>Kind regards,</p><p>Fatima</p>';

function renderPane(item: FakeComposeItem, jsonSource: JsonSource = source) {
  return render(<App host={officeMailHost(item)} source={jsonSource} theme="light" pollMs={60_000} />);
}

describe('task pane', () => {
  it('shows each finding under its severity, with its clause and fixes', async () => {
    renderPane(draft(THREE, [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }]));
    // The file's first check builds the phrase indexes from cold: on a loaded machine that outlasts findBy's default second.
    const mustFix = await screen.findByRole('region', { name: 'Must be fixed before sending' }, { timeout: 15_000 });
    expect(within(mustFix).getByText('Blind copy (Bcc)')).toBeTruthy();
    expect(within(mustFix).getByText('Party-political content')).toBeTruthy();
    const check = screen.getByRole('region', { name: 'Check before sending' });
    expect(within(check).getByText('Ward members not copied')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Fix all' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2 to fix · 1 to check');
    // The sentence is quoted once, whole, with its trigger words marked.
    const political = screen.getByRole('article', { name: 'Party-political content' });
    expect(within(political).getByLabelText('The sentence').textContent).toBe('I hope Labour hold the seat!');
    expect(within(political).getAllByText('Labour').map((el) => el.tagName)).toContain('MARK');
    // People by name, where they are now (Beth is in Bcc, not in Cc where the fix would put her).
    const ward = screen.getByRole('article', { name: 'Ward members not copied' });
    const people = within(ward).getAllByRole('listitem').map((li) => li.textContent);
    expect(people.sort()).toEqual(['Alan Price · not on the email', 'Beth Holloway · in Bcc']);
    // One primary action per card, labelled in a few words.
    expect(within(ward).getByRole('button', { name: /^Copy (Alan and Beth|Beth and Alan)$/ })).toBeTruthy();
    expect(within(political).getByRole('button', { name: 'Remove sentence' })).toBeTruthy();
    // The clause, as the council's protocol names it, only behind "Why?".
    expect(within(political).queryByText(/Member\/Officer Protocol §11.6/)).toBeNull();
    await userEvent.click(within(political).getByRole('button', { name: 'Why?' }));
    expect(within(political).getByText(/Member\/Officer Protocol Annex A §11.6/)).toBeTruthy();
    expect(within(political).getByRole('button', { name: 'Why?' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('applies a fix in one click and the finding clears', async () => {
    const item = draft(THREE);
    renderPane(item);
    await screen.findByText('Party-political content');
    await userEvent.click(screen.getByRole('button', { name: 'Remove sentence' }));
    await waitFor(() => expect(screen.queryByText('Party-political content')).toBeNull());
    expect(item.state.bodyHtml).not.toContain('Labour');
    expect(item.state.bodyHtml).toContain('<b>Ferry Lane</b>');
    expect((await screen.findByText(/Done: Remove sentence/)).textContent).toBe('Done: Remove sentence.');
    // The button that had focus is gone with its card: focus moves to the result.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/Done: Remove sentence/));
    // The notice belongs to those findings: a new problem clears it.
    await act(async () => {
      item.setRecipientsByUser('bcc', [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }]);
    });
    await screen.findByText('Blind copy (Bcc)');
    expect(screen.queryByText(/Done: Remove sentence/)).toBeNull();
  });

  it('Fix all shows its plan first, applies it as one plan with one copy sentence, and undoes it in one step', async () => {
    const beth = { displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' };
    const item = draft(THREE, [beth]);
    const original = item.state.bodyHtml;
    renderPane(item);
    // (The first check of a pane may take seconds on a loaded CI machine: wait for it as the first test does.)
    await userEvent.click(await screen.findByRole('button', { name: 'Fix all' }, { timeout: 15_000 }));
    const plan = await screen.findByRole('region', { name: 'Fix all' });
    const steps = within(plan).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toEqual(expect.arrayContaining(['Move Cllr Beth Holloway from Bcc to Cc', 'Add Cllr Alan Price to Cc', 'Remove "I hope Labour hold the seat!"']));
    expect(steps.filter((t) => t!.includes('I have copied this email to'))).toHaveLength(1);
    expect(item.state.bodyHtml).toBe(original); // nothing changes before the user confirms
    expect(item.state.bcc).toEqual([beth]);

    await userEvent.click(within(plan).getByRole('button', { name: 'Apply these changes' }));
    expect(await screen.findByText('All clear')).toBeTruthy();
    expect(item.state.bcc).toEqual([]);
    expect(item.state.cc.map((r) => r.emailAddress)).toEqual(expect.arrayContaining(['beth.holloway@harburyvale.gov.uk', 'alan.price@harburyvale.gov.uk']));
    expect(item.state.bodyHtml.match(/I have copied this email to/g)).toHaveLength(1);
    for (const r of item.state.cc) expect(item.state.bodyHtml.split(r.displayName!.replace('Cllr ', '')).length - 1).toBe(1); // each copy named once
    expect(item.state.bodyHtml).not.toContain('Labour');

    await userEvent.click(await screen.findByRole('button', { name: 'Undo Fix all' }));
    await screen.findByText(/Done: Fix all undone/);
    expect(item.state.bcc.map((r) => r.emailAddress)).toEqual([beth.emailAddress]);
    expect(item.state.cc).toEqual([]);
    expect(item.state.bodyHtml).not.toContain('I have copied');
    expect(item.state.bodyHtml).toContain('I hope Labour hold the seat!');
    expect(item.state.bodyHtml).toContain('<b>Ferry Lane</b>');
    expect(screen.queryByRole('button', { name: 'Undo Fix all' })).toBeNull();
  });

  it('cancelling the Fix all plan changes nothing', async () => {
    const item = draft(THREE, [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }]);
    const original = item.state.bodyHtml;
    renderPane(item);
    await userEvent.click(await screen.findByRole('button', { name: 'Fix all' }));
    await userEvent.click(within(await screen.findByRole('region', { name: 'Fix all' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Fix all' })).toBeNull();
    expect(item.state.bodyHtml).toBe(original);
    expect(screen.getByRole('button', { name: 'Fix all' })).toBeTruthy();
  });

  it('dismisses a finding with a reason, kept in sessionData for the on-send check', async () => {
    const item = draft('<p>Dear Cllr Hussain,</p><p>I hope Labour hold the seat!</p><p>Regards,</p><p>Fatima</p>');
    renderPane(item);
    await userEvent.click(await screen.findByRole('button', { name: 'Dismiss…' }));
    // An error needs a real reason: one character is not enough.
    await userEvent.click(screen.getByRole('radio', { name: 'Another reason' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Your reason' }), 'x');
    expect((screen.getByRole('button', { name: 'Dismiss for this email' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: 'Your reason' }), '{Backspace}Quoting the resident\'s own words');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss for this email' }));
    expect(await screen.findByRole('region', { name: 'Dismissed (1)' })).toBeTruthy();
    expect(JSON.parse(item.state.sessionData[DISMISSALS_KEY]!)[0]).toMatchObject({ ruleId: 'political-content', reason: 'Quoting the resident\'s own words' });
    expect(screen.getByText('All clear')).toBeTruthy();
    // Focus stays in the pane (no card left: the Dismissed heading).
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Dismissed (1)'));
    // A one-word edit of the sentence keeps it dismissed.
    await act(async () => {
      item.state.bodyHtml = item.state.bodyHtml.replace('I hope', 'I do hope');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Dismissed (1)' }).textContent).not.toContain('no longer found'));
    expect(screen.queryByRole('article')).toBeNull();
    // Undo brings it back.
    await userEvent.click(screen.getByRole('button', { name: 'Undo: Party-political content' }));
    expect(await screen.findByRole('article', { name: 'Party-political content' })).toBeTruthy();
    expect(JSON.parse(item.state.sessionData[DISMISSALS_KEY]!)).toEqual([]);
  });

  it('Escape and Cancel close the reason form with focus back on Dismiss; a dismissal moves focus to the next card', async () => {
    renderPane(draft(THREE, [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }]));
    const bcc = await screen.findByRole('article', { name: 'Blind copy (Bcc)' });
    await userEvent.click(within(bcc).getByRole('button', { name: 'Dismiss…' }));
    expect(within(bcc).getByRole('radiogroup')).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(within(bcc).queryByRole('radiogroup')).toBeNull();
    expect(document.activeElement).toBe(within(bcc).getByRole('button', { name: 'Dismiss…' }));
    await userEvent.click(within(bcc).getByRole('button', { name: 'Dismiss…' }));
    await userEvent.click(within(bcc).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(within(bcc).getByRole('button', { name: 'Dismiss…' }));
    await userEvent.click(within(bcc).getByRole('button', { name: 'Dismiss…' }));
    await userEvent.click(within(bcc).getByRole('radio', { name: 'The person asked for this' }));
    await userEvent.click(within(bcc).getByRole('button', { name: 'Dismiss for this email' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Blind copy (Bcc)' })).toBeNull());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Party-political content'));
  });

  it('says when the directory cannot be loaded, and still runs the rules that need none', async () => {
    const broken: JsonSource = async (path) => { if (path === 'config/directory.json') throw new Error('config/directory.json: the server answered 500'); return {}; };
    renderPane(draft('<p>Dear Cllr Hussain,</p><p>I hope Labour hold the seat!</p><p>Regards,</p><p>Fatima</p>'), broken);
    expect(await screen.findByText('The council directory could not be loaded')).toBeTruthy();
    expect(screen.getByText('config/directory.json: the server answered 500')).toBeTruthy();
    expect(await screen.findByText('Party-political content')).toBeTruthy();
  });

  it('re-checks when the recipients change', async () => {
    const item = draft('<p>Dear Cllr Hussain,</p><p>Ferry Lane is cleared.</p><p>Regards,</p><p>Fatima</p>');
    renderPane(item);
    await screen.findByText('Ward members not copied');
    await act(async () => {
      item.setRecipientsByUser('cc', [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }, { displayName: 'Cllr Alan Price', emailAddress: 'alan.price@harburyvale.gov.uk' }]);
    });
    await waitFor(() => expect(screen.queryByText('Ward members not copied')).toBeNull());
  });
});
