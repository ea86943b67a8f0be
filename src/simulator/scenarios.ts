// Drafts to start the simulator with, written for the bundled sample council (Harbury Vale); their
// names for the list are in the catalogues (src/taskpane/i18n/pane-en.ts, pane-cy.ts).
import type { FakeState } from '../office/fake/fake-compose-item';

export interface Scenario {
  /** Also names the draft in the catalogues: `sim.scenario.<id>`. */
  id: 'three-problems' | 'member-commits-council' | 'clean';
  state: Partial<FakeState>;
}

export const scenarios: Scenario[] = [
  {
    id: 'three-problems',
    state: {
      from: { displayName: 'Fatima Noor', emailAddress: 'fatima.noor@harburyvale.gov.uk' },
      to: [{ displayName: 'Cllr Alan Price', emailAddress: 'alan.price@harburyvale.gov.uk' }],
      bcc: [{ displayName: 'Cllr Beth Holloway', emailAddress: 'beth.holloway@harburyvale.gov.uk' }],
      subject: 'Fly-tipping on Ferry Lane',
      composeType: 'reply',
      bodyHtml: '<p>Dear Cllr Price,</p>' +
        '<p>Thank you for reporting the fly-tipping on <b>Ferry Lane</b>. Our crew cleared it this morning and we have opened an enforcement case; you can follow it on the <a href="https://harburyvale.gov.uk/report">council website</a>.</p>' +
        '<p><img src="assets/icon-32.png" alt="Harbury Vale crest" width="32" height="32"></p>' +
        '<p>Good luck with the canvassing on Saturday – I hope Labour hold the ward!</p>' +
        '<p>Kind regards,</p><p>Fatima Noor<br>Waste Services Manager</p>',
    },
  },
  {
    id: 'member-commits-council',
    state: {
      from: { displayName: 'Cllr Kamal Hussain', emailAddress: 'kamal.hussain@harburyvale.gov.uk' },
      to: [{ displayName: 'Riverside Rowing Club', emailAddress: 'secretary@riversiderowing.org.uk' }],
      subject: 'RE: Jetty repairs',
      composeType: 'reply',
      bodyHtml: '<p>Dear Mrs Okoro,</p><p>Thank you for showing me the jetty on Wharf Street on Saturday.</p><p>I can confirm that the Council will pay for the repairs, and the work will start in April.</p><p>Best wishes,</p><p>Kamal Hussain</p>',
    },
  },
  {
    id: 'clean',
    state: {
      from: { displayName: 'Gavin Tull', emailAddress: 'gavin.tull@harburyvale.gov.uk' },
      to: [{ displayName: 'Cllr Ian Doyle', emailAddress: 'ian.doyle@harburyvale.gov.uk' }],
      cc: [{ displayName: 'Cllr Sarah Quinn', emailAddress: 'sarah.quinn@harburyvale.gov.uk' }],
      subject: 'Mill Pond benches',
      bodyHtml: '<p>Dear Cllr Doyle,</p><p>The two benches by Mill Pond will be repaired next week. On a conservative estimate the labour costs will be about £400.</p><p>I have copied this email to Cllr Sarah Quinn, as the other Brookside ward councillor.</p><p>Kind regards,</p><p>Gavin Tull</p>',
    },
  },
];
