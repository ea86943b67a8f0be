import { wardMemberCopy } from '../../../src/engine/rules/ward-member-copy';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const sign = ['Kind regards,', ['Fatima Noor', 'Waste Services Manager', 'Harbury Vale District Council']] as const;
const officerLetter = (greeting: string, ...paragraphs: string[]): string => letter(greeting, paragraphs, sign[0], [...sign[1]]);

ruleTester.run(wardMemberCopy, {
  valid: [
    { name: 'the council\'s own office address in a quoted signature is no ward matter',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('RE: Budget figures').composeType('reply')
        .body(officerLetter('Dear Cllr Forster,', 'The figures you asked for are attached.') +
          '\n\n-----Original Message-----\nFrom: Fatima Noor\nSent: 2 March 2027 10:00\nTo: Cllr Diane Forster\nSubject: Budget figures\n\nDear Cllr Forster, I will send the figures tomorrow.\n\nFatima Noor\nCouncil Offices, 1 Mead Road, Harbury HV1 2AB\n').build() },
    { name: 'one household\'s own case, kept to the member "rather than copying" the others (an info note only)', allowInfo: true,
      draft: aDraft().from(officer.noor).to(cllr.price).subject('Mr Ade - Wharf Street')
        .body(officerLetter('Dear Cllr Price,', "As this is Mr Ade's own case and concerns his health, I have kept this reply to you rather than copying it to the other Riverside councillors.")).build() },
    { name: 'all three ward members are addressed',
      draft: aDraft().from(officer.noor).to(cllr.price, cllr.holloway, cllr.hussain).subject('Bins on Wharf Street')
        .body(officerLetter('Dear Councillors,', 'The missed collections on Wharf Street will be picked up tomorrow.')).build() },
    { name: 'the other members are copied (Cc)',
      draft: aDraft().from(officer.noor).to(cllr.forster).cc(cllr.lewis).subject('Mead Road fly-tipping')
        .body(officerLetter('Dear Cllr Forster,', 'The fly-tipping on Mead Road has been cleared. I have copied Cllr Lewis.')).build() },
    { name: 'the all-members list is copied, so every ward member has it',
      draft: aDraft().from(officer.noor).to(cllr.price).cc(mailbox.allMembers).subject('Ferry Lane closure')
        .body(officerLetter('Dear Cllr Price,', 'Ferry Lane will be closed on Sunday for the regatta.')).build() },
    { name: 'no ward is named',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Garden waste charges')
        .body(officerLetter('Dear Cllr Forster,', 'The garden waste charge for next year will be £52.')).build() },
    { name: 'the recipient is a resident, not a member',
      draft: aDraft().from(officer.noor).to(resident.gmail).subject('Ferry Lane')
        .body(officerLetter('Dear Mr Jones,', 'We will clear the fly-tipping on Ferry Lane on Thursday.')).build() },
    { name: 'a member is the sender (the rule is for officers)',
      draft: aDraft().from(cllr.forster).to(officer.noor).subject('Mead Road')
        .body(letter('Dear Fatima,', ['Can the bins on Mead Road be emptied?'], 'Thanks,', ['Diane'])).build() },
    { name: 'a word inside a longer name is not the ward ("Riversideview")',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Riversideview Care Home')
        .body(officerLetter('Dear Cllr Forster,', 'The Riversideview care home collection is now weekly.')).build() },
    { name: 'a ward name in the signature (office address) is not a ward matter',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Recycling figures')
        .body(letter('Dear Cllr Forster,', ['The recycling rate for the year is 48%.'], 'Kind regards,', ['Fatima Noor', 'Council Offices, Wharf Street, Harbury HV1 2AB'])).build() },
    { name: 'a signature block with the office address and no sign-off line is not a ward matter',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Recycling figures')
        .body('Dear Cllr Forster,\n\nThe recycling rate for the year is 48%.\n\nFatima Noor\nWaste Services Manager\nCouncil Offices, Wharf Street, Harbury HV1 2AB\nTel 01632 960 123').build() },
    { name: 'the member asked not to be copied (recorded in the reply)', allowInfo: true,
      draft: aDraft().from(officer.noor).to(cllr.carver).subject('RE: Quarry Way bottle bank').composeType('reply')
        .body(officerLetter('Dear Cllr Carver,', 'As you asked, I have not copied this to the other ward members yet.', 'The Quarry Way bottle bank is under review.')).build() },
    { name: "one resident's account reference and date of birth make it their casework", allowInfo: true,
      draft: aDraft().from(officer.zoe).to(cllr.quinn).subject('RE: Mr Sommerville - council tax').composeType('reply')
        .body(officerLetter('Dear Cllr Quinn,', "I've looked at the account for Mr Sommerville, 3 Tanyard Lane (CT Ref: 4471 0093 2).", 'His date of birth on our records is 3 Feb 1961, so the pension age reduction does not apply.')).build() },
    { name: "one constituent's confidential casework", allowInfo: true,
      draft: aDraft().from(officer.zoe).to(cllr.quinn).subject('Mrs Khan, Tanyard Lane').composeType('reply')
        .body(officerLetter('Dear Cllr Quinn,', 'The damp at Mrs Khan\'s flat on Tanyard Lane will be treated next week.', 'As this is her individual casework, I have treated it as confidential.')).build() },
    { name: 'one household\u2019s care, replied to the member only', allowInfo: true,
      draft: aDraft().from(officer.zoe).to(cllr.quinn).subject('Mr Pim - care calls')
        .body(officerLetter('Dear Cllr Quinn,', 'Because this is about his personal care, I am replying to you only.', 'Mr Pim at his home on Tanyard Lane will have four calls a day again from Monday.')).build() },
    { name: 'one household\u2019s council tax account', allowInfo: true,
      draft: aDraft().from(officer.zoe).to(cllr.quinn).subject('RE: Council tax - Mr Holt').composeType('reply')
        .body(officerLetter('Dear Cllr Quinn,', 'I have looked at the council tax account for Mr Holt at 6 Tanyard Lane.', 'The single person discount can be reinstated if he sends evidence.')).build() },
    { name: 'more wards than the policy allows: info only', allowInfo: true,
      draft: aDraft().from(officer.ellis).to(cllr.lewis).subject('Resurfacing programme')
        .body(officerLetter('Dear Cllr Lewis,', 'Next year we will resurface Wharf Street, Mead Road, Church Walk and Station Road.')).build() },
    { name: 'one household\u2019s private circumstances, sent to the one member only',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Mould')
        .body(officerLetter('Dear Cllr Forster,', "The mould at 4 Mead Road is caused by a failed fan. As this is about one household's private circumstances I have sent it to you only.")).build(),
      allowInfo: true },
    { name: 'a title before a one-word ward name is a person ("Mr Brookside")',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Complaint')
        .body(officerLetter('Dear Cllr Forster,', 'Mr Brookside has complained about the crews again.')).build() },
  ],
  invalid: [
    { name: 'a family\u2019s private circumstances named, but the reply about the whole street\u2019s bins',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Bins')
        .body(officerLetter('Dear Cllr Forster,', 'The bins on Mead Road were missed again; the crew will return tomorrow for every house on the road.')).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'a street near the Civic Centre, in a sentence, still names the ward',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Fly-tipping')
        .body(officerLetter('Dear Cllr Forster,', 'The fly-tipping behind the Civic Centre on Mead Road was cleared this morning.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.lewis.email] }] },
    { name: 'a whole street\u2019s council tax bills are a ward matter, not one household\u2019s casework',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Council tax bills')
        .body(officerLetter('Dear Cllr Forster,', 'The council tax bills for every house on Mead Road were reissued this morning after the banding error.')).build(),
      findings: [{ severity: 'warning' }] },
    { name: 'a signature disclaimer\'s "do not copy" is not the member asking',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Missed bins')
        .body(officerLetter('Dear Cllr Forster,', 'The missed bins at the flats in hv2 1xa were collected this morning.') +
          '\nThis e-mail is confidential and intended solely for the addressee. If you have received it in error, please delete it; do not copy, forward or disclose its contents.\n').build(),
      findings: [{ severity: 'warning', recipients: [cllr.lewis.email] }] },
    { name: 'a lower-case postcode names the ward',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Missed bins')
        .body(officerLetter('Dear Cllr Forster,', 'The missed bins at the flats in hv2 1xa were collected this morning.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.lewis.email] }] },
    { name: 'the ward is named only in the quoted resident\'s address',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('RE: Overgrown hedge').composeType('reply')
        .body(`${officerLetter('Dear Cllr Forster,', 'The hedge will be cut back on Friday.')}\n\n-----Original Message-----\nFrom: Cllr Diane Forster\nSent: 1 March 2027\nTo: Fatima Noor\nSubject: Overgrown hedge\n\nA resident at 4 Orchard Rise says the hedge is blocking the path. Can you help?`).build(),
      findings: [{ severity: 'warning', recipients: [cllr.lewis.email] }] },
    { name: 'a "confidential" disclaimer in the signature is not a casework exemption',
      draft: aDraft().from(officer.noor).to(cllr.forster).subject('Mead Road')
        .body(letter('Dear Cllr Forster,', ['The potholes on Mead Road are booked for repair next week.'], 'Kind regards,',
          ['Fatima Noor', 'Waste Services Manager', 'This e-mail is confidential and intended only for the addressee. If you have received it in error, please tell the sender.'])).build(),
      findings: [{ severity: 'warning', recipients: [cllr.lewis.email] }] },
    { name: 'a street in the body maps to the ward; two members missing',
      draft: aDraft().from(officer.noor).to(cllr.price).subject('Fly-tipping update')
        .body(officerLetter('Dear Cllr Price,', 'We cleared the mattresses dumped on Ferry Lane this morning and have opened an enforcement case.')).build(),
      findings: [{ severity: 'warning', recipients: [cllr.holloway.email, cllr.hussain.email], spans: ['Ferry Lane'], message: ['Riverside'] }],
      output: {
        cc: [{ email: cllr.holloway.email, name: 'Cllr Beth Holloway' }, { email: cllr.hussain.email, name: 'Cllr Kamal Hussain' }],
        body: officerLetter('Dear Cllr Price,', 'We cleared the mattresses dumped on Ferry Lane this morning and have opened an enforcement case.',
          'I have copied this email to Cllr Beth Holloway and Cllr Kamal Hussain, as Riverside ward councillors.'),
      } },
    { name: 'only a postcode sector names the ward (any spacing and case)',
      draft: aDraft().from(officer.ware).to(cllr.adeyemi).subject('Application 27/0311/FUL, 4 Vicar Close, hv25qt')
        .body(officerLetter('Dear Cllr Adeyemi,', 'The amended plans are now on the portal.')).build(),
      findings: [{ recipients: [cllr.shaw.email, cllr.pennington.email] }] },
    { name: 'an alias written without the apostrophe (St Marys)',
      draft: aDraft().from(officer.tull).to(cllr.shaw).subject('Tree works')
        .body(officerLetter('Dear Cllr Shaw,', 'We will be pruning the limes in St Marys churchyard next week.')).build(),
      findings: [{ recipients: [cllr.adeyemi.email, cllr.pennington.email] }] },
    { name: 'reply whose quoted thread shows the ward and its members; the reply drops them',
      draft: aDraft().from(officer.ellis).to(cllr.doyle).composeType('reply').subject('RE: Flooding')
        .body(`${officerLetter('Dear Cllr Doyle,', 'The contractor cleared the culvert screen yesterday.')}\n\nFrom: Cllr Ian Doyle <ian.doyle@harburyvale.gov.uk>\nSent: 3 March 2027 08:12\nTo: Rob Ellis\nCc: Cllr Sarah Quinn\nSubject: Flooding\n\nRob, Tanyard Lane flooded again. Copying Sarah.\nIan`).build(),
      findings: [{ recipients: [cllr.quinn.email], spans: ['Tanyard Lane'], message: ['thread'] }] },
    { name: 'two wards, both sets of members',
      draft: aDraft().from(officer.tull).to(cllr.doyle).subject('Fun run road closures')
        .body(officerLetter('Dear Cllr Doyle,', 'Mill Pond Road stays open, but the route closes Mill Pond and Hill Top on Sunday morning.')).build(),
      findings: [{ recipients: [cllr.quinn.email, cllr.carver.email, cllr.rahman.email, cllr.blake.email] }] },
    { name: 'a member writing from a personal address is known by the "Cllr" display name',
      draft: aDraft().from(officer.noor).to({ name: 'Cllr Kamal Hussain', email: 'k.hussain@gmail.com' }).subject('Wharf Street bins')
        .body(officerLetter('Dear Kamal,', 'The Wharf Street bins will be emptied on Friday.')).build(),
      findings: [{ recipients: [cllr.price.email, cllr.holloway.email] }] },
  ],
});

describe('ward-member-copy with a ward member in Bcc', () => {
  it('moves that member from Bcc to Cc instead of listing them twice', () => {
    const { check, applyEdits } = jest.requireActual('../../../src/engine') as typeof import('../../../src/engine');
    const { sampleDirectory } = jest.requireActual('../../../src/sample-council') as typeof import('../../../src/sample-council');
    const draft = aDraft().from(officer.noor).to(cllr.price).bcc(cllr.holloway).subject('Ferry Lane').body(officerLetter('Dear Cllr Price,', 'Ferry Lane is clear.')).build();
    const [finding] = check(draft, { directory: sampleDirectory, rules: [wardMemberCopy] });
    const after = applyEdits(draft, finding!.fixes[0]!.edits).draft;
    expect(after.bcc).toEqual([]);
    expect(after.cc.map((a) => a.email)).toEqual([cllr.holloway.email, cllr.hussain.email]);
  });
});
