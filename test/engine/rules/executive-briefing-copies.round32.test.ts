// Round 32 (session 13): a new message that opens on the Cabinet member's own question ("On your question about…",
// "Regarding your query…", "the point you raised at Cabinet"; Welsh "Ar eich cwestiwn am…", "Ynglŷn â'ch ymholiad",
// "Roeddech chi'n holi am…") answers it; questions raised by others, or ones the member may get, do not.
import { executiveBriefingCopies } from '../../../src/engine/rules/executive-briefing-copies';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const toBeth = (...p: string[]) => aDraft().from(officer.cho).to(cllr.holloway).subject('Allocations').body(letter('Dear Beth,', p, 'Regards,', ['Amanda'])).build();

ruleTester.run(executiveBriefingCopies, {
  valid: [
    { name: 'on your question about…', draft: toBeth('On your question about the allocation scheme: the new policy starts on 1 April.') },
    { name: 'regarding your query', draft: toBeth('Regarding your query at the briefing, the waiting list stands at 2,140 households.') },
    { name: 'the point you raised', draft: toBeth('An update on the point you raised at Cabinet: the void turnaround is now 28 days.') },
    { name: 'Welsh: ar eich cwestiwn am…', draft: toBeth("Ar eich cwestiwn am y cynllun dyrannu tai: mae'r polisi newydd yn dod i rym ar 1 Ebrill.") },
    { name: "Welsh: ynglŷn â'ch ymholiad", draft: toBeth("Ynglŷn â'ch ymholiad ddoe, mae'r rhestr aros yn 2,140 o aelwydydd.") },
    { name: "Welsh: roeddech chi'n holi am…", draft: toBeth("Roeddech chi'n holi am y fflatiau gwag: mae 14 yn barod i'w gosod.") },
  ],
  invalid: [
    { name: 'questions raised by residents', draft: toBeth('Residents have raised questions about the allocation scheme, so here is a short note before it goes public.'),
      findings: [{ severity: 'warning' }] },
    { name: 'questions the member may get', draft: toBeth('You may get questions about the closure of the hostel next month; the details are below.'),
      findings: [{ severity: 'warning' }] },
    { name: 'Welsh: questions from tenants', draft: toBeth("Mae tenantiaid wedi gofyn cwestiynau am y cynllun, felly dyma nodyn byr cyn iddo fynd yn gyhoeddus."),
      findings: [{ severity: 'warning' }] },
    { name: 'Welsh: news on the officer\'s own initiative', draft: toBeth("Gair sydyn i roi gwybod i chi fod y grant tai wedi ei gymeradwyo."),
      findings: [{ severity: 'warning' }] },
  ],
});
