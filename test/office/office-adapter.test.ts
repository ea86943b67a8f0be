import { check } from '../../src/engine';
import { officeMailHost } from '../../src/office/office-adapter';
import { FakeComposeItem } from '../../src/office/fake/fake-compose-item';
import { sampleDirectory } from '../../src/sample-council';

const bodyHtml = '<p>Dear Cllr Price,</p><p>The fly-tipping on <b>Ferry Lane</b> is cleared. See the <a href="https://harburyvale.gov.uk/map">map</a>: <img src="cid:map.png"></p>' +
  '<p>I hope Labour hold the seat!</p><p>Kind regards,</p><p>Fatima Noor</p>';

function compose(): FakeComposeItem {
  return new FakeComposeItem({
    from: { displayName: 'Fatima Noor', emailAddress: 'fatima.noor@harburyvale.gov.uk' },
    to: [{ displayName: 'Cllr Alan Price', emailAddress: 'alan.price@harburyvale.gov.uk' }],
    bcc: [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }],
    subject: 'Ferry Lane', bodyHtml, composeType: 'reply',
  });
}

describe('officeMailHost.readDraft', () => {
  it('reads every field, the body as HTML mapped to text, and the compose type', async () => {
    const draft = await officeMailHost(compose(), { now: () => new Date('2027-02-09T10:00:00Z') }).readDraft();
    expect(draft).toMatchObject({
      from: { name: 'Fatima Noor', email: 'fatima.noor@harburyvale.gov.uk' },
      to: [{ name: 'Cllr Alan Price', email: 'alan.price@harburyvale.gov.uk' }],
      bcc: [{ email: 'beth.holloway@harburyvale.gov.uk' }],
      subject: 'Ferry Lane', composeType: 'reply', now: '2027-02-09T10:00:00.000Z', bodyHtml,
    });
    expect(draft.body).toContain('The fly-tipping on Ferry Lane is cleared.');
  });

  it('leaves out recipients Outlook has not resolved yet (as getAsync does)', async () => {
    const item = compose();
    item.state.cc = [{ emailAddress: 'half typed', unresolved: true }];
    expect((await officeMailHost(item).readDraft()).cc).toEqual([]);
  });

  it('rejects with Office\'s error code when a read fails', async () => {
    const item = compose();
    item.failNext('body.getAsync', 9002);
    await expect(officeMailHost(item).readDraft()).rejects.toMatchObject({ name: 'OfficeCallError', code: 9002, operation: 'body.getAsync' });
  });
});

