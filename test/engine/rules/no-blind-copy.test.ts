import { noBlindCopy } from '../../../src/engine/rules/no-blind-copy';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, mailbox, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const body = letter('Dear Cllr Forster,', ['The housing register figures are attached.'], 'Kind regards,', ['Helen Rudd', 'Tenancy Services Manager']);
const memberBody = letter('Dear Helen,', ['Could you send me the register figures by band?'], 'Thanks,', ['Diane', '', 'Cllr Diane Forster']);

ruleTester.run(noBlindCopy, {
  valid: [
    { name: 'an officer blind-copies residents on a mailing with no member in it',
      draft: aDraft().from(officer.tull).to(mailbox.waste).bcc(resident.gmail, resident.btinternet).body('Dear resident,\n\nThe play area consultation is open.\n\nGavin').build() },
    { name: 'a team mailbox blind-copied for the record on an officer-to-resident reply',
      draft: aDraft().from(officer.baines).to(resident.gmail).bcc(mailbox.waste).body('Dear Mr Jones,\n\nThe bins will be emptied on Friday.\n\nTom').build() },
    { name: 'a member blind-copies their own address to keep a record',
      draft: aDraft().from(cllr.forster).to(officer.rudd).bcc(cllr.forster).body(memberBody).build() },
    { name: 'member/officer correspondence with a visible Cc and no Bcc',
      draft: aDraft().from(officer.rudd).to(cllr.forster).cc(cllr.lewis).body(body).build() },
  ],
  invalid: [
    { name: 'an officer blind-copies a member',
      draft: aDraft().from(officer.rudd).to(cllr.forster).bcc(cllr.holloway).body(body).build(),
      findings: [{ severity: 'error', recipients: [cllr.holloway.email], message: ['Cllr Beth Holloway', 'blind copy'] }],
      output: {
        bcc: [],
        cc: [{ email: cllr.holloway.email, name: 'Cllr Beth Holloway' }],
        body: letter('Dear Cllr Forster,', ['The housing register figures are attached.', 'I have copied this email to Cllr Beth Holloway.'], 'Kind regards,', ['Helen Rudd', 'Tenancy Services Manager']),
      } },
    { name: 'the second fix removes the blind copy instead', fixIndex: 1,
      draft: aDraft().from(officer.rudd).to(cllr.forster).bcc(cllr.holloway).body(body).build(),
      findings: [{ severity: 'error' }],
      output: { bcc: [], cc: [], body } },
    { name: 'a member blind-copies another member',
      draft: aDraft().from(cllr.forster).to(officer.rudd).bcc(cllr.carver).body(memberBody).build(),
      findings: [{ severity: 'error', recipients: [cllr.carver.email] }] },
    { name: 'a member in Bcc of an officer-to-resident reply',
      draft: aDraft().from(officer.baines).to(resident.gmail).bcc(cllr.quinn).body('Dear Mr Jones,\n\nThe bins will be emptied on Friday.\n\nKind regards,\nTom').build(),
      findings: [{ severity: 'error', recipients: [cllr.quinn.email] }] },
    { name: 'a member blind-copies a director: a warning, not an error',
      draft: aDraft().from(cllr.forster).to(officer.rudd).bcc(officer.cho).body(memberBody).build(),
      findings: [{ severity: 'warning', recipients: [officer.cho.email], message: ['Amanda Cho'] }],
      output: { bcc: [], cc: [{ email: officer.cho.email, name: 'Amanda Cho' }] } },
    { name: 'someone not in the directory, named "Cllr", in Bcc: a warning (the name is weaker evidence)',
      draft: aDraft().from(officer.rudd).to(resident.gmail).bcc({ name: 'Cllr Jo Bright', email: 'jo.bright@othercouncil.gov.uk' }).body(body).build(),
      findings: [{ severity: 'warning', message: ['looks like a councillor'] }] },
    { name: 'a member and an officer both blind-copied: one finding each',
      draft: aDraft().from(officer.rudd).to(cllr.forster).bcc(cllr.holloway, officer.cho).body(body).build(),
      findings: [{ severity: 'error', recipients: [cllr.holloway.email] }, { severity: 'warning', recipients: [officer.cho.email] }] },
  ],
});
