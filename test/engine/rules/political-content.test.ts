import { politicalContent } from '../../../src/engine/rules/political-content';
import { policySchema } from '../../../src/engine';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const fromOfficer = (...paragraphs: string[]): string => letter('Dear Cllr Rahman,', paragraphs, 'Kind regards,', ['Fatima Noor', 'Waste Services Manager']);
const fromMember = (...paragraphs: string[]): string => letter('Dear Fatima,', paragraphs, 'Thanks,', ['Hugh', '', 'Cllr Hugh Carver', 'Leader of the Conservative Group']);
const officerDraft = (...paragraphs: string[]) => aDraft().from(officer.noor).to(cllr.rahman).body(fromOfficer(...paragraphs)).build();
const memberDraft = (...paragraphs: string[]) => aDraft().from(cllr.carver).to(officer.noor).body(fromMember(...paragraphs)).build();

ruleTester.run(politicalContent, {
  valid: [
    { name: '"Labour costs" at the start of a sentence', draft: officerDraft('Labour costs make up 58% of the service.') },
    { name: '"labour market"', draft: officerDraft('The tight labour market for HGV drivers has pushed up agency costs.') },
    { name: '"green waste" and "green bins"', draft: officerDraft('Green waste collections restart in March and the green bins will be emptied fortnightly.') },
    { name: '"a conservative estimate"', draft: officerDraft('On a conservative estimate we expect 21,000 subscriptions.') },
    { name: '"Conservative estimate" capitalised at a sentence start', draft: officerDraft('Conservative estimates put the cost at £40,000.') },
    { name: '"an independent review" / "Independent Remuneration Panel"', draft: officerDraft('An independent review will report to the Independent Remuneration Panel.') },
    { name: '"the working party" / "cross-party"', draft: officerDraft('The cross-party Waste Working Party meets on Monday.') },
    { name: '"third party"', draft: officerDraft('The composting is done by a third party under contract.') },
    { name: '"Liberal use of…" and "fairly liberal"', draft: officerDraft('Liberal use of grit is not needed. We have been fairly liberal with late renewals.') },
    { name: '"party wall"', draft: officerDraft('Party wall matters are a civil matter under the Party Wall etc. Act 1996.') },
    { name: 'places with "Green" in the name', draft: officerDraft('The crews will start at Brookside Green and finish at Greenacres and Kingsley Green.') },
    { name: '"planning reform"', draft: officerDraft('The Planning Reform Bill will change how committees work.') },
    { name: 'a neutral mention of a party group (no praise or attack)', draft: officerDraft('The Labour Group has asked for a briefing on the budget, which I will give on Tuesday.') },
    { name: 'a party group leader\'s signature', draft: memberDraft('Could you let me know when the bins on Station Road will be emptied?') },
    { name: 'members voting on a committee recommendation', draft: officerDraft('Members will vote for the recommendation at Cabinet on Tuesday.') },
    { name: 'canvassing views in a consultation', draft: officerDraft('We will canvass views from residents before the designs are drawn up.') },
    { name: 'the recruitment canvassing warning', draft: officerDraft('Canvassing of members will disqualify an applicant.') },
    { name: 'a job selection meeting', draft: officerDraft('The selection meeting for the new Head of Planning is on Friday.') },
    { name: 'taking a seat', draft: officerDraft('Please take a seat in reception when you arrive.') },
    { name: 'the committee re-elects its chair', draft: officerDraft('The committee will re-elect its chair at the annual meeting.') },
    { name: 'party words only in the quoted thread',
      draft: aDraft().from(officer.noor).to(cllr.rahman).composeType('reply')
        .body(`${fromOfficer('The figures are attached.')}\n\n-----Original Message-----\nFrom: Cllr Nadia Rahman\nSent: 1 March 2027\nTo: Fatima Noor\nSubject: Figures\n\nThis is what years of Tory cuts look like. Can you send the figures?`).build() },
    { name: 'a resident writes to a resident (not Council e-mail)',
      draft: aDraft().from(resident.gmail).to(resident.btinternet).body('Vote Labour on Thursday!').build() },
  ],
  invalid: [
    { name: 'an officer wishes a member luck with the canvassing',
      draft: officerDraft('The papers are in your pigeonhole.', 'Good luck with the canvassing at the weekend – I hope Labour hold on to the seat!'),
      findings: [{ severity: 'error', spans: ['Good luck with the canvassing at the weekend – I hope Labour hold on to the seat!', 'canvassing', 'Labour', 'hold on to the seat'] }],
      output: { body: fromOfficer('The papers are in your pigeonhole.') } },
    { name: 'a member asks an officer to book a room for a party selection meeting and print leaflets',
      draft: memberDraft('Could Committee Room 2 be booked on Thursday? The Kingsmead Conservative branch is holding its selection meeting to choose our candidates.',
        'Could the print room also run off 400 copies of our leaflet for a leaflet drop on Mead Road?'),
      findings: [{ severity: 'error' }, { severity: 'error', spans: ['Could the print room also run off 400 copies of our leaflet for a leaflet drop on Mead Road?', 'our leaflet', 'leaflet drop'] }] },
    { name: 'a member attacks another party in an e-mail to an officer: a warning',
      draft: memberDraft('Could you send me the repair figures for Station Road?', 'Frankly, this is what happens when a Labour-run council treats tenants as an afterthought.'),
      findings: [{ severity: 'warning', message: ['party-political'] }],
      output: { body: fromMember('Could you send me the repair figures for Station Road?', 'Frankly, this is what happens when a Council treats tenants as an afterthought.') } },
    { name: 'the second fix removes the sentence', fixIndex: 1,
      draft: memberDraft('Could you send me the repair figures?', 'Frankly, this is what happens when a Labour-run council treats tenants as an afterthought.'),
      findings: [{ severity: 'warning' }],
      output: { body: fromMember('Could you send me the repair figures?') } },
    { name: '"Tory cuts" in the member\'s own text', draft: memberDraft('This flooding is what years of Tory cuts look like.'), findings: [{ severity: 'warning' }] },
    { name: '"Lib Dems" with an attack word', draft: memberDraft('The Lib Dems have made a mess of the Station Road scheme.'), findings: [{ severity: 'warning' }] },
    { name: 'party business to the party-group mailbox on the council domain',
      draft: aDraft().from(cllr.price).to(mailbox.labourGroup)
        .body(letter('Dear colleagues,', ['The branch selection meetings for the May elections are next Thursday.', "Could everyone tell me when they're free for canvassing? We need to win back Kingsmead."], 'Best wishes,', ['Alan'])).build(),
      findings: [{ severity: 'warning' }, { severity: 'warning' }, { severity: 'warning' }] },
    { name: 'electioneering in an officer\'s reply: "vote for"', draft: officerDraft('Between us, I will certainly vote for you in May.'), findings: [{ severity: 'error' }] },
    { name: 'a corporate press release with party praise in the pre-election period',
      draft: aDraft().from(mailbox.press).to(resident.journalist).subject('PRESS RELEASE: New play area').now('2027-04-13T09:30:00Z')
        .body('PRESS RELEASE\n\nCllr Beth Holloway said: "Thanks to the Labour administration\'s investment, children have a new play area."\n\nENDS').build(),
      findings: [{ severity: 'error', message: ['pre-election'] }],
      output: { body: 'PRESS RELEASE\n\nCllr Beth Holloway said: "Thanks to the Council\'s investment, children have a new play area."\n\nENDS' } },
  ],
});

