import { applyEdits, type Draft } from '../../../src/engine';

const draft: Draft = { from: { email: 'a@x.gov.uk' }, to: [{ email: 'b@x.gov.uk' }], cc: [], bcc: [{ email: 'c@x.gov.uk' }], subject: 's',
  body: 'Dear Ann,\n\nFirst point. Second point.\n\nKind regards,\nBob\n\nFrom: Ann\nSent: Monday\n\nQuoted.' };

describe('applyEdits', () => {
  it('inserts at each anchor, keeping paragraphs apart and the thread untouched', () => {
    const { draft: out, skipped } = applyEdits(draft, [
      { op: 'insertText', anchor: 'afterGreeting', text: 'A.' },
      { op: 'insertText', anchor: 'beforeSignOff', text: 'B.' },
      { op: 'insertText', anchor: 'end', text: 'C.' },
    ]);
    expect(skipped).toEqual([]);
    expect(out.body).toBe('Dear Ann,\n\nA.\n\nFirst point. Second point.\n\nB.\n\nKind regards,\nBob\n\nC.\n\nFrom: Ann\nSent: Monday\n\nQuoted.');
  });

  it('skips a replacement whose text has changed, and one that overlaps another change', () => {
    const start = draft.body.indexOf('First');
    const { applied, skipped, draft: out } = applyEdits(draft, [
      { op: 'replaceText', span: { start, end: start + 12, text: 'First point.' }, replacement: 'One.' },
      { op: 'replaceText', span: { start, end: start + 5, text: 'First' }, replacement: 'X' },
      { op: 'replaceText', span: { start: 0, end: 4, text: 'Nope' }, replacement: 'Y' },
    ]);
    expect(out.body).toContain('X point. Second point.'); // changes apply in body order; the overlapping one is skipped
    expect(applied).toHaveLength(1);
    expect(skipped.map((s) => s.reason)).toEqual(['the text has changed since the check; check again', 'it overlaps another change to the same words']);
  });

  it('moves recipients without duplicates and reports a removal of someone absent', () => {
    const { draft: out, skipped } = applyEdits(draft, [
      { op: 'removeRecipient', field: 'bcc', email: 'C@x.gov.uk' },
      { op: 'addRecipient', field: 'cc', email: 'c@x.gov.uk', name: 'C' },
      { op: 'addRecipient', field: 'to', email: 'B@X.gov.uk' },
      { op: 'removeRecipient', field: 'cc', email: 'zed@x.gov.uk' },
      { op: 'setDelayDelivery', time: '2027-02-15T09:00:00Z' },
    ]);
    expect(out.bcc).toEqual([]);
    expect(out.cc).toEqual([{ name: 'C', email: 'c@x.gov.uk' }]);
    expect(out.to).toEqual([{ email: 'b@x.gov.uk' }]);
    expect(out.delayDelivery).toBe('2027-02-15T09:00:00Z');
    expect(skipped.map((s) => s.reason)).toEqual(['zed@x.gov.uk is not in Cc']);
    expect(draft.bcc).toHaveLength(1); // the input is not mutated
  });

  it('writes into an empty body', () => {
    expect(applyEdits({ ...draft, body: '' }, [{ op: 'insertText', anchor: 'beforeSignOff', text: 'Hello.' }]).draft.body).toBe('Hello.');
  });
});
