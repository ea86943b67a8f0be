// Where a sentence "before the sign-off" goes when a body has no sign-off line, or nothing written.
import { applyTextEditsToHtml } from '../../src/office/html-edits';

const insert = (html: string) => applyTextEditsToHtml(html, [{ op: 'insertText', anchor: 'beforeSignOff', text: 'NEW.' }]).html;

describe('inserting before the sign-off without one', () => {
  it('goes before Gmail\'s "-- " signature, inside its dir="ltr" wrapper', () => {
    const out = insert('<div dir="ltr"><div>Hi Alan,</div><div><br></div><div>The bins are done.</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div>F. Noor</div></div></div>');
    expect(out).toContain('<div><br></div>NEW.<br><br><span class="gmail_signature_prefix">-- </span>');
    expect(out.endsWith('</div></div>')).toBe(true);
  });

  it('goes before Outlook on the web\'s signature, shaped like the last paragraph (not its blank line), the id not copied', () => {
    const out = insert('<div>Hi Alan,</div><div><br></div><div style="font-family:Aptos">The bins are done.</div><div><br></div><div id="Signature"><div>F. Noor</div><div>Waste Services, Harbury Vale District Council</div></div>');
    expect(out).toContain('<div style="font-family:Aptos">The bins are done.</div><div><br></div><div style="font-family:Aptos">NEW.</div><div><br></div><div id="Signature">');
    expect(out.match(/id="Signature"/g)).toHaveLength(1);
  });

  it('goes before a signature table, never into a cell', () => {
    expect(insert('<p>Hi Alan,</p><p>The bins are done.</p><table><tr><td>F. Noor</td><td>Waste</td></tr></table>'))
      .toBe('<p>Hi Alan,</p><p>The bins are done.</p><p>NEW.</p><table><tr><td>F. Noor</td><td>Waste</td></tr></table>');
  });

  it('goes inside <body> when nothing is written', () => {
    expect(insert('<html><body></body></html>')).toBe('<html><body><div>NEW.</div></body></html>');
  });

  it('goes above Outlook\'s reply rule and header when only the thread is there', () => {
    const out = insert('<div><br></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><font face="Calibri"><b>From:</b> Alan<br><b>Sent:</b> Monday<br><b>To:</b> F<br><b>Subject:</b> x</font></div><div>Old text</div>');
    expect(out.indexOf('NEW.')).toBeLessThan(out.indexOf('<div id="appendonsend">'));
  });

  it('survives the removal of every sentence around it (Gmail: the whole dir="ltr" wrapper goes)', () => {
    // Found by the random-edit property test: the copy sentence was inserted inside the wrapper that the
    // three sentence removals emptied, and went with it while being reported applied.
    const html = '<div dir="ltr"><font face="verdana, sans-serif">The contractor is booked for Monday.</font><div><font face="verdana, sans-serif"><br></font></div><div><font face="verdana, sans-serif">The Tories caused this mess.</font></div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 1 Feb 2027 at 09:12, Cllr Alan Price wrote:<br></div><blockquote class="gmail_quote"><div dir="ltr">When is the contractor coming?</div></blockquote></div>';
    const text = 'The contractor is booked for Monday.\n\nThe Tories caused this mess.';
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });
    const result = applyTextEditsToHtml(html, [{ op: 'insertText', anchor: 'beforeSignOff', text: 'NEW.' },
      { op: 'replaceText', span: span('The Tories caused this mess.'), replacement: '' }, { op: 'replaceText', span: span('The contractor is booked for Monday.'), replacement: '' }]);
    expect(result.skipped).toEqual([]);
    expect(result.html).toContain('NEW.');
    expect(result.html).not.toContain('Tories');
    expect(result.html.indexOf('NEW.')).toBeLessThan(result.html.indexOf('gmail_quote'));
  });
});
