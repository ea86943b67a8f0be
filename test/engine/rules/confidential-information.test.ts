import { confidentialEntries, confidentialMarkers, declineEntries, declines, disclaimerEntries, disclaimers, leakEntries, leaks } from '../../../src/engine/lexicons/confidential';
import type { Lexicon, LexiconEntry } from '../../../src/engine/lexicons/lexicon';
import { confidentialInformation } from '../../../src/engine/rules/confidential-information';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const body = (...p: string[]) => letter('Dear Mr Jones,', p, 'Best wishes,', ['Diane Forster']);
const solicitor = { name: 'Ruth Okafor', email: 'rokafor@okaforlaw.co.uk' };
const fromLegal = (...p: string[]) => letter('Dear Ms Okafor,', p, 'Yours sincerely,', ['Peter Grove', 'Head of Legal and Democratic Services',
  'This e-mail and any attachments are confidential and may be legally privileged. If you have received it in error please tell the sender.']);

describe.each([['markings', confidentialMarkers, confidentialEntries], ['footers', disclaimers, disclaimerEntries], ['declining', declines, declineEntries], ['passing on', leaks, leakEntries]] as [string, Lexicon<string>, LexiconEntry<string>[]][])(
  '%s lexicon', (_name, lexicon, entries) => {
    const cases = entries.flatMap((e) => [...e.examples.match.map((t) => [e.id, true, t] as const), ...(e.examples.noMatch ?? []).map((t) => [e.id, false, t] as const)]);
    it.each(cases)('%s %s: %s', (id, finds, text) => {
      expect(lexicon.findIn(text).some((hit) => hit.entry.id === id)).toBe(finds);
    });
  });

ruleTester.run(confidentialInformation, {
  valid: [
    { name: 'a reply to a resident whose own quoted message says "confidential"', draft: aDraft().from(cllr.forster).to(resident.gmail).composeType('reply').subject('RE: my neighbour')
      .body(`${body('Thank you, I will raise it with officers.')}\n\n-----Original Message-----\nFrom: Pat\nSent: Monday\n\nPlease keep this confidential: my neighbour is running a business from his garage.`).build() },
    { name: 'an exempt appendix named as kept back for private session, to a speaker', draft: aDraft().from(officer.baines).to(resident.gmail)
      .body(body('The appendix with the bids contains exempt information under paragraph 3 of Schedule 12A, so Cabinet will consider it in private session. You may speak on the public report.')).build() },
    { name: 'the same words to a council officer', draft: aDraft().from(cllr.forster).to(officer.rudd).body(body('The Part 2 report for Cabinet proposes selling the garages.')).build() },
    { name: '"confidential waste" is not a marking', draft: aDraft().from(officer.baines).to(resident.gmail).body(body('Please put the papers in the confidential waste sack.')).build() },
    { name: '"Part 2 of the form" is not a Part 2 report', draft: aDraft().from(officer.rudd).to(resident.gmail).body(body('Please fill in Part 2 of the form and return it.')).build() },
    { name: 'a marking only in the quoted thread', draft: aDraft().from(cllr.forster).to(resident.gmail).body(`${body('Thank you, I will look into it.')}\n\n-----Original Message-----\nFrom: Pat\nSent: Monday\n\nIs the Part 2 report out yet?`).build() },
    { name: 'a stock confidentiality footer to a solicitor', draft: aDraft().from(officer.grove).to(solicitor).body(fromLegal('Thank you for your letter. The hearing is listed for 3 May.')).build() },
    { name: 'a member declines to share an exempt appendix', draft: aDraft().from(cllr.forster).to(resident.gmail).body(body('The appendix with the bids is exempt under paragraph 3 of Schedule 12A, so I am afraid I cannot share it or say what is in it.', 'The main report is public and on the website.')).build() },
    { name: 'exempt papers to committee members only', draft: aDraft().from(officer.stone).to(cllr.doyle, cllr.quinn, cllr.blake).body(letter('Dear Members,', ['The appendix is NOT FOR PUBLICATION (exempt information). Please do not forward it.'], 'Regards,', ['Emily'])).build() },
  ],
  invalid: [
    { name: 'a Part 2 extract pasted "to help", then "keep that to yourselves"', draft: aDraft().from(officer.grove).to(solicitor)
      .body(fromLegal("I can't send you the Cabinet report as it's Part 2, but this is the relevant extract:", '"EXEMPT - NOT FOR PUBLICATION (Schedule 12A, paragraph 3). The valuation is £1.18m."', 'Obviously keep that to yourselves.')).build(),
      findings: [{ severity: 'warning' as const }] },
    { name: 'a Part 2 report forwarded to the member\u2019s own home address', draft: aDraft().from(cllr.forster).to({ name: 'Diane Forster', email: 'dianeforster64@gmail.com' }).composeType('forward')
      .subject('FW: Part 2 - leisure tender').body('fwd to home to read on the train\n\nSent from my iPhone\n\nBegin forwarded message:\n\nFrom: Tom Baines <tom.baines@harburyvale.gov.uk>\nSubject: Part 2 - leisure tender\n\nNOT FOR PUBLICATION by virtue of paragraph 3 of Schedule 12A. Bidder B scored highest.\n\nTom').build(),
      findings: [{ severity: 'warning' as const }] },
    { name: 'exempt figures given although the item goes to private session', draft: aDraft().from(officer.baines).to(resident.gmail)
      .body(body('The appendix contains exempt information and Cabinet will consider it in private session, but between ourselves Bidder A has offered £1.1m.')).build(), findings: [{ severity: 'warning' as const }] },
    { name: 'privileged legal advice pasted into a reply to the applicant\'s solicitor',
      draft: aDraft().from(officer.grove).to(solicitor).body(fromLegal('To move things on, here is the relevant passage of counsel\'s opinion:', 'PRIVILEGED AND CONFIDENTIAL: In my view the Council would struggle to defend the condition on appeal.')).build(),
      findings: [{ recipients: [solicitor.email], spans: ['PRIVILEGED AND CONFIDENTIAL'] }] },
    { name: '"I can\'t share it" then sharing it between ourselves',
      draft: aDraft().from(cllr.forster).to(resident.club).body(body('Officially I cannot share the exempt appendix, but strictly between ourselves it values the boathouse at £310,000.', 'Let me know what the club thinks.')).build(),
      findings: [{ recipients: [resident.club.email] }] },
    { name: 'a Part 2 report described in Welsh to a community council',
      draft: aDraft().from(cllr.forster).to({ name: 'Clerc', email: 'clerc@llanfair-cc.gov.wales' }).body(body("Mae adroddiad Rhan 2 i'r Cabinet yn argymell gwerthu'r tir am £400,000.", 'Diolch am eich help.')).build(),
      findings: [{ recipients: ['clerc@llanfair-cc.gov.wales'] }] },
    { name: 'a member passes on a Part 2 report to a club',
      draft: aDraft().from(cllr.forster).to(resident.club).body(body('The Part 2 report, marked "not for publication", proposes selling the boathouse.', 'Please let me know your views.')).build(),
      findings: [{ severity: 'warning', recipients: [resident.club.email], spans: ['Part 2', 'not for publication'] }],
      output: { body: body('Please let me know your views.') } },
    { name: 'the second fix removes the outside recipient', fixIndex: 1,
      draft: aDraft().from(cllr.forster).to(resident.club).body(body('This is a confidential report to Cabinet.')).build(),
      findings: [{ recipients: [resident.club.email] }], output: { to: [] } },
  ],
});
