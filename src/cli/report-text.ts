// The readable report: per file, each finding with rule, severity, message, clause, the
// trigger (recipients and the words in context) and the fixes on offer.
import pc from 'picocolors';
import type { Draft, Finding } from '../engine';

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

function describeEdit(edit: Finding['fixes'][number]['edits'][number]): string {
  switch (edit.op) {
    case 'addRecipient': return `add ${edit.name ? `${edit.name} <${edit.email}>` : edit.email} to ${edit.field}`;
    case 'removeRecipient': return `remove ${edit.email} from ${edit.field}`;
    case 'insertText': return `insert "${edit.text}" (${edit.anchor})`;
    case 'replaceText': return edit.replacement ? `replace "${edit.span.text.trim()}" with "${edit.replacement}"` : `remove "${edit.span.text.trim()}"`;
    case 'setDelayDelivery': return `deliver at ${edit.time}`;
  }
}

/** `unreadable`: drafts that could not be read (listed on stderr), counted in the summary. */
export function formatText(results: readonly FileResult[], useColour: boolean, unreadable = 0): string {
  const c: Colours = pc.createColors(useColour);
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    lines.push(c.underline(result.file));
    if (result.findings.length === 0) lines.push(`  ${c.green('✓ no problems found')}`);
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      if (f.severity === 'warning') warnings++;
      lines.push(`  ${paint[f.severity](f.severity.padEnd(7))} ${c.bold(f.ruleId)}  ${f.message}`);
      lines.push(`          ${c.dim(`clause: ${f.citation}`)}`);
      if (f.recipients.length) lines.push(`          ${c.dim('recipients:')} ${f.recipients.map((r) => `${r.email} (${r.field})`).join(', ')}`);
      const body = result.draft?.body;
      if (body) for (const s of f.spans.slice(0, 4)) lines.push(`          ${c.dim('words:')} ${context(body, s.start, s.end)}`);
      f.fixes.forEach((fix, i) => {
        lines.push(`          ${c.cyan(`fix ${i + 1}:`)} ${fix.title}`);
        for (const edit of fix.edits) lines.push(`            ${c.dim('·')} ${describeEdit(edit)}`);
      });
    }
    lines.push('');
  }
  const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}${unreadable ? ` (${unreadable} more could not be read — listed on stderr)` : ''}`;
  lines.push(errors ? c.red(c.bold(summary)) : warnings ? c.yellow(summary) : c.green(summary));
  return `${lines.join('\n')}\n`;
}
