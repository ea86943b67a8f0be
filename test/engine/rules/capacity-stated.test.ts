import { capacityStated } from '../../../src/engine/rules/capacity-stated';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const reply = (...paragraphs: string[]): string => letter('Dear Mr Jones,', paragraphs, 'Best wishes,', ['Sarah Quinn']);
const society = { name: 'Rail Users Group', email: 'secretary@harburyrailusers.org.uk' };
const toSociety = (signature: string[]) => letter('Dear Mr Pickles,', ['Thank you for the invitation to your AGM. I would be glad to say a few words about the lifts at the station.'], 'Kind regards,', signature);

ruleTester.run(capacityStated, {
  valid: [
    { name: 'a note to the member\u2019s own home address', draft: aDraft().from(cllr.quinn).to({ name: 'Sarah Quinn', email: 'squinn1970@gmail.com' }).body('fwd to home to read later\n\nSarah').build() },
    { name: '"as one of your ward cllrs", in lower case', draft: aDraft().from(cllr.quinn).to(resident.gmail).body("hi mrs jones, as one of your ward cllrs i've passed this on to the street scene team\n\nsarah").build() },
    { name: 'capacity stated in Scottish Gaelic',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply('Mar aon de na trì comhairlichean agaibh airson Brookside, tha mi air bruidhinn ris an sgioba. The new timetable starts in August.')).build() },
    { name: 'mail to the member\'s party group with volunteers copied (party correspondence, judged by political-content)',
      draft: aDraft().from(cllr.quinn).to({ name: 'Labour Group', email: 'labour.group@harburyvale.gov.uk' }, resident.gmail)
        .body(reply('Jo - welcome to the list. Can you start sketching the spring leaflet about Tanyard Lane?')).build() },
    { name: 'a private note to a neighbour that says so',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply('This is purely me as your neighbour, nothing to do with the Council: could we split the cost of repointing the party wall on Tanyard Lane?')).build() },
    { name: '"As your grandad\'s ward councillor"',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply("As your grandad's ward councillor I wanted to let you know the discount has been put back.")).build() },
    { name: '"I\'m one of your two councillors for Brookside"',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply("I'm one of your two councillors for Brookside, and I raised the handrail with officers on Monday.")).build() },
    { name: 'an outside body, the member signing with no ward', draft: aDraft().from(cllr.quinn).to(society).body(toSociety(['Sarah Quinn'])).build() },
    { name: 'an outside body, capacity stated', draft: aDraft().from(cllr.quinn).to(society)
      .body(letter('Dear Mr Pickles,', ['As a ward councillor for Brookside I would be glad to come to your AGM.'], 'Kind regards,', ['Sarah Quinn', 'Brookside Ward'])).build() },
    { name: '"as your ward councillor"',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply('As your ward councillor, I have reported the flooding on Tanyard Lane.')).build() },
    { name: '"in my capacity as one of the ward councillors"',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply("I'm writing in my capacity as one of the ward councillors for Brookside.")).build() },
    { name: '"As Cabinet Member for …"',
      draft: aDraft().from(cllr.holloway).to(resident.gmail).body(reply('As Cabinet Member for Housing and Communities, I have asked for a review.')).build() },
    { name: 'a member writes to an officer (not a resident)',
      draft: aDraft().from(cllr.quinn).to(officer.noor).body(reply('Tanyard Lane has flooded again.')).build() },
    { name: 'a member writes to an outside body about something outside their ward',
      draft: aDraft().from(cllr.quinn).to(resident.club).body(reply('The regatta on Wharf Street sounds wonderful.')).build() },
    { name: 'an officer writes to a resident (the rule is for members)',
      draft: aDraft().from(officer.baines).to(resident.gmail).body(reply('Tanyard Lane will be cleared on Monday.')).build() },
  ],
  invalid: [
    { name: 'a resident who shares the member\u2019s surname is not the member', draft: aDraft().from(cllr.quinn).to({ name: 'Mark Quinn', email: 'mark.quinn@gmail.com' }).body(reply('I have asked Highways to look at the crossing on Tanyard Lane.')).build(), findings: [{ severity: 'warning' }] },
    { name: '"As a parent myself" is an aside, not the letter\'s capacity',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply('As a parent myself, I understand how worrying the crossing on Tanyard Lane is, and I have asked Highways to look at it.')).build(), findings: [{ severity: 'warning' }] },
    { name: '"I\'m a keen gardener" states no capacity',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply("I'm a keen gardener and I have reported the flooding on Tanyard Lane.")).build(), findings: [{ severity: 'warning' }] },
    { name: 'an outside body, the member signing as the ward\'s councillor and not saying so in the text',
      draft: aDraft().from(cllr.quinn).to(society).body(toSociety(['Sarah Quinn', 'Brookside Ward'])).build(), findings: [{ severity: 'warning' }] },
    { name: 'a member replies to a resident about a street in her ward without saying in what capacity',
      draft: aDraft().from(cllr.quinn).to(resident.btinternet).subject('RE: Flooding on Tanyard Lane').composeType('reply')
        .body(reply('I have reported the blocked drain on Tanyard Lane and asked for sandbags.')).build(),
      findings: [{ severity: 'warning', recipients: [resident.btinternet.email], message: ['Brookside'] }],
      output: { body: reply('I am writing as one of the ward councillors for Brookside.', 'I have reported the blocked drain on Tanyard Lane and asked for sandbags.') } },
    { name: 'to a personal address with no ward named',
      draft: aDraft().from(cllr.hussain).to(resident.gmail).body(reply('Thanks for your note; I will chase the contractor.')).build(),
      findings: [{ message: ['a resident'] }] },
    { name: 'to a local club about the ward, signature only says "Cllr"',
      draft: aDraft().from(cllr.price).to(resident.club).body(letter('Dear Secretary,', ['The towpath on Ferry Lane will reopen next month.'], 'Regards,', ['Cllr Alan Price'])).build(),
      findings: [{ message: ['Riverside'] }] },
    { name: 'sent from an alias address of the member',
      draft: aDraft().from({ name: 'Cllr Sarah Quinn', email: 'cllr.sarah.quinn@harburyvale.gov.uk' }).to(resident.gmail)
        .body(reply('The street light on Mill Pond will be fixed within ten days.')).build(),
      findings: [{ message: ['Brookside'] }] },
  ],
});

