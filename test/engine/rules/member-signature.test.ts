import { memberSignature } from '../../../src/engine/rules/member-signature';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const fromMember = (name: string, ...paragraphs: string[]): string => letter('Dear Mr Jones,', paragraphs, 'Best wishes,', [name]);

ruleTester.run(memberSignature, {
  valid: [
    { name: 'an officer in their own name agrees to hire the hall', draft: aDraft().from(officer.stone).to(resident.club)
      .body(letter('Dear Mrs Harding,', ['The Council agrees to hire the main hall at your rate of £120, and will pay on receipt of your invoice.'], 'Kind regards,', ['Emily Stone', 'Democratic Services Officer'])).build() },
    { name: 'a member asks officers whether the Council will pay',
      draft: aDraft().from(cllr.hussain).to(resident.gmail).body(fromMember('Kamal Hussain', 'As your ward councillor I have asked officers whether the Council will pay for the repair.')).build() },
    { name: 'a member reports what officers are doing',
      draft: aDraft().from(cllr.hussain).to(resident.gmail).body(fromMember('Kamal Hussain', 'I have reported the broken gate to the parks team and asked them to repair it.')).build() },
    { name: 'a member asks an officer colleague to act (not a letter on behalf of the Council)',
      draft: aDraft().from(cllr.hussain).to(officer.tull).body(letter('Hi Gavin,', ['Please make sure the gate on Ferry Lane is repaired this week.'], 'Thanks,', ['Kamal'])).build() },
    { name: 'another council will pay (county council)',
      draft: aDraft().from(cllr.hussain).to(resident.gmail).body(fromMember('Kamal Hussain', 'The county council will pay for the new crossing, as it is the highway authority.')).build() },
    { name: 'an officer may commit the Council',
      draft: aDraft().from(officer.tull).to(resident.club).body(letter('Dear Secretary,', ['I can confirm that the Council will pay for the replacement fence.'], 'Kind regards,', ['Gavin Tull'])).build() },
    { name: 'the Mayor accepts an invitation on behalf of the Council',
      draft: aDraft().from({ name: 'The Mayor', email: 'mayor@harburyvale.gov.uk' }).to(resident.club)
        .body(letter('Dear Secretary,', ['As Mayor, I am delighted to accept your invitation on behalf of the Council.'], 'With best wishes,', ['Councillor Ruth Pennington', 'Mayor of Harbury Vale'])).build() },
    { name: 'the Leader writes officially',
      draft: aDraft().from(cllr.price).to(resident.club).body(fromMember('Cllr Alan Price', 'On behalf of the Council, thank you for fifty years of the regatta.')).build() },
    { name: 'a Cabinet member writes officially on her own portfolio',
      draft: aDraft().from(cllr.holloway).to({ email: 'ceo@valehomes.org.uk' }).subject('Housing nominations')
        .body(fromMember('Cllr Beth Holloway', 'The Council has decided to review the housing nominations agreement with all partners.')).build() },
    { name: 'a representation to a Minister',
      draft: aDraft().from(cllr.carver).to({ email: 'correspondence@communities.gov.uk' })
        .body(letter('Dear Minister,', ['I am writing on behalf of Harbury Vale District Council to ask for a meeting about flood funding.'], 'Yours sincerely,', ['Cllr Hugh Carver'])).build() },
    { name: 'the Council approved something in the past (a report, not a commitment)',
      draft: aDraft().from(cllr.hussain).to(resident.gmail).body(fromMember('Kamal Hussain', 'The Council approved the new play area budget in February.')).build() },
  ],
  invalid: [
    { name: 'an officer\u2019s account signed "Cllr": the Council agrees to hire and will pay the invoice', draft: aDraft().from(officer.stone).to(resident.club)
      .body(letter('Dear Mrs Harding,', ['The Council agrees to hire the main hall from 1.30pm at your rate of £120, and will pay on receipt of your invoice.'], 'Diolch yn fawr,', ['Cllr Ian Doyle', 'Chair of Planning Committee'])).build(),
      findings: [{ severity: 'error' }] },
    { name: 'a member promises a repair by a date and a refund on the Council\'s behalf',
      draft: aDraft().from(cllr.hussain).to(resident.gmail).body(fromMember('Kamal Hussain', 'As your ward councillor I can confirm that the Council will have the railing replaced by Friday, and that we will reimburse you for the coat.')).build(),
      findings: [{ severity: 'error' }] },
    { name: 'a Cabinet member writes for the Council outside her portfolio: the portfolio in her signature does not count',
      draft: aDraft().from(cllr.holloway).to({ email: 'office@valebuses.co.uk' }).subject('Route 7 timetable')
        .body(fromMember('Cllr Beth Holloway\nCabinet Member for Housing and Communities', 'I am writing on behalf of the Council: the Council has decided to fund the extra evening buses on route 7.')).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'a backbencher promises the Council will pay',
      draft: aDraft().from(cllr.hussain).to(resident.club)
        .body(fromMember('Cllr Kamal Hussain', 'Thank you for showing me the jetty.', 'I can confirm that the Council will pay for the repairs to the jetty. You do not need to get quotes.')).build(),
      findings: [{ severity: 'error', spans: ['the Council will pay'], message: ['commits the Council'] }],
      // Nobody to ask (no officer copied, no team named): the fix only removes the promise, and its title says so.
      output: { body: fromMember('Cllr Kamal Hussain', 'Thank you for showing me the jetty.', 'You do not need to get quotes.') } },
    { name: 'the officer whose team the email names is copied and asked',
      draft: aDraft().from(cllr.hussain).to(resident.contractor)
        .body(fromMember('Cllr Kamal Hussain', 'The bins on Wharf Street were missed again.', 'The Council will pay for a special waste collection this week.')).build(),
      findings: [{ severity: 'error', message: ['Fatima Noor'] }],
      output: { cc: [{ name: 'Fatima Noor', email: officer.noor.email }],
        body: fromMember('Cllr Kamal Hussain', 'The bins on Wharf Street were missed again.', 'I have asked Fatima Noor (Waste and Street Scene) to confirm this; they are copied.') } },
    { name: 'an officer already copied is asked, not added twice',
      draft: aDraft().from(cllr.lewis).to(resident.contractor).cc(officer.ellis).subject('Verge cutting on Mead Road')
        .body(fromMember('Cllr Owen Lewis', 'You are instructed to suspend verge cutting on Mead Road with immediate effect.', 'Please confirm by Friday.')).build(),
      findings: [{ severity: 'error' }],
      output: { cc: [officer.ellis],
        body: fromMember('Cllr Owen Lewis', 'I have asked Rob Ellis (Place and Environment) to confirm this; they are copied.', 'Please confirm by Friday.') } },
    { name: 'a Cabinet member instructs a contractor on her own portfolio (still an error)',
      draft: aDraft().from(cllr.lewis).to(resident.contractor).cc(officer.ellis).subject('Verge cutting on Mead Road')
        .body(fromMember('Cllr Owen Lewis', 'You are instructed to suspend verge cutting on Mead Road with immediate effect.', 'Please confirm by Friday.')).build(),
      findings: [{ severity: 'error', spans: ['You are instructed to'], message: ['Rob Ellis'] }] },
    { name: 'a backbencher writes officially "on behalf of the Council" to an outside body',
      draft: aDraft().from(cllr.quinn).to(resident.club)
        .body(fromMember('Cllr Sarah Quinn', 'I am writing on behalf of the Council to say that the Council has decided to end the grant.')).build(),
      findings: [{ severity: 'warning', spans: ['on behalf of the Council', 'the Council has decided'] }] },
    { name: 'the council\'s own name stands for "the Council"',
      draft: aDraft().from(cllr.quinn).to(resident.club)
        .body(fromMember('Cllr Sarah Quinn', 'I write on behalf of Harbury Vale District Council about the lease.')).build(),
      findings: [{ severity: 'warning', spans: ['on behalf of Harbury Vale District Council'] }] },
    { name: 'an unknown sender who signs as a councillor',
      draft: aDraft().from({ name: 'Jo Bright', email: 'jo.bright@gmail.com' }).to(resident.contractor)
        .body(letter('Dear Sirs,', ['This letter authorises the release of the retention payment.'], 'Regards,', ['Cllr Jo Bright'])).build(),
      findings: [{ severity: 'error', spans: ['This letter authorises'] }] },
  ],
});

