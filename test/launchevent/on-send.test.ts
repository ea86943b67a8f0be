import { handleMessageSend, ASKED_KEY, AUDIT_HEADER, type OnSendDependencies } from '../../src/launchevent/on-send';
import { fallbackDirectory } from '../../src/launchevent/light-config';
import { MAX_MESSAGE, TASKPANE_COMMAND_ID } from '../../src/launchevent/smart-alert';
import { DISMISSALS_KEY, findingKey } from '../../src/office/dismissals';
import { FakeComposeItem } from '../../src/office/fake/fake-compose-item';
import { officeMailHost } from '../../src/office/office-adapter';
import { check, DEFAULT_POLICY } from '../../src/engine';
import { sampleDirectory, samplePolicy } from '../../src/sample-council';

const CLEAN = '<p>Dear Cllr Doyle,</p><p>The benches will be repaired next week.</p><p>Kind regards,</p><p>Gavin</p>';
const POLITICAL = '<p>Dear Cllr Doyle,</p><p>I hope Labour hold the seat!</p><p>Kind regards,</p><p>Gavin</p>';
const WARD = '<p>Dear Cllr Doyle,</p><p>The benches by Mill Pond will be repaired.</p><p>Kind regards,</p><p>Gavin</p>';

function item(bodyHtml: string): FakeComposeItem {
  return new FakeComposeItem({
    from: { displayName: 'Gavin Tull', emailAddress: 'gavin.tull@harburyvale.gov.uk' },
    to: [{ displayName: 'Cllr Ian Doyle', emailAddress: 'ian.doyle@harburyvale.gov.uk' }],
    subject: 'Benches', bodyHtml,
  });
}

function deps(fake: FakeComposeItem, overrides: Partial<OnSendDependencies> = {}): OnSendDependencies {
  return {
    host: officeMailHost(fake),
    loadConfig: async () => ({ directory: sampleDirectory, policy: samplePolicy }),
    capabilities: { smartAlertsButtons: true },
    fallbackDirectory,
    ...overrides,
  };
}

async function send(fake: FakeComposeItem, overrides: Partial<OnSendDependencies> = {}) {
  const completed = jest.fn();
  await handleMessageSend({ completed }, deps(fake, overrides));
  expect(completed).toHaveBeenCalledTimes(1);
  return completed.mock.calls[0]![0];
}

/** Every call that would change the message's content or recipients. */
const EDITS = /^(to|cc|bcc)\.(setAsync|addAsync)$|^body\.setAsync$|^delayDeliveryTime\.setAsync$/;

describe('OnMessageSend', () => {
  it('lets a clean message go', async () => {
    const fake = item(CLEAN);
    expect(await send(fake)).toEqual({ allowEvent: true });
    expect(fake.calls.filter((c) => EDITS.test(c))).toEqual([]);
  });

  it('stops an error-level breach once, with a short message and a Review button that opens the task pane', async () => {
    const fake = item(POLITICAL);
    const answer = await send(fake);
    expect(answer).toMatchObject({ allowEvent: false, cancelLabel: 'Review', commandId: TASKPANE_COMMAND_ID });
    expect(answer.errorMessage).toContain('party-political content');
    expect(answer.errorMessage.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(answer.sendModeOverride).toBeUndefined();
    expect(fake.calls.filter((c) => EDITS.test(c))).toEqual([]);
  });

  it('offers "send anyway" for warnings on Mailbox 1.14, and stamps the audit header with rule ids only', async () => {
    const fake = item(WARD);
    const answer = await send(fake);
    expect(answer).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(fake.state.internetHeaders).toEqual({ [AUDIT_HEADER]: 'warned=ward-member-copy' });
  });

  it('asks once about warnings on older hosts, then lets the same message go', async () => {
    const fake = item(WARD);
    const older = { capabilities: { smartAlertsButtons: false } };
    expect((await send(fake, older)).allowEvent).toBe(false);
    expect(fake.state.sessionData[ASKED_KEY]).toBeDefined();
    expect(await send(fake, older)).toEqual({ allowEvent: true });
  });

  it('respects a finding the user dismissed in the task pane', async () => {
    const fake = item(POLITICAL);
    const host = officeMailHost(fake);
    const [finding] = check(await host.readDraft(), { directory: sampleDirectory, policy: samplePolicy });
    fake.state.sessionData[DISMISSALS_KEY] = JSON.stringify([{ key: findingKey(finding!), ruleId: finding!.ruleId, reason: 'Quoting a resident' }]);
    expect(await send(fake)).toEqual({ allowEvent: true });
    expect(fake.state.internetHeaders[AUDIT_HEADER]).toBe('dismissed=political-content');
  });

  it('fails open, and says so, when the config cannot be loaded', async () => {
    const fake = item(POLITICAL);
    const answer = await send(fake, { loadConfig: async () => { throw new Error('config/directory.json: the server answered 500'); } });
    expect(answer).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(answer.errorMessage).toContain('could not check this email (config/directory.json: the server answered 500)');
    expect(fake.state.internetHeaders[AUDIT_HEADER]).toBe('check-failed');
  });

  it('fails open silently on hosts without "send anyway", so mail is never stuck', async () => {
    const fake = item(POLITICAL);
    fake.failNext('body.getAsync', 9002);
    expect(await send(fake, { capabilities: { smartAlertsButtons: false } })).toEqual({ allowEvent: true });
  });

  it('fails closed when the council\'s policy says so', async () => {
    const fake = item(CLEAN);
    fake.failNext('body.getAsync', 9002);
    const answer = await send(fake, { loadConfig: async () => ({ directory: sampleDirectory, policy: { ...DEFAULT_POLICY, onSendFailure: 'block' } }) });
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toContain('Your council asks that it is checked before sending');
  });

  it('still runs the rules that need no directory when there is none', async () => {
    const fake = item(POLITICAL);
    const answer = await send(fake, { loadConfig: async () => ({ directory: undefined, policy: DEFAULT_POLICY }) });
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toContain('party-political content');
  });
});

describe('OnMessageSend on Mailbox 1.15', () => {
  it('adds a Markdown message that names each problem, within 500 characters', async () => {
    const fake = item(POLITICAL);
    const answer = await send(fake, { capabilities: { smartAlertsButtons: true, markdown: true } });
    expect(answer.errorMessageMarkdown).toMatch(/^\*\*Protocol Check\*\* found:\n\n- \*\*party\\-political content\*\*/);
    expect(answer.errorMessageMarkdown.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(answer.errorMessage).toBeDefined();
  });
});
