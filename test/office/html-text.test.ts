import { applyTextEditsToHtml } from '../../src/office/html-edits';
import { htmlToText } from '../../src/office/html-text';
import { check } from '../../src/engine';
import { sampleDirectory } from '../../src/sample-council';

const html = '<html><head><style>p{margin:0}</style></head><body>' +
  '<p>Dear Cllr Price,</p>' +
  '<p>The fly-tipping on <b>Ferry&nbsp;Lane</b> is cleared &amp; the <a href="https://harburyvale.gov.uk/report">report form</a> is here: <img src="cid:map.png" alt="map"></p>' +
  '<p>Good luck with the canvassing – I hope Labour hold the seat!</p>' +
  '<p>Kind regards,</p><p>Fatima</p></body></html>';

describe('htmlToText', () => {
  it('gives paragraphs, decoded entities and no markup', () => {
    expect(htmlToText(html).text).toBe('Dear Cllr Price,\n\nThe fly-tipping on Ferry Lane is cleared & the report form is here: \n\nGood luck with the canvassing – I hope Labour hold the seat!\n\nKind regards,\n\nFatima\n\n');
  });
  it('maps each character back to where it came from', () => {
    const map = htmlToText(html);
    const at = map.text.indexOf('Ferry');
    expect(html.slice(map.htmlStart[at], map.htmlEnd[at + 4])).toBe('Ferry');
    const amp = map.text.indexOf('&');
    expect(html.slice(map.htmlStart[amp], map.htmlEnd[amp])).toBe('&amp;');
  });
  it('reads Outlook-style <div><br></div> lines and <br> breaks', () => {
    expect(htmlToText('<div>Dear Ann,</div><div><br></div><div>Hello<br>there</div>').text).toBe('Dear Ann,\n\n\nHello\nthere\n');
  });
});

describe('htmlToText on real-client markup', () => {
  it('never reads Word\'s conditional comments or <![if …]> markers as text', () => {
    const word = '<p class=MsoNormal>Logo: <!--[if gte vml 1]><v:shape><v:imagedata src="cid:a"/></v:shape><![endif]--><![if !vml]><img src="cid:a"><![endif]>here<o:p></o:p></p>';
    expect(htmlToText(word).text).toBe('Logo: here\n\n');
  });

  it('keeps bullets and numbers on list items, nested lists included', () => {
    const list = '<p>Streets:</p><ul><li>Mill Lane</li><li>Ferry Lane<ul><li>north end</li></ul></li></ul><ol start="3"><li>Third</li><li>Fourth</li></ol>';
    expect(htmlToText(list).text).toBe('Streets:\n\n• Mill Lane\n• Ferry Lane\n• north end\n\n3. Third\n4. Fourth\n\n');
  });

  it('reads a table row as one line, cells apart by a tab, and lines inside a cell as lines', () => {
    const table = '<p>Cases:</p><table>\n<tr>\n<td>Ref</td>\n<td><p>Street</p></td></tr><tr><td>101</td><td><p>Mill Lane</p><p>north end</p></td></tr></table><p>End</p>';
    expect(htmlToText(table).text).toBe('Cases:\n\nRef\tStreet\n101\tMill Lane\nnorth end\n\nEnd\n\n');
  });

  it('keeps the map right through bullets and cells', () => {
    const html = '<ul><li>Mill <b>Lane</b></li></ul><table><tr><td>a</td><td>Ferry</td></tr></table>';
    const map = htmlToText(html);
    for (const word of ['Mill', 'Lane', 'Ferry']) {
      const at = map.text.indexOf(word);
      expect(html.slice(map.htmlStart[at], map.htmlEnd[at + word.length - 1])).toBe(word);
    }
  });
});