describe('member-signature: the fix says what it does', () => {
  const { check } = jest.requireActual('../../../src/engine') as typeof import('../../../src/engine');
  const { sampleDirectory } = jest.requireActual('../../../src/sample-council') as typeof import('../../../src/sample-council');
  const titles = (d: ReturnType<ReturnType<typeof aDraft>['build']>) => check(d, { directory: sampleDirectory, rules: [memberSignature] }).flatMap((f) => f.fixes.map((x) => x.title));
  it.each([
    ['copies an officer it adds', aDraft().from(cllr.hussain).to(resident.contractor).body(fromMember('Cllr Kamal Hussain', 'The Council will pay for a special waste collection this week.')).build(), 'Copy and ask Fatima Noor to confirm it instead'],
    ['asks an officer already copied', aDraft().from(cllr.hussain).to(resident.contractor).cc(officer.ellis).body(fromMember('Cllr Kamal Hussain', 'The Council will pay for the repairs.')).build(), 'Ask Rob Ellis to confirm it instead'],
    ['only removes when there is nobody to ask', aDraft().from(cllr.hussain).to(resident.club).body(fromMember('Cllr Kamal Hussain', 'The Council will pay for the repairs to the jetty.')).build(), 'Remove the sentence that commits the Council (then ask an officer to reply)'],
  ])('%s', (_name, draft, title) => {
    expect(titles(draft)).toEqual([title]);
  });
});

describe('member-signature: the council named in short', () => {
  const { check } = jest.requireActual('../../../src/engine') as typeof import('../../../src/engine');
  const { sampleDirectory } = jest.requireActual('../../../src/sample-council') as typeof import('../../../src/sample-council');
  const run = (sentence: string) => check(aDraft().from(cllr.quinn).to(resident.club).body(fromMember('Cllr Sarah Quinn', sentence)).build(), { directory: sampleDirectory, rules: [memberSignature] });
  it('"on behalf of Harbury Vale Council" is official', () => {
    expect(run('I write on behalf of Harbury Vale Council about the lease.').map((f) => f.spans[0]!.text)).toEqual(['on behalf of Harbury Vale Council']);
  });
  it('"on behalf of the Parish Council" is not this council', () => {
    expect(run('I write on behalf of the Parish Council about the lease.')).toEqual([]);
  });
});