describe('political-content policy', () => {
  it('can be switched off by the council', () => {
    const { check } = jest.requireActual('../../../src/engine') as typeof import('../../../src/engine');
    const { sampleDirectory } = jest.requireActual('../../../src/sample-council') as typeof import('../../../src/sample-council');
    const draft = officerDraft('I hope Labour hold the seat!');
    const on = check(draft, { directory: sampleDirectory, rules: [politicalContent] });
    const off = check(draft, { directory: sampleDirectory, rules: [politicalContent], policy: policySchema.parse({ rules: { 'political-content': { severity: 'off' } } }) });
    expect(on).toHaveLength(1);
    expect(off).toEqual([]);
  });
});

describe('political-content in the subject line', () => {
  const { check } = jest.requireActual('../../../src/engine') as typeof import('../../../src/engine');
  const { sampleDirectory } = jest.requireActual('../../../src/sample-council') as typeof import('../../../src/sample-council');
  it('is reported when the message itself is clean', () => {
    const draft = aDraft().from(cllr.price).to(mailbox.labourGroup).subject('Selection meetings and canvassing rota')
      .body(letter('Dear colleagues,', ['Details to follow.'], 'Best wishes,', ['Alan'])).build();
    const findings = check(draft, { directory: sampleDirectory, rules: [politicalContent] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('The subject line is');
    expect(findings[0]!.spans).toEqual([]);
  });
  it('ignores a subject with look-alikes only', () => {
    const draft = aDraft().from(officer.noor).to(cllr.rahman).subject('Labour costs and green waste – a conservative estimate').body(fromOfficer('Figures attached.')).build();
    expect(check(draft, { directory: sampleDirectory, rules: [politicalContent] })).toEqual([]);
  });
});
