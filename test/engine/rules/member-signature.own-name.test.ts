// member-signature where the council is named by its kind ("the City will cover") or its own name
// ("Norbridge City Council will provide a grant"), and where the writer disowns the council role
// for the message ("as treasurer of the Friends, not in my council role … we'll pay the invoice").
import { memberSignature } from '../../../src/engine/rules/member-signature';
import type { Directory } from '../../../src/engine';
import { sampleDirectory } from '../../../src/sample-council';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, resident } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

/** The sample council renamed as a city council: "the City" is then this council. */
const city: Directory = { ...sampleDirectory, council: { ...sampleDirectory.council, name: 'Harbury Vale City Council' } };
const toResident = (...paragraphs: string[]) => aDraft().from(cllr.hussain).to(resident.gmail)
  .body(letter('Dear Mr Jones,', ['As your ward councillor I have looked into this.', ...paragraphs], 'Best wishes,', ['Kamal Hussain'])).build();
const error = [{ severity: 'error' as const }];

ruleTester.run(memberSignature, {
  valid: [
    { name: '"the City" is another council to a district', draft: toResident('I can confirm the City will cover the cost of the crossing on its side of the bridge.') },
    { name: 'the council named, nothing promised', draft: toResident('Harbury Vale District Council will consider the petition at its meeting in March.') },
    { name: 'another council named in full', draft: toResident('I am pleased to confirm that Rotherbridge Borough Council will provide the grant, as its leader told me.') },
    { name: 'a charity treasurer paying the charity\u2019s invoice', draft: aDraft().from(cllr.hussain).to({ email: 'gemma@quaysidecafe.co.uk' })
      .body(letter('Hi Gemma,', ["I'm writing as treasurer of the Friends of Wharf Meadow, not in my council role.", "We'll pay the invoice from the Friends' account, so please address it to the Friends."], 'Thanks,', ['Kamal'])).build() },
    { name: 'in a personal capacity, paying for the raffle prizes', draft: toResident("I'm writing in a personal capacity as the quiz organiser: we'll pay for the prizes ourselves.") },
  ],
  invalid: [
    { name: '"the City will cover", written in a city council', draft: toResident('I can confirm the City will cover the full cost of a new zebra crossing.'), context: { directory: city }, findings: error },
    { name: 'the council by its own name will provide a grant', draft: toResident('I am pleased to confirm that Harbury Vale District Council will provide a grant of £15,000 to the foodbank.'), findings: error },
    { name: 'agreed in the member\u2019s name that we will pay', draft: toResident("I have also agreed that we will pay for new 'School Keep Clear' markings out of the same budget."), findings: error },
    { name: 'a disowned role does not lift a promise in the Council\u2019s name', draft: toResident("I'm writing in a personal capacity, but I can confirm the Council will pay for the repair."), findings: error },
  ],
});
