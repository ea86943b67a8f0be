import { actionRequestExamples, findActionRequestsIn } from '../../../src/engine/lexicons/action-requests';
import { juniorOfficerRequest } from '../../../src/engine/rules/junior-officer-request';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const body = (...p: string[]) => letter('Hi Tom,', p, 'Thanks,', ['Sarah']);
const toTom = (...p: string[]) => aDraft().from(cllr.quinn).to(officer.baines).body(body(...p)).build();

describe('action-request wording', () => {
  it.each(actionRequestExamples.match)('finds a request to act: %s', (text) => {
    expect(findActionRequestsIn(text)).not.toHaveLength(0);
  });
  it.each(actionRequestExamples.noMatch)('ignores a request for information: %s', (text) => {
    expect(findActionRequestsIn(text)).toEqual([]);
  });
});

ruleTester.run(juniorOfficerRequest, {
  valid: [
    { name: 'Scots: a question about where the junior officer will be', draft: toTom('Will ye be at the gala on Saturday?') },
    { name: 'a factual question to a junior officer', draft: toTom('Could you let me know when the fly-tipping on Tanyard Lane will be cleared?') },
    { name: 'a request to a senior officer', draft: aDraft().from(cllr.quinn).to(officer.noor).body(body('Please make sure the bins on Tanyard Lane are emptied on Friday.')).build() },
    { name: 'a junior officer only in Cc', draft: aDraft().from(cllr.quinn).to(officer.noor).cc(officer.baines).body(body('Please make sure the bins are emptied on Friday.')).build() },
    { name: 'an officer writing to a junior colleague', draft: aDraft().from(officer.noor).to(officer.baines).body(body('Please make sure the bins are emptied on Friday.')).build() },
    { name: 'several factual questions, politely put', draft: toTom('Would you mind telling me which day the new round starts?', 'Can you confirm whether Mill Street is on it, and could you send me the list of streets?') },
    { name: '"would you be able to" asking for information', draft: toTom('Would you be able to tell me how many missed bins were reported in March?') },
    { name: 'checking whether something happened is a question', draft: toTom('Could you check whether the crew went down Mill Street on Tuesday?') },
    { name: 'the member making sure of her own facts', draft: toTom('I want to make sure I have the collection dates right before the newsletter goes out. When do the new rounds start?') },
    { name: 'a rhetorical complaint is not a request', draft: toTom('How could you let the same street be missed three weeks running? It is not good enough.') },
    { name: 'an invitation is not a request to act', draft: toTom('Would you like to come to the residents meeting on Thursday?') },
  ],
  invalid: [
    { name: 'Scots: could ye get a crew oot', draft: toTom('Could ye get a crew oot tae fill it afore the weekend?'), findings: [{ severity: 'warning' }] },
    { name: 'a member asks a junior officer to act: send it to the service manager instead',
      draft: toTom('Please make sure the fly-tipping on Tanyard Lane is cleared before the weekend.'),
      findings: [{ severity: 'warning', recipients: [officer.baines.email], message: ['Fatima Noor'] }],
      output: { to: [{ email: officer.noor.email, name: 'Fatima Noor' }], cc: [{ email: officer.baines.email, name: 'Tom Baines' }] } },
    { name: 'asking a planning officer to recommend refusal',
      draft: aDraft().from(cllr.quinn).to(officer.ravi).body(letter('Hi Ravi,', ['I think the application should be refused. Can you make sure your report recommends refusal?'], 'Thanks,', ['Sarah'])).build(),
      findings: [{ message: ['Colin Ware'] }] },
    { name: 'a polite question that asks for a crew', draft: toTom('Could you get someone out to Tanyard Lane to lift the dumped fridge before the school run?'),
      findings: [{ spans: ['Could you get someone out to Tanyard Lane to lift the dumped fridge before the school run'] }] },
    { name: '"would you mind" asking for a visit', draft: toTom('Would you mind popping round to see Mrs Hale after your shift? She is very worried.'),
      findings: [{ spans: ['Would you mind popping round to see Mrs Hale after your shift'] }] },
    { name: 'asking for a hold', draft: toTom('Can you put the charge for the bulky collection on hold until I have spoken to the family?'),
      findings: [{ message: ['junior officer'] }] },
    { name: 'a factual question and a request in one message', draft: toTom('How many households on Mill Street use the assisted collection?', 'Also, is there any way you could move number 12 onto it this week?'),
      findings: [{ spans: ['way you could move number 12 onto it this week'] }] },
    { name: '"please" after the request', draft: toTom('Three of the residents have reported it already, so bump it up the list please if you can.', 'Thanks for all you do.'),
      findings: [{ message: ['bump it up the list'] }] },
    { name: 'a request in Welsh', draft: toTom("Fyddech chi'n gallu anfon criw i glirio'r sbwriel ar Heol y Felin?"),
      findings: [{ message: ['junior officer'] }] },
  ],
});
