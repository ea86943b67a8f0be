// The readable report: per file, each finding with rule, severity, message, clause, the
// trigger (recipients and the words in context) and the fixes on offer.
import pc from 'picocolors';
import type { Draft, Finding } from '../engine';
import { cliText, type CliText } from './messages';

export interface FileResult {
  file: string;
  draft?: Draft;
  findings: Finding[];
}

type Colours = ReturnType<typeof pc.createColors>;

function context(body: string, start: number, end: number): string {
  const before = body.slice(Math.max(0, start - 40), start).replace(/\s+/g, ' ');
  const after = body.slice(end, end + 40).replace(/\s+/g, ' ');
  return `${start > 40 ? '…' : ''}${before}[${body.slice(start, end).replace(/\s+/g, ' ')}]${after}${end + 40 < body.length ? '…' : ''}`;
}

function describeEdit(edit: Finding['fixes'][number]['edits'][number], t: CliText): string {
  switch (edit.op) {
    case 'addRecipient': return t('edit.add', { who: edit.name ? `${edit.name} <${edit.email}>` : edit.email, field: edit.field });
    case 'removeRecipient': return t('edit.remove', { email: edit.email, field: edit.field });
    case 'insertText': return t('edit.insert', { text: edit.text, anchor: edit.anchor });
    case 'replaceText': return edit.replacement ? t('edit.replace', { from: edit.span.text.trim(), to: edit.replacement }) : t('edit.delete', { text: edit.span.text.trim() });
    case 'setDelayDelivery': return t('edit.delay', { time: edit.time });
  }
}

/** `unreadable`: drafts that could not be read (listed on stderr), counted in the summary. */
export function formatText(results: readonly FileResult[], useColour: boolean, unreadable = 0, t: CliText = cliText('en')): string {
  const c: Colours = pc.createColors(useColour);
  const severity = { error: t('severity.error'), warning: t('severity.warning'), info: t('severity.info') } as const;
  // The column is as wide as the longest severity word in this language ("warning" in English).
  const width = Math.max(...Object.values(severity).map((s) => s.length));
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    lines.push(c.underline(result.file));
    if (result.findings.length === 0) lines.push(`  ${c.green(t('report.clean'))}`);
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      if (f.severity === 'warning') warnings++;
      lines.push(`  ${paint[f.severity](severity[f.severity].padEnd(width))} ${c.bold(f.ruleId)}  ${f.message}`);
      lines.push(`          ${c.dim(t('report.clause', { citation: f.citation }))}`);
      if (f.recipients.length) lines.push(`          ${c.dim(t('report.recipients'))} ${f.recipients.map((r) => `${r.email} (${r.field})`).join(', ')}`);
      const body = result.draft?.body;
      if (body) for (const s of f.spans.slice(0, 4)) lines.push(`          ${c.dim(t('report.words'))} ${context(body, s.start, s.end)}`);
      f.fixes.forEach((fix, i) => {
        lines.push(`          ${c.cyan(t('report.fix', { n: i + 1 }))} ${fix.title}`);
        for (const edit of fix.edits) lines.push(`            ${c.dim('·')} ${describeEdit(edit, t)}`);
      });
    }
    lines.push('');
  }
  const summary = t('report.summary', { errors, warnings, files: results.length, unreadable });
  lines.push(errors ? c.red(c.bold(summary)) : warnings ? c.yellow(summary) : c.green(summary));
  return `${lines.join('\n')}\n`;
}