describe('capacity-stated: a ward named between the article and the role', () => {
  it('accepts "as a Brookside councillor"', () => {
    const { check } = jest.requireActual('../../../src/engine') as typeof import('../../../src/engine');
    const { sampleDirectory } = jest.requireActual('../../../src/sample-council') as typeof import('../../../src/sample-council');
    const draft = aDraft().from(cllr.quinn).to(resident.gmail).body(reply('I am writing as a Brookside councillor about Tanyard Lane.')).build();
    expect(check(draft, { directory: sampleDirectory, rules: [capacityStated] })).toEqual([]);
  });
});

// The capacity said with a number, a place or a title between "as" and the role, in English and Welsh.
ruleTester.run(capacityStated, {
  valid: [
    { name: '"As one of the two Brookside ward councillors"',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply('As one of the two Brookside ward councillors I spoke against the charges at Cabinet.')).build() },
    { name: '"Speaking as one of the three councillors for Brookside" mid-paragraph',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply('Thanks for the photos. Speaking as one of the three councillors for Brookside, I think the case is strong.')).build() },
    { name: 'Welsh: "Fel un o\'ch tri chynghorydd ward"',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply("Fel un o'ch tri chynghorydd ward dros Brookside, rydw i wedi codi'r mater.")).build() },
  ],
  invalid: [
    { name: '"as you know" followed later by a councillor is not a capacity',
      draft: aDraft().from(cllr.quinn).to(resident.gmail).body(reply('As you know, the other councillor will attend the meeting about Tanyard Lane.')).build(),
      findings: [{ severity: 'warning' }] },
  ],
});