describe('officeMailHost.applyEdits', () => {
  it('moves a member from Bcc to Cc with cc.addAsync then bcc.setAsync, and inserts the sentence', async () => {
    const item = compose();
    const host = officeMailHost(item);
    const finding = check(await host.readDraft(), { directory: sampleDirectory }).find((f) => f.ruleId === 'no-blind-copy')!;
    const result = await host.applyEdits(finding.fixes[0]!.edits);
    expect(result.skipped).toEqual([]);
    expect(item.state.bcc).toEqual([]);
    expect(item.state.cc.map((r) => r.emailAddress)).toEqual(['beth.holloway@harburyvale.gov.uk']);
    const order = item.calls.filter((c) => /^(cc\.addAsync|bcc\.setAsync)$/.test(c));
    expect(order).toEqual(['cc.addAsync', 'bcc.setAsync']);
    expect(item.state.bodyHtml).toContain('<p>I have copied this email to Cllr Beth Holloway.</p><p>Kind regards,</p>');
  });

  it('replaces only the political sentence: bold, link and image survive', async () => {
    const item = compose();
    const host = officeMailHost(item);
    const finding = check(await host.readDraft(), { directory: sampleDirectory }).find((f) => f.ruleId === 'political-content')!;
    await host.applyEdits(finding.fixes.at(-1)!.edits);
    expect(item.state.bodyHtml).not.toContain('Labour');
    expect(item.state.bodyHtml).toContain('<b>Ferry Lane</b>');
    expect(item.state.bodyHtml).toContain('<a href="https://harburyvale.gov.uk/map">map</a>');
    expect(item.state.bodyHtml).toContain('<img src="cid:map.png">');
    // And checking again, the finding is gone.
    const again = check(await host.readDraft(), { directory: sampleDirectory });
    expect(again.some((f) => f.ruleId === 'political-content')).toBe(false);
  });

  it('does not add someone twice, and reports a removal of someone no longer there', async () => {
    const item = compose();
    const result = await officeMailHost(item).applyEdits([
      { op: 'addRecipient', field: 'to', email: 'ALAN.PRICE@harburyvale.gov.uk' },
      { op: 'removeRecipient', field: 'cc', email: 'nobody@harburyvale.gov.uk' },
    ]);
    expect(item.state.to).toHaveLength(1);
    expect(result.skipped.map((s) => s.reason)).toEqual(['nobody@harburyvale.gov.uk is no longer in cc']);
  });

  it('reports an Office failure as a skipped edit and leaves the body untouched', async () => {
    const item = compose();
    item.failNext('body.setAsync', 9002);
    const result = await officeMailHost(item).applyEdits([{ op: 'insertText', anchor: 'beforeSignOff', text: 'Hello.' }]);
    expect(result.applied).toEqual([]);
    expect(result.skipped[0]!.reason).toMatch(/Outlook could not do this \(body.setAsync failed \(9002\)/);
    expect(item.state.bodyHtml).toBe(bodyHtml);
  });

  it('adds more than 100 recipients in calls of at most 100', async () => {
    const item = compose();
    const edits = Array.from({ length: 150 }, (_, i) => ({ op: 'addRecipient' as const, field: 'cc' as const, email: `r${i}@example.org` }));
    const result = await officeMailHost(item).applyEdits(edits);
    expect(result.skipped).toEqual([]);
    expect(item.state.cc).toHaveLength(150);
    expect(item.calls.filter((c) => c === 'cc.addAsync')).toHaveLength(2);
  });

  it('delays delivery where the host supports it', async () => {
    const item = compose();
    await officeMailHost(item).applyEdits([{ op: 'setDelayDelivery', time: '2027-02-15T09:00:00Z' }]);
    expect(item.state.delayDeliveryTime?.toISOString()).toBe('2027-02-15T09:00:00.000Z');
  });
});

describe('officeMailHost session data and events', () => {
  it('stores and reads per-item values, and treats a missing key as undefined', async () => {
    const host = officeMailHost(compose());
    expect(await host.getSessionValue('x')).toBeUndefined();
    await host.setSessionValue('x', '1');
    expect(await host.getSessionValue('x')).toBe('1');
  });

  it('calls back when the user changes recipients', async () => {
    const item = compose();
    const handler = jest.fn();
    expect(await officeMailHost(item).onRecipientsChanged(handler)).toBe(true);
    item.setRecipientsByUser('cc', [{ emailAddress: 'kamal.hussain@harburyvale.gov.uk' }]);
    await new Promise((r) => setTimeout(r, 5));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('officeMailHost with a plain-text message', () => {
  const text = 'Dear Cllr Price,\n\nThe bins on Ferry Lane are done.\n\nI hope Labour hold the seat!\n\nKind regards,\nFatima Noor';
  function plain(): FakeComposeItem {
    const item = compose();
    item.state.bodyType = 'text';
    item.state.bodyHtml = text;
    return item;
  }

  it('asks for the body type and reads the text as text', async () => {
    const item = plain();
    const draft = await officeMailHost(item).readDraft();
    expect(item.calls).toContain('body.getTypeAsync');
    expect(draft.body).toBe(text);
    expect(draft.bodyType).toBe('text');
  });

  it('writes a fix as plain text, so the message stays plain text', async () => {
    const item = plain();
    const host = officeMailHost(item);
    const findings = check(await host.readDraft(), { directory: sampleDirectory });
    const political = findings.find((f) => f.ruleId === 'political-content')!;
    const copy = findings.find((f) => f.ruleId === 'no-blind-copy')!;
    const result = await host.applyEdits([...political.fixes.at(-1)!.edits, ...copy.fixes[0]!.edits]);
    expect(result.skipped).toEqual([]);
    expect(item.state.bodyType).toBe('text');
    expect(item.state.bodyHtml).not.toMatch(/<|&amp;|Labour/);
    expect(item.state.bodyHtml).toContain('I have copied this email to Cllr Beth Holloway.\n\nKind regards,\nFatima Noor');
  });
});

describe('officeMailHost when the body changes between the check and the fix', () => {
  it('re-reads the body: text typed since the check is kept and a moved sentence is still removed', async () => {
    const item = compose();
    const host = officeMailHost(item);
    const finding = check(await host.readDraft(), { directory: sampleDirectory }).find((f) => f.ruleId === 'political-content')!;
    // The user types a new first paragraph while the pane shows the finding.
    item.state.bodyHtml = item.state.bodyHtml.replace('<p>Dear Cllr Price,</p>', '<p>Dear Cllr Price,</p><p>Sorry for the delay in replying.</p>');
    const result = await host.applyEdits(finding.fixes.at(-1)!.edits);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toEqual(finding.fixes.at(-1)!.edits);
    expect(item.state.bodyHtml).toContain('<p>Sorry for the delay in replying.</p>');
    expect(item.state.bodyHtml).not.toContain('Labour');
  });

  it('skips and reports a change to words the user has since rewritten, and keeps what they wrote', async () => {
    const item = compose();
    const host = officeMailHost(item);
    const finding = check(await host.readDraft(), { directory: sampleDirectory }).find((f) => f.ruleId === 'political-content')!;
    item.state.bodyHtml = item.state.bodyHtml.replace('I hope Labour hold the seat!', 'I hope Labour hold the seat, as I said.');
    const before = item.state.bodyHtml;
    const result = await host.applyEdits(finding.fixes.at(-1)!.edits);
    expect(result.applied).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['the text has changed since the check; check again']);
    expect(item.state.bodyHtml).toBe(before);
    expect(item.calls).not.toContain('body.setAsync');
  });

  it('reads the body again just before writing', async () => {
    const item = compose();
    const host = officeMailHost(item);
    await host.readDraft();
    const reads = item.calls.filter((c) => c === 'body.getAsync').length;
    await host.applyEdits([{ op: 'insertText', anchor: 'beforeSignOff', text: 'Hello.' }]);
    const calls = item.calls.slice(item.calls.lastIndexOf('body.getAsync'));
    expect(item.calls.filter((c) => c === 'body.getAsync')).toHaveLength(reads + 1);
    expect(calls).toContain('body.setAsync');
  });
});
