// Round 36 (session 14): an aside in brackets that ends on "!" or "?" ("I've cc'd (not bcc'd!) Cllr Hughes…") is part of
// its sentence, so the copy words and the name after the bracket are read together. A bracketed sentence of its own
// ("(It was a long meeting!) Cllr Hughes…") still ends where it ends, and naming the member there states no copy.
import { copyMadeExplicit } from '../../../src/engine/rules/copy-made-explicit';
import { splitSentences } from '../../../src/engine/text/sentences';
import { aDraft, letter } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';
import { ruleTester } from '../../support/rule-tester';

const answer = 'The call-in is valid and goes on the agenda for 9 March.';
const toPrice = (...paragraphs: string[]) => aDraft().from(officer.tull).to(cllr.price).cc(cllr.holloway)
  .body(letter('Dear Cllr Price,', [answer, ...paragraphs], 'Kind regards,', ['Gavin'])).build();

ruleTester.run(copyMadeExplicit, {
  valid: [
    { name: '"cc\u2019d (not bcc\u2019d!) Cllr Holloway"', draft: toPrice('I\u2019ve cc\u2019d (not bcc\u2019d!) Cllr Holloway as she signed the call-in.') },
    { name: '"copied (openly, of course!) Beth"', draft: toPrice('I have copied (openly, of course!) Beth so she has the same answer.') },
    { name: '"copying in (as you asked?) Cllr Holloway"', draft: toPrice('I am copying in (as you asked?) Cllr Holloway.') },
  ],
  invalid: [
    { name: 'a bracketed sentence of its own, then the member named', draft: toPrice('(It was a long meeting!) Cllr Holloway raised the same point.'),
      findings: [{ severity: 'warning', recipients: [cllr.holloway.email] }] },
    { name: 'an aside joined to a sentence with no copy words', draft: toPrice('We met at last (finally!) and Cllr Holloway raised the same point.'),
      findings: [{ severity: 'warning' }] },
    { name: 'copy words in one sentence, the name in the next', draft: toPrice('I have copied in the monitoring officer! Cllr Holloway signed the notice too.'),
      findings: [{ severity: 'warning' }] },
  ],
});

describe('splitSentences: an aside in brackets', () => {
  it.each([
    ["I've cc'd (not bcc'd!) Cllr Hughes as he is vice-chair.", 1],
    ['We met (finally!) The Leader was there.', 1],
    ['It went well (really?) and we agreed.', 1],
  ])('keeps the aside in its sentence: %s', (text, count) => {
    expect(splitSentences(text as string)).toHaveLength(count as number);
  });
  it.each([
    ['(It was a long meeting!) Cllr Hughes raised it.', 2],
    ['Thanks for coming! (Really.) See you soon.', 3],
    ['Is it on the agenda? (See item 4.) Thanks.', 3],
    ['Great news! Cllr Hughes (vice-chair) agreed.', 2],
  ])('still ends sentences around it: %s', (text, count) => {
    expect(splitSentences(text as string)).toHaveLength(count as number);
  });
});
