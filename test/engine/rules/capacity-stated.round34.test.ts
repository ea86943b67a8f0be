// Round 34 (session 14). Three kinds of text the rule had read as a ward member's letter to a resident:
// - the party's own business with a helper or organiser at a personal address (a selection panel, a nomination form,
//   canvass sheets, a leaflet round they join), with no ward matter beside it and no vote asked for;
// - a letter to council staff with someone outside only in Cc (a parish clerk, the resident who raised it);
// - a capacity said as whom the member represents ("proud to represent the ward I grew up in").
// Casework beside the party business, a vote asked for, or a resident in To still needs the capacity.
import { capacityStated } from '../../../src/engine/rules/capacity-stated';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const helper = { name: 'Jo Reid', email: 'jo.reid.1970@gmail.com' };
const resident = { name: 'Mrs Ann Holt', email: 'annholt@btinternet.com' };
const clerk = { name: 'Brookside Parish Clerk', email: 'clerk@brookside-pc.org.uk' };
const journalist = { name: 'Newsdesk', email: 'newsdesk@harburyherald.co.uk' };
const signature = ['Sarah', '', 'Cllr Sarah Quinn', 'Brookside Ward'];
const toHelper = (paragraphs: string[], subject = 'Saturday') => aDraft().from(cllr.quinn).to(helper).subject(subject)
  .body(letter('Jo,', paragraphs, 'Cheers,', signature)).build();
const casework = 'I have reported the fly-tipping on Tanyard Lane and the crew will clear it on Thursday.';

ruleTester.run(capacityStated, {
  valid: [
    { name: 'a selection panel and a nomination form', draft: toHelper(['Yes, put my name forward again for Brookside. Evenings suit me best for the selection panel.',
      'Will you need a fresh nomination form, or does last year\u2019s still stand?'], 'Re: selection for May') },
    { name: 'canvass sheets kept from last time', draft: toHelper(['I still have most of the canvass sheets from last time, so we are not starting from scratch.']) },
    { name: 'a helper told where the leaflet round meets', draft: toHelper(['Thanks for offering to help on Saturday! We meet by Mill Pond at 10 for the leaflet round, then canvassing Tanyard Lane till 1. Bring a brolly.']) },
    { name: 'an officer addressed, the resident in Cc', draft: aDraft().from(cllr.quinn).to(officer.tull).cc(resident).subject('Tanyard Lane')
      .body(letter('Hi Gavin,', [casework, 'Could you let Mrs Holt, copied, know when the crew has been?'], 'Thanks,', signature)).build() },
    { name: 'an officer addressed, the parish clerk in Cc', draft: aDraft().from(cllr.quinn).to(officer.tull).cc(clerk).subject('Brookside Green bench')
      .body(letter('Hi Gavin,', ['The parish has asked for a memorial bench on Brookside Green. Is there space under the bench policy?'], 'Thanks,', signature)).build() },
    { name: 'a column that says whom she represents', draft: aDraft().from(cllr.quinn).to(journalist).subject('Councillor column')
      .body(letter('Hi Sophie,', ['Here is my piece for the column.', 'I have always been proud to represent the ward I grew up in, and this month that meant the Tanyard Lane crossing.'], 'Thanks,', signature)).build() },
    { name: '"I represent Brookside" to a resident', draft: aDraft().from(cllr.quinn).to(resident).subject('Tanyard Lane')
      .body(letter('Dear Mrs Holt,', ['I represent Brookside on the district council.', casework], 'Best wishes,', signature)).build() },
  ],
  invalid: [
    { name: 'casework beside a selection meeting', draft: toHelper([casework, 'See you at the selection meeting on the 14th.']), findings: [{ severity: 'warning' }] },
    { name: '"standing water" is casework, not a candidacy', draft: toHelper(['I have reported the standing water on Tanyard Lane to highways.', 'See you at the selection meeting on the 14th.']),
      findings: [{ severity: 'warning' }] },
    { name: 'a leaflet round and a vote asked for', draft: toHelper(['Our leaflet round reaches Tanyard Lane on Saturday, and I would be really grateful for your vote on 6 May.']),
      findings: [{ severity: 'warning' }] },
    { name: 'the resident addressed, an officer in Cc', draft: aDraft().from(cllr.quinn).to(resident).cc(officer.tull).subject('Tanyard Lane')
      .body(letter('Dear Mrs Holt,', [casework], 'Best wishes,', signature)).build(), findings: [{ severity: 'warning' }] },
    { name: 'a leaflet round only in the resident\u2019s own message', draft: aDraft().from(cllr.quinn).to(resident).composeType('reply').subject('Re: Tanyard Lane')
      .body(`${letter('Dear Mrs Holt,', [casework], 'Best wishes,', signature)}\n\nOn Mon, 8 Mar 2027 at 19:02, Ann Holt wrote:\n> Your leaflet round came past but the tipping on Tanyard Lane is still there.`).build(),
      findings: [{ severity: 'warning' }] },
    { name: '"represent" said of someone else', draft: aDraft().from(cllr.quinn).to(resident).subject('Tanyard Lane')
      .body(letter('Dear Mrs Holt,', [casework, 'Our surveyor will represent the Council at the hearing on Tanyard Lane.'], 'Best wishes,', signature)).build(),
      findings: [{ severity: 'warning' }] },
  ],
});
