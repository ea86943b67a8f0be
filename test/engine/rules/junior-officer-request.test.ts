import { juniorOfficerRequest } from '../../../src/engine/rules/junior-officer-request';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const body = (...p: string[]) => letter('Hi Tom,', p, 'Thanks,', ['Sarah']);

ruleTester.run(juniorOfficerRequest, {
  valid: [
    { name: 'a factual question to a junior officer', draft: aDraft().from(cllr.quinn).to(officer.baines).body(body('Could you let me know when the fly-tipping on Tanyard Lane will be cleared?')).build() },
    { name: 'a request to a senior officer', draft: aDraft().from(cllr.quinn).to(officer.noor).body(body('Please make sure the bins on Tanyard Lane are emptied on Friday.')).build() },
    { name: 'a junior officer only in Cc', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(officer.baines).body(body('Please make sure the bins are emptied on Friday.')).build() },
    { name: 'an officer writing to a junior colleague', draft: aDraft().from(officer.noor).to(officer.baines).body(body('Please make sure the bins are emptied on Friday.')).build() },
  ],
  invalid: [
    { name: 'a member asks a junior officer to act: send it to the service manager instead',
      draft: aDraft().from(cllr.quinn).to(officer.baines).body(body('Please make sure the fly-tipping on Tanyard Lane is cleared before the weekend.')).build(),
      findings: [{ severity: 'warning', recipients: [officer.baines.email], message: ['Fatima Noor'] }],
      output: { to: [{ email: officer.noor.email, name: 'Fatima Noor' }], cc: [{ email: officer.baines.email, name: 'Tom Baines' }] } },
    { name: 'asking a planning officer to recommend refusal',
      draft: aDraft().from(cllr.quinn).to(officer.ravi).body(letter('Hi Ravi,', ['I think the application should be refused. Can you make sure your report recommends refusal?'], 'Thanks,', ['Sarah'])).build(),
      findings: [{ message: ['Colin Ware'] }] },
  ],
});
