// Random sets of body edits on real-client HTML bodies: the HTML path accounts for every edit
// (applied or skipped with a reason, never dropped) and agrees with the text path (applyEdits).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyEdits } from '../../src/engine/fixes/apply-edits';
import type { Draft, Edit, InsertAnchor } from '../../src/engine';
import { applyTextEditsToHtml } from '../../src/office/html-edits';
import { htmlToText } from '../../src/office/html-text';

const DIR = join(__dirname, '../fixtures/html');
const BODIES = readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(DIR, f), 'utf8'));
const ANCHORS: InsertAnchor[] = ['start', 'afterGreeting', 'beforeSignOff', 'end'];
const SENTENCES = ['I have copied this email to Cllr Beth Holloway.', 'I write as ward councillor for Riverside.', 'I have copied this email to Cllr Beth Holloway.'];

/** Sentence spans of a text (what a remove-sentence fix targets), with and without the space after. */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const pattern = /[A-Z][^.!?\n]{3,}[.!?]/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (text[m.index + m[0].length] === ' ') spans.push({ start: m.index, end: m.index + m[0].length + 1 });
    if (m.index > 0 && text[m.index - 1] === ' ') spans.push({ start: m.index - 1, end: m.index + m[0].length });
  }
  return spans;
}

const scenario = fc.integer({ min: 0, max: BODIES.length - 1 }).chain((b) => {
  const html = BODIES[b]!;
  const text = htmlToText(html).text;
  const spans = sentenceSpans(text);
  const replace = fc.tuple(fc.integer({ min: 0, max: spans.length - 1 }), fc.constantFrom('', 'The Council agrees.')).map(([k, replacement]): Edit => {
    const { start, end } = spans[k]!;
    return { op: 'replaceText', span: { start, end, text: text.slice(start, end) }, replacement };
  });
  const insert = fc.tuple(fc.constantFrom(...ANCHORS), fc.constantFrom(...SENTENCES)).map(([anchor, sentence]): Edit => ({ op: 'insertText', anchor, text: sentence }));
  return fc.record({ html: fc.constant(html), text: fc.constant(text), edits: fc.array(fc.oneof(replace, insert), { minLength: 1, maxLength: 6 }) });
});

describe('HTML edits on real-client bodies', () => {
  it('never drop an edit silently and apply and skip what the text path applies and skips', () => {
    fc.assert(fc.property(scenario, ({ html, text, edits }) => {
      const sender = 'Fatima Noor';
      const result = applyTextEditsToHtml(html, edits, [sender.toLowerCase()]);
      const skipped = result.skipped.map((s) => s.edit);
      // Every edit once: applied or skipped, with a reason.
      for (const edit of edits) expect(Number(result.applied.includes(edit)) + Number(skipped.includes(edit))).toBe(1);
      expect(result.skipped.every((s) => s.reason.length > 0)).toBe(true);
      const draft: Draft = { from: { name: sender, email: 'fatima.noor@harburyvale.gov.uk' }, to: [], cc: [], bcc: [], subject: 's', body: text };
      const textPath = applyEdits(draft, edits);
      expect(new Set(result.applied)).toEqual(new Set(textPath.applied));
      // What was inserted is in the new body; what was removed is gone.
      const out = htmlToText(result.html).text;
      const occurrences = (body: string, words: string) => body.split(words).length - 1;
      for (const edit of result.applied) {
        if (edit.op === 'insertText') expect(out).toContain(edit.text);
        else if (edit.op === 'replaceText' && edit.replacement === '' && edit.span.text.trim().length > 3) {
          expect(occurrences(out, edit.span.text.trim())).toBeLessThan(occurrences(text, edit.span.text.trim()));
        }
      }
    }), { numRuns: 300 });
  });
});
