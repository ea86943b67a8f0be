// The pure pieces behind the cards: short fix labels, the quoted sentence, the clause reference,
// and the dismissal subject both the pane and the on-send check match findings with.
import type { Finding, Fix } from '../../src/engine';
import { covers, subjectOf } from '../../src/office/dismissal-key';
import { readCitation } from '../../src/taskpane/citation';
import { fixLabel } from '../../src/taskpane/fix-labels';
import { quoteOf } from '../../src/taskpane/quote';
import { distinctTitles } from '../../src/taskpane/titles';
import { ENGLISH, loadWords } from '../../src/taskpane/i18n/words';

const short = (email: string) => email.split('.')[0]!.replace(/^./, (c) => c.toUpperCase());
const beth = 'beth.holloway@x.gov.uk';
const kamal = 'kamal.hussain@x.gov.uk';

const fix = (edits: Fix['edits']): Fix => ({ title: 'A long sentence that would wrap', edits });

describe('fixLabel', () => {
  it('names people copied, moved or removed, and what happens to the text', () => {
    expect(fixLabel(fix([{ op: 'removeRecipient', field: 'bcc', email: beth }, { op: 'addRecipient', field: 'cc', email: beth },
      { op: 'addRecipient', field: 'cc', email: kamal }, { op: 'insertText', anchor: 'beforeSignOff', text: 'I have copied…' }]), short, ENGLISH)).toBe('Copy Beth and Kamal');
    expect(fixLabel(fix([{ op: 'removeRecipient', field: 'bcc', email: beth }, { op: 'addRecipient', field: 'cc', email: beth }]), short, ENGLISH)).toBe('Move Beth to Cc');
    expect(fixLabel(fix([{ op: 'removeRecipient', field: 'bcc', email: beth }]), short, ENGLISH)).toBe('Remove Beth from Bcc');
    expect(fixLabel(fix([{ op: 'replaceText', span: { start: 0, end: 10, text: 'Vote Blue!\n' }, replacement: '' }]), short, ENGLISH)).toBe('Remove sentence');
    expect(fixLabel(fix([{ op: 'replaceText', span: { start: 0, end: 4, text: 'very' }, replacement: '' }]), short, ENGLISH)).toBe('Remove words');
    expect(fixLabel(fix([{ op: 'addRecipient', field: 'cc', email: kamal }, { op: 'replaceText', span: { start: 0, end: 4, text: 'will' }, replacement: 'may' }]), short, ENGLISH)).toBe('Copy Kamal and reword');
    expect(fixLabel(fix([]), short, ENGLISH)).toBe('A long sentence that would wrap');
  });
});

describe('quoteOf', () => {
  const body = 'Dear Cllr Price,\n\nThe bins are done. Good luck on Saturday – I hope Labour hold the ward! Kind regards';
  const sentence = 'Good luck on Saturday – I hope Labour hold the ward!';
  const at = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length, text });
  it('quotes the sentence once with every trigger word marked', () => {
    const quote = quoteOf(body, [at(sentence), at('Labour'), at('hold the ward')])!;
    expect(quote.segments.map((s) => s.text).join('')).toBe(sentence);
    expect(quote.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Labour', 'hold the ward']);
  });
  it('widens a phrase to its sentence, and shortens a long one only between words', () => {
    expect(quoteOf(body, [at('Labour')])!.segments.map((s) => s.text).join('')).toBe(sentence);
    const long = `${'word '.repeat(60)}Labour ${'more '.repeat(60)}`;
    const quote = quoteOf(long, [{ start: long.indexOf('Labour'), end: long.indexOf('Labour') + 6, text: 'Labour' }])!;
    expect(quote.before && quote.after).toBe(true);
    const text = quote.segments.map((s) => s.text).join('');
    expect(text.split(' ').every((w) => ['word', 'Labour', 'more'].includes(w))).toBe(true);
  });
});

describe('readCitation', () => {
  it("cites the clause by the council's name for its protocol", () => {
    expect(readCitation('001 §12.1: copies must be visible', 'Member/Officer Protocol')).toEqual({ reference: 'Member/Officer Protocol §12.1', wording: 'Copies must be visible' });
    expect(readCitation('002 Annex A §11.6: no party politics', 'Protocol').reference).toBe('Protocol Annex A §11.6');
    expect(readCitation('004 27.10: x', 'Code').reference).toBe('Code §27.10');
  });
});

describe('dismissal subjects', () => {
  const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'political-content', severity: 'error', message: '', citation: '', recipients: [], spans: [], fixes: [], ...over });
  const said = (text: string) => [{ start: 0, end: text.length, text }];
  it('cover the same people, or fewer, but not someone new', () => {
    const ward = finding({ ruleId: 'ward-member-copy', recipients: [{ email: beth, field: 'cc' }, { email: kamal, field: 'cc' }], spans: said('Ferry Lane') });
    const dismissed = subjectOf(ward);
    expect(covers(dismissed, { ...ward, recipients: [{ email: kamal.toUpperCase(), field: 'cc' }] })).toBe(true);
    expect(covers(dismissed, { ...ward, recipients: [{ email: kamal, field: 'cc' }, { email: 'alan.price@x.gov.uk', field: 'cc' }] })).toBe(false);
    expect(covers(dismissed, { ...ward, ruleId: 'no-blind-copy' })).toBe(false);
  });
  it('cover a sentence after a small rewording, not a different sentence', () => {
    const dismissed = subjectOf(finding({ spans: said('Good luck with the canvassing on Saturday, I hope Labour hold the ward!') }));
    expect(covers(dismissed, finding({ spans: said('Good luck with the canvassing on Sunday, I hope Labour hold the ward!') }))).toBe(true);
    expect(covers(dismissed, finding({ spans: said('Good luck with the canvassing on Saturday, I do hope Labour hold the ward.') }))).toBe(true);
    expect(covers(dismissed, finding({ spans: said('Vote Conservative on Thursday to keep the Greens out.') }))).toBe(false);
  });
});

describe('fixLabel in Welsh', () => {
  it('names the fields as Welsh Outlook does and joins names with "a"', async () => {
    const cy = await loadWords('cy');
    expect(fixLabel(fix([{ op: 'removeRecipient', field: 'bcc', email: beth }, { op: 'addRecipient', field: 'cc', email: beth }]), short, cy)).toBe('Symud Beth i Cc');
    expect(fixLabel(fix([{ op: 'addRecipient', field: 'to', email: beth }, { op: 'addRecipient', field: 'to', email: kamal }]), short, cy)).toBe('Copïo Beth a Kamal');
    expect(fixLabel(fix([{ op: 'removeRecipient', field: 'to', email: beth }]), short, cy)).toBe('Tynnu Beth o At');
    expect(fixLabel(fix([{ op: 'replaceText', span: { start: 0, end: 10, text: 'Vote Blue!\n' }, replacement: '' }]), short, cy)).toBe("Dileu'r frawddeg");
  });
});

describe('distinctTitles', () => {
  it('tells two findings of one rule apart by their people', () => {
    const f = (email: string): Finding => ({ ruleId: 'no-blind-copy', severity: 'error', message: '', citation: '', recipients: [{ email, field: 'bcc' }], spans: [], fixes: [] });
    expect(distinctTitles([f(beth), f(kamal)], short, ENGLISH)).toEqual(['Blind copy (Bcc): Beth', 'Blind copy (Bcc): Kamal']);
  });
});