describe('applyTextEditsToHtml', () => {
  const finding = (ruleId: string) => {
    const map = htmlToText(html);
    const draft = { from: { email: 'fatima.noor@harburyvale.gov.uk' }, to: [{ email: 'alan.price@harburyvale.gov.uk' }], cc: [], bcc: [], subject: 'Ferry Lane', body: map.text, bodyHtml: html };
    return check(draft, { directory: sampleDirectory }).find((f) => f.ruleId === ruleId)!;
  };

  it('removes a political sentence and leaves the link, image and bold text as they were', () => {
    const fix = finding('political-content').fixes.at(-1)!;
    const { html: out, skipped } = applyTextEditsToHtml(html, fix.edits);
    expect(skipped).toEqual([]);
    expect(out).not.toContain('canvassing');
    expect(out).toContain('<b>Ferry&nbsp;Lane</b>');
    expect(out).toContain('<a href="https://harburyvale.gov.uk/report">report form</a>');
    expect(out).toContain('<img src="cid:map.png" alt="map">');
    expect(out).toContain('<style>p{margin:0}</style>');
  });

  it('inserts the copy sentence as its own paragraph before the sign-off', () => {
    const fix = finding('ward-member-copy').fixes[0]!;
    const { html: out } = applyTextEditsToHtml(html, fix.edits);
    expect(out).toContain('<p>I have copied this email to Cllr Beth Holloway and Cllr Kamal Hussain, as Riverside ward councillors.</p><p>Kind regards,</p>');
  });

  it('inserts a new paragraph after the greeting, shaped like it, leaving the others as they were', () => {
    const outlook = '<p class=MsoNormal>Dear Mr Jones,</p><p class=MsoNormal>Thanks.</p>';
    const { html: out } = applyTextEditsToHtml(outlook, [{ op: 'insertText', anchor: 'afterGreeting', text: 'I write as ward councillor.' }]);
    expect(out).toBe('<p class=MsoNormal>Dear Mr Jones,</p><p class=MsoNormal>I write as ward councillor.</p><p class=MsoNormal>Thanks.</p>');
  });

  it('replaces words that run across formatting, keeping the tags', () => {
    const source = '<p>Thanks to the <i>Labour</i> administration, all is well.</p>';
    const map = htmlToText(source);
    const start = map.text.indexOf('Labour');
    const end = map.text.indexOf(' administration') + ' administration'.length;
    const { html: out } = applyTextEditsToHtml(source, [{ op: 'replaceText', span: { start, end, text: map.text.slice(start, end) }, replacement: 'Council' }]);
    expect(out).toBe('<p>Thanks to the <i>Council</i>, all is well.</p>');
  });

  it('skips a replacement whose text is no longer there', () => {
    const { skipped, html: out } = applyTextEditsToHtml('<p>Hello</p>', [{ op: 'replaceText', span: { start: 0, end: 5, text: 'Howdy' }, replacement: 'Hi' }]);
    expect(skipped).toHaveLength(1);
    expect(out).toBe('<p>Hello</p>');
  });

  it('escapes inserted text', () => {
    expect(applyTextEditsToHtml('<p>Hi,</p><p>x</p>', [{ op: 'insertText', anchor: 'end', text: 'A <b> & C' }]).html).toContain('A &lt;b&gt; &amp; C');
  });

  it('takes away inline elements a replacement left empty, and keeps those the user had', () => {
    const source = '<p>We thank the <b><span style="color:red">Labour</span></b> group <i></i>for this.</p>';
    const map = htmlToText(source);
    const start = map.text.indexOf('the Labour group');
    const words = 'the Labour group';
    const { html: out } = applyTextEditsToHtml(source, [{ op: 'replaceText', span: { start, end: start + words.length, text: words }, replacement: 'the committee' }]);
    expect(out).toBe('<p>We thank the committee <i></i>for this.</p>');
  });

  it('removes the paragraph whose only text was removed, with one blank line', () => {
    const source = '<div>Hello,</div><div><br></div><div><b>Vote Labour!</b></div><div><br></div><div>Thanks,</div>';
    const map = htmlToText(source);
    const start = map.text.indexOf('Vote');
    const { html: out, applied } = applyTextEditsToHtml(source, [{ op: 'replaceText', span: { start, end: start + 12, text: 'Vote Labour!' }, replacement: '' }]);
    expect(applied).toHaveLength(1);
    expect(out).toBe('<div>Hello,</div><div><br></div><div>Thanks,</div>');
  });

  it('removes two adjacent sentences whose spans overlap by a space, and reports both applied', () => {
    const source = '<p>Hello. This is exempt. It is not for publication. Bye.</p>';
    const map = htmlToText(source);
    const a = map.text.indexOf('This is exempt. ');
    const b = map.text.indexOf(' It is not');
    const first = { op: 'replaceText' as const, span: { start: a, end: a + 16, text: 'This is exempt. ' }, replacement: '' };
    const second = { op: 'replaceText' as const, span: { start: b, end: b + 27, text: ' It is not for publication.' }, replacement: '' };
    const { html: out, applied, skipped } = applyTextEditsToHtml(source, [first, second]);
    expect(skipped).toEqual([]);
    expect(applied).toEqual([first, second]);
    expect(out).not.toMatch(/exempt|publication/);
  });
});
