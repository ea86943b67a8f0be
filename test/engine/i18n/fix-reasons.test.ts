// Fix all's "left out" reasons and the Office adapter's notices come back as message ids with
// parameters; the pane renders them in its language (Welsh from its on-demand chunk).
import { planFixAll, planTextChanges, type Draft, type Edit, type Finding } from '../../../src/engine';
import { reasonText } from '../../../src/engine/i18n/fix-reasons';
import { fixReasonsCy } from '../../../src/engine/i18n/fix-reasons-cy';
import { officeMailHost } from '../../../src/office/office-adapter';
import { FakeComposeItem } from '../../../src/office/fake/fake-compose-item';
import { createController } from '../../../src/taskpane/controller';
import { ENGLISH, loadWords } from '../../../src/taskpane/i18n/words';
import type { Action } from '../../../src/taskpane/state';

const body = 'Dear Ann,\n\nThe report is late. It is confidential.\n\nKind regards,\nBob';
const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length, text });

function finding(ruleId: string, edits: Edit[]): Finding {
  return { ruleId, severity: 'warning', message: ruleId, citation: '', spans: [], fixes: [{ title: ruleId, edits }] } as unknown as Finding;
}

describe('Fix all\'s left-out reasons', () => {
  it('come back as ids, and read in Welsh in the Welsh pane and in English otherwise', async () => {
    const draft: Draft = { from: { email: 'bob@x.gov.uk', name: 'Bob' }, to: [], cc: [], bcc: [], subject: 'Report', body };
    // Two fixes change the same words differently: Fix all carries out the first and leaves out the other.
    const plan = planFixAll(draft, [
      finding('a', [{ op: 'replaceText', span: span('The report is late.'), replacement: 'The paper is late.' }]),
      finding('b', [{ op: 'replaceText', span: span('report is late'), replacement: 'report is overdue' }]),
    ]);
    expect(plan.skipped.map((s) => s.why)).toEqual([{ id: 'skip.conflict', params: {} }]);
    const welsh = await loadWords('cy');
    expect(plan.skipped.map((s) => welsh.reason(s))).toEqual(['mae’n gorgyffwrdd â newid arall i’r un geiriau']);
    expect(plan.skipped.map((s) => ENGLISH.reason(s))).toEqual(['it overlaps another change to the same words']);
  });

  it('a stale edit\'s reason in Welsh, and an older host\'s reason (no id) keeps its own words', () => {
    const stale = planTextChanges(body, [{ op: 'replaceText', span: { start: 0, end: 4, text: 'Hiya' }, replacement: 'x' }]).skipped[0]!;
    expect(reasonText(stale, 'cy', fixReasonsCy)).toBe('mae’r testun wedi newid ers y gwiriad; gwiriwch eto');
    expect(reasonText({ reason: 'as the host said' }, 'cy', fixReasonsCy)).toBe('as the host said');
  });
});

describe('Fix all\'s plan.steps', () => {
  it('are English by default, and Welsh when the host asks (councillors named "Cyng.")', () => {
    const draft: Draft = { from: { email: 'bob@x.gov.uk', name: 'Bob' }, to: [], cc: [], bcc: [{ email: 'ann.lee@x.gov.uk', name: 'Cllr Ann Lee' }], subject: 'Report', body };
    const findings = [
      finding('a', [{ op: 'removeRecipient', field: 'bcc', email: 'ann.lee@x.gov.uk' }, { op: 'addRecipient', field: 'cc', email: 'ann.lee@x.gov.uk', name: 'Cllr Ann Lee' }]),
      finding('b', [{ op: 'replaceText', span: span('It is confidential.'), replacement: '' }]),
    ];
    expect(planFixAll(draft, findings).steps).toEqual(['Move Cllr Ann Lee from Bcc to Cc', 'Remove "It is confidential."']);
    expect(planFixAll(draft, findings, { steps: { lang: 'cy', catalogue: fixReasonsCy } }).steps).toEqual(['Symud Cyng. Ann Lee o Bcc i Cc', 'Dileu "It is confidential."']);
  });
});

describe('the Office adapter\'s notices in the pane', () => {
  function compose(): FakeComposeItem {
    return new FakeComposeItem({
      from: { displayName: 'Fatima Noor', emailAddress: 'fatima.noor@harburyvale.gov.uk' },
      to: [{ displayName: 'Cllr Alan Price', emailAddress: 'alan.price@harburyvale.gov.uk' }],
      subject: 'Ferry Lane', bodyHtml: '<p>Dear Cllr Price,</p><p>Cleared.</p><p>Kind regards,</p><p>Fatima Noor</p>',
    });
  }

  it('"no longer in Cc" reads in Welsh, with the address and the field as they are', async () => {
    const result = await officeMailHost(compose()).applyEdits([{ op: 'removeRecipient', field: 'cc', email: 'nobody@harburyvale.gov.uk' }]);
    expect(result.skipped.map((s) => (s.why ? s.why.id : undefined))).toEqual(['skip.noLongerIn']);
    expect(result.skipped.map((s) => reasonText(s, 'cy', fixReasonsCy))).toEqual(['nid yw nobody@harburyvale.gov.uk yn cc bellach']);
  });

  it('the controller shows the notice in the pane\'s language', async () => {
    const host = officeMailHost(compose());
    const actions: Action[] = [];
    const controller = createController(host, async () => undefined, (action) => actions.push(action), { words: await loadWords('cy'), pollMs: 60_000 });
    await controller.applyFix(finding('x', []), { title: 'x', edits: [{ op: 'removeRecipient', field: 'cc', email: 'nobody@harburyvale.gov.uk' }] });
    controller.stop();
    const fixed = actions.find((a) => a.type === 'fixed') as Extract<Action, { type: 'fixed' }>;
    expect(fixed.notice.text).toBe('Ni newidiwyd dim: nid yw nobody@harburyvale.gov.uk yn cc bellach.');
  });
});
