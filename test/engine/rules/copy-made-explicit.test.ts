import { copyMadeExplicit } from '../../../src/engine/rules/copy-made-explicit';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const officerBody = (...paragraphs: string[]): string => letter('Dear Cllr Doyle,', ['The draft licensing policy is attached for your comments.', ...paragraphs], 'Kind regards,', ['Emily Stone', 'Democratic Services Officer']);
const memberBody = (...paragraphs: string[]): string => letter('Hi Fatima,', ['The verges on Tanyard Lane need cutting again.', ...paragraphs], 'Thanks,', ['Sarah', '', 'Cllr Sarah Quinn']);

ruleTester.run(copyMadeExplicit, {
  valid: [
    { name: 'the copy is stated by name ("I\'ve cc\'d Cllr Doyle")',
      draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.doyle).body(memberBody("I've cc'd Cllr Doyle, who raised it at the residents' meeting.")).build() },
    { name: 'the copy is stated by first name ("Copying Ian")',
      draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.doyle).body(memberBody('Copying Ian as he has had the same complaints.')).build() },
    { name: 'the copy is stated collectively ("the other ward councillors")',
      draft: aDraft().from(officer.stone).to(cllr.doyle).cc(cllr.quinn).body(officerBody('I am copying this to the other ward councillors.')).build() },
    { name: 'a "cc:" line in the signature block',
      draft: aDraft().from(officer.stone).to(cllr.doyle).cc(cllr.quinn).body(`${officerBody()}\n\ncc: Cllr Sarah Quinn`).build() },
    { name: 'the Cc is an officer, not a member',
      draft: aDraft().from(cllr.quinn).to(officer.noor).cc(officer.baines).body(memberBody()).build() },
    { name: 'a member writes to a resident and copies another member (not member/officer correspondence)',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).cc(cllr.doyle).body(memberBody()).build() },
    { name: 'the copied member was already on the thread being answered',
      draft: aDraft().from(officer.stone).to(cllr.doyle).cc(cllr.quinn).composeType('replyAll')
        .body(`${officerBody()}\n\n-----Original Message-----\nFrom: Cllr Ian Doyle\nSent: 2 March 2027 10:00\nTo: Emily Stone\nCc: Cllr Sarah Quinn\nSubject: Licensing\n\nEmily, any news on the policy?`).build() },
    ...[
      ['by role: the Mayor', cllr.pennington, 'The Mayor is copied.'],
      ['by role: the Leader', cllr.price, "I've included the Leader."],
      ['collectively: fellow ward members', cllr.quinn, 'I am copying in your fellow ward members.'],
      ['collectively, narrowed to the right ward', cllr.quinn, 'The other Brookside councillors are on copy.'],
      ["collectively: cc'd the ward members", cllr.quinn, "I've cc'd the ward members."],
      ['Welsh label "cc / copi:"', cllr.quinn, 'cc / copi: Cllr Sarah Quinn'],
      ['Welsh "Rwyf wedi anfon copi … at"', cllr.quinn, "Rwyf wedi anfon copi o'r e-bost hwn at y Cynghorydd Quinn."],
      ['Welsh "Rwy\'n anfon copi at"', cllr.quinn, "Rwy'n anfon copi at y Cynghorydd Quinn."],
      ['Welsh "wedi cael copi"', cllr.quinn, "Mae'r Cynghorydd Quinn wedi cael copi."],
      ['Welsh collective "aelodau\'r ward"', cllr.quinn, "Mae aelodau'r ward wedi cael copi."],
    ].map(([name, who, sentence]) => ({ name: `the copy is stated ${name as string}`,
      draft: aDraft().from(officer.stone).to(cllr.doyle).cc(who as typeof cllr.quinn).body(officerBody(sentence as string)).build() })),
    { name: 'several members addressed in To, none in Cc',
      draft: aDraft().from(officer.stone).to(cllr.doyle, cllr.quinn).body(officerBody()).build() },
  ],
  invalid: [
    { name: 'an officer copies a second member without saying so',
      draft: aDraft().from(officer.stone).to(cllr.doyle).cc(cllr.quinn).body(officerBody()).build(),
      findings: [{ severity: 'warning', recipients: [cllr.quinn.email], message: ['Cllr Sarah Quinn'] }],
      output: { body: officerBody('I have copied this email to Cllr Sarah Quinn.') } },
    { name: 'a member copies another member without saying so',
      draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.doyle).body(memberBody()).build(),
      findings: [{ recipients: [cllr.doyle.email] }],
      output: { body: memberBody('I have copied this email to Cllr Ian Doyle.') } },
    { name: 'the only copy sentence names an officer, not the copied member',
      draft: aDraft().from(cllr.quinn).to(officer.noor).cc(officer.baines, cllr.doyle).body(memberBody("I've copied Tom, who looks after the rounds.")).build(),
      findings: [{ recipients: [cllr.doyle.email] }] },
    { name: 'naming the member without a copy statement is not enough',
      draft: aDraft().from(cllr.quinn).to(officer.noor).cc(cllr.doyle).body(memberBody('Cllr Doyle raised this at the last meeting too.')).build(),
      findings: [{ recipients: [cllr.doyle.email] }] },
    ...[
      ['look-alike: "I will copy you in on the reply from the contractor"', 'I will copy you in on the reply from the contractor.'],
      ['look-alike: "copy of the report attached"', 'Copy of the report attached.'],
      ["look-alike: another ward's councillors", 'The Riverside councillors are on copy.'],
      ['a role the copied member does not hold', 'The Mayor is copied.'],
    ].map(([name, sentence]) => ({ name: name!, findings: [{ recipients: [cllr.quinn.email] }],
      draft: aDraft().from(officer.stone).to(cllr.doyle).cc(cllr.quinn).body(officerBody(sentence!)).build() })),
    { name: 'the copy sentence a fix wrote is extended, not repeated',
      draft: aDraft().from(officer.stone).to(cllr.doyle).cc(cllr.quinn, cllr.pennington).body(officerBody('I have copied this email to Cllr Sarah Quinn.')).build(),
      findings: [{ recipients: [cllr.pennington.email] }],
      output: { body: officerBody('I have copied this email to Cllr Sarah Quinn and Cllr Ruth Pennington.') } },
    { name: "the writer's own copy sentence is rewritten to name everyone once",
      draft: aDraft().from(officer.stone).to(cllr.doyle).cc(cllr.quinn, cllr.carver).body(officerBody("I've cc'd Cllr Quinn.")).build(),
      findings: [{ recipients: [cllr.carver.email] }],
      output: { body: officerBody('I have copied this email to Cllr Sarah Quinn and Cllr Hugh Carver.') } },
    { name: 'two copied members, one named: the other is reported',
      draft: aDraft().from(officer.stone).to(cllr.doyle).cc(cllr.quinn, cllr.carver).body(officerBody("I've copied Cllr Quinn.")).build(),
      findings: [{ recipients: [cllr.carver.email] }] },
  ],
});
