// Where the own text ends and the thread begins, and where greeting and sign-off are.
import { findQuotedStart } from '../../../src/engine/text/quoted-thread';
import { letterParts } from '../../../src/engine/text/letter';
import { findPostcodes } from '../../../src/engine/text/postcodes';

const own = 'Dear Cllr Price,\n\nThe bins are done.\n\nKind regards,\nFatima';

describe('findQuotedStart', () => {
  it.each([
    ['Outlook header block', `${own}\n\nFrom: Cllr Alan Price <alan.price@x.gov.uk>\nSent: 3 March 2027 08:12\nTo: Fatima\n\nOld text`],
    ['Outlook rule line', `${own}\n\n________________________________\nFrom: Alan\nSent: Monday\n\nOld text`],
    ['Original Message', `${own}\n\n-----Original Message-----\nFrom: Alan\n\nOld text`],
    ['Gmail forward', `${own}\n\n---------- Forwarded message ---------\nFrom: Alan\n\nOld text`],
    ['Gmail/Apple "On … wrote:"', `${own}\n\nOn Mon, 1 Feb 2027 at 21:14, Alan Price <a@x> wrote:\n> Old text`],
    ['Gmail wrapped "wrote:"', `${own}\n\nOn Mon, 1 Feb 2027 at 21:14, Alan Price <alan.price@x.gov.uk>\nwrote:\n> Old text`],
    ['Apple forward', `${own}\n\nBegin forwarded message:\n\nFrom: Alan\n\nOld text`],
    ['">" block', `${own}\n\n> Old text\n> more`],
  ])('%s', (_name, body) => {
    expect(body.slice(0, findQuotedStart(body)).trimEnd()).toBe(own);
  });

  it('leaves a body with no thread whole, and a "From:" line without a header block alone', () => {
    const body = `${own}\n\nFrom: the parks team, with thanks.`;
    expect(findQuotedStart(body)).toBe(body.length);
  });
});

describe('letterParts', () => {
  it('finds greeting, message and sign-off', () => {
    const parts = letterParts(`${own}\nWaste Services Manager`);
    const body = `${own}\nWaste Services Manager`;
    expect(body.slice(parts.greeting!.start, parts.greeting!.end)).toBe('Dear Cllr Price,');
    expect(body.slice(parts.message.start, parts.message.end)).toBe('The bins are done.');
    expect(body.slice(parts.signOff!.start, parts.signOff!.end)).toBe('Kind regards,');
  });

  it('treats a bare first name at the end as the signature', () => {
    const body = 'Hi Fatima,\n\nCan the bins be emptied?\n\nAndrew';
    const parts = letterParts(body);
    expect(body.slice(parts.signature!.start)).toBe('Andrew');
    expect(parts.signOff).toBeUndefined();
  });

  it('does not mistake a long closing paragraph for a sign-off', () => {
    const body = 'Dear Mr Jones,\n\nThanks for your email about the bins, which we will look at this week and report back on as soon as we can.';
    expect(letterParts(body).signature).toBeUndefined();
  });
});

describe('findPostcodes', () => {
  it.each([['HV2 5QT', 'HV2 5'], ['hv25qt', 'HV2 5'], ['HV2  5QT', 'HV2 5'], ['EC1A 1BB', 'EC1A 1'], ['HV2 5', 'HV2 5']])('%s is in sector %s', (text, sector) => {
    expect(findPostcodes(`near ${text}, please`)[0]?.sector).toBe(sector);
  });
  it('ignores a lower-case bare outward code and words that merely contain digits', () => {
    expect(findPostcodes('the a1 road and room B12a')).toEqual([]);
  });
});
