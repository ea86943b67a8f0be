// Round 29 (session 12): a recipient whose address names a place in the member's own ward ("effie@brookside.org.uk",
// "secretary@mill-pond.org.uk") is a local body or resident of the ward, so the letter is ward business and needs the
// capacity even when the message names no place. Another ward's place, or an address naming no place, is not.
import { capacityStated } from '../../../src/engine/rules/capacity-stated';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const update = 'I have asked for a written explanation of the delay and will pass on what I hear.';
const to = (email: string, text = update) => aDraft().from(cllr.quinn).to({ name: 'Jo Reid', email }).composeType('reply').subject('Re: The delay')
  .body(letter('Hi Jo,', [text], 'Best wishes,', ['Sarah'])).build();

ruleTester.run(capacityStated, {
  valid: [
    { name: 'an address naming another ward\u2019s place', draft: to('jo.reid@riverside.org.uk') },
    { name: 'an address naming no place', draft: to('jo.reid@valegrounds.co.uk') },
    { name: 'an own-ward address, capacity said', draft: to('jo.reid@brookside.org.uk', `As one of your ward councillors, ${update.charAt(0).toLowerCase()}${update.slice(1)}`) },
    { name: 'a place word inside a longer label is not the place', draft: to('jo.reid@brooksidegardens.co.uk') },
  ],
  invalid: [
    { name: 'the ward\u2019s name in the address', draft: to('jo.reid@brookside.org.uk'), findings: [{ severity: 'warning' }] },
    { name: 'a place of the ward in the address', draft: to('secretary@mill-pond.org.uk'), findings: [{ severity: 'warning' }] },
  ],
});
