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
    ['Outlook in Welsh', `${own}\n\nOddi wrth: Cyng. Alan Price <alan.price@x.gov.uk>\nAnfonwyd: 23 Chwefror 2027 18:22\nAt: Fatima\nPwnc: Llwydni\n\nOld text`],
    ['Gmail in Welsh', `${own}\n\nAr ddydd Llun, 1 Chwef 2027 am 21:14, Alan Price <a@x> ysgrifennodd:\n> Old text`],
    ['">" block', `${own}\n\n> Old text\n> more`],
  ])('%s', (_name, body) => {
    expect(body.slice(0, findQuotedStart(body)).trimEnd()).toBe(own);
  });

  it('leaves a body with no thread whole, and a "From:" line without a header block alone', () => {
    const body = `${own}\n\nFrom: the parks team, with thanks.`;
    expect(findQuotedStart(body)).toBe(body.length);
  });

  it('leaves a Welsh sentence that starts "Ar" and a lone "At:" line alone', () => {
    const body = `${own}\n\nAr ôl y cyfarfod, ysgrifennodd y clerc at bawb.\nAt: y tîm\n\nDiolch`;
    expect(findQuotedStart(body)).toBe(body.length);
  });
});

describe('letterParts', () => {
  it('takes a bare first name on its own line, then a blank line, as the greeting; a longer heading is not one', () => {
    const bare = 'Ewan\n\nCan you tell me when the 20mph zone will go in?\n\nThanks\nMartin';
    const parts = letterParts(bare);
    expect(bare.slice(parts.greeting!.start, parts.greeting!.end)).toBe('Ewan');
    expect(letterParts('Loch Road Closure Notice\n\nThe road closes on Monday.\n\nAilsa').greeting).toBeUndefined();
    expect(letterParts('Ewan\nCan you tell me when it goes in?\n\nMartin').greeting).toBeUndefined();
  });

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

describe('letterParts with Welsh and bilingual letters', () => {
  const slice = (body: string, r?: { start: number; end: number }) => (r ? body.slice(r.start, r.end) : undefined);
  it.each([
    ['Annwyl Gynghorydd Rhys,', 'Cofion,'],
    ['Annwyl Mr Jones,', 'Cofion cynnes,'],
    ['Bore da Siân,', 'Yn gywir,'],
    ['Helo Dafydd,', 'Diolch,'],
    ['Shwmae Gareth,', 'Diolch yn fawr,'],
    ['Dear Cllr Rhys / Annwyl Gynghorydd Rhys,', 'Diolch / Thanks,'],
    ['Dear Cllr Rhys,', 'Regards / Cofion'],
    ['Prynhawn da,', 'Pob hwyl,'],
  ])('%s … %s', (greeting, signOff) => {
    const body = `${greeting}\n\nMae'r biniau wedi eu casglu. The bins have been collected.\n\n${signOff}\nElin Morgan\nSwyddog Gwastraff / Waste Officer`;
    const parts = letterParts(body);
    expect(slice(body, parts.greeting)).toBe(greeting);
    expect(slice(body, parts.signOff)).toBe(signOff);
    expect(slice(body, parts.message)).toBe("Mae'r biniau wedi eu casglu. The bins have been collected.");
  });
});

describe('letterParts with long signature lines', () => {
  const message = 'Dear Cllr Price,\n\nThe bins on Ferry Lane were emptied this morning.\n\n';
  const name = 'Kind regards,\nFatima Noor\nWaste Services Manager\n';
  it.each([
    ['a postal address on one line', `${name}Harbury Vale District Council, Civic Centre, Market Street, Harbury, HV1 1AA, United Kingdom`],
    ['working hours', `${name}My working hours are Monday to Thursday, 8.30am to 4pm; I do not expect a reply outside your own working hours.`],
    ['a disclaimer paragraph', `${name}Tel 01234 567890\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell the sender and delete it. Harbury Vale District Council monitors email to protect its systems.\n\nPlease consider the environment before printing this email.`],
    ['many lines', `${name}${'Line of the signature\n'.repeat(12)}`],
  ])('finds the sign-off above %s', (_what, signature) => {
    const body = `${message}${signature}`;
    const parts = letterParts(body);
    expect(body.slice(parts.signOff!.start, parts.signOff!.end)).toBe('Kind regards,');
    expect(body.slice(parts.message.start, parts.message.end)).toBe('The bins on Ferry Lane were emptied this morning.');
  });

  it('does not take a "Thanks!" inside the message for the sign-off', () => {
    const body = 'Hi Alan,\n\nThanks!\nThe contractor will be there on Monday, and I will report back on the state of the lane when they have finished.\n\nWe will also check the verges.';
    expect(letterParts(body).signOff).toBeUndefined();
    expect(letterParts(body).signature).toBeUndefined();
  });

  it('finds a signature that starts with the sender\'s name above a disclaimer, without a sign-off', () => {
    const body = `${message}Fatima Noor\nWaste Services Manager\n\nThis email is confidential and intended for the addressee only; if it reached you in error, please delete it.`;
    const parts = letterParts(body, ['fatima noor']);
    expect(body.slice(parts.signature!.start).startsWith('Fatima Noor')).toBe(true);
    expect(body.slice(parts.message.start, parts.message.end)).toBe('The bins on Ferry Lane were emptied this morning.');
  });

  it.each([
    ['Sent from my iPhone'],
    ['-- \nFatima Noor | Waste Services'],
    ['Get Outlook for iOS'],
  ])('takes "%s" for the start of the signature when there is no sign-off', (tail) => {
    const body = `${message}${tail}`;
    const parts = letterParts(body);
    expect(body.slice(parts.signature!.start).startsWith(tail.split('\n')[0]!.trim())).toBe(true);
    expect(body.slice(parts.message.start, parts.message.end)).toBe('The bins on Ferry Lane were emptied this morning.');
  });

  it('does not take "Sent from the depot." in the message for a signature', () => {
    const body = `${message}Sent from the depot.`;
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
