// check(): runs every enabled rule over a draft and returns findings in the Finding format.
import { DraftAnalysis, councilModel } from './analysis';
import type { Directory } from './config/directory-schema';
import { DEFAULT_POLICY } from './config/defaults';
import type { Policy } from './config/policy-schema';
import { rules as allRules } from './rules';
import type { Rule } from './rule';
import { offeredFixes } from './fixes/offered';
import type { Draft, Finding, Severity } from './types';

export interface CheckOptions {
  directory: Directory;
  policy?: Policy;
  /** Run only these rules (tests); default every registered rule. */
  rules?: readonly Rule[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Missing lists and fields become empty ones, so hosts can pass what they have. */
function normaliseDraft(draft: Draft): Draft {
  return {
    ...draft,
    from: draft.from ?? { email: '' },
    to: draft.to ?? [],
    cc: draft.cc ?? [],
    bcc: draft.bcc ?? [],
    subject: draft.subject ?? '',
    body: draft.body ?? '',
  };
}

export function check(draft: Draft, options: CheckOptions): Finding[] {
  const policy = options.policy ?? DEFAULT_POLICY;
  const input = normaliseDraft(draft);
  const model = councilModel(options.directory);
  const analysis = new DraftAnalysis(input, model);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? allRules) {
    const setting = policy.rules[rule.meta.id];
    if (setting?.severity === 'off') continue;
    let reports;
    try {
      reports = rule.check({ draft: input, analysis, directory: model.index, policy });
    } catch {
      // One rule failing (an old runtime, a bug) must not silence the others.
      reports = [{ severity: 'info' as const, message: 'This check could not run on this email; the other checks did.' }];
    }
    for (const report of reports) {
      const severity = report.severity ?? rule.meta.severity;
      const offered = offeredFixes(report.fixes ?? []);
      findings.push({
        ruleId: rule.meta.id,
        // The council's grading replaces ours, except for info notes that explain a non-finding.
        severity: setting?.severity && severity !== 'info' ? setting.severity : severity,
        message: offered.note ? `${report.message} ${offered.note}` : report.message,
        citation: setting?.citation ?? rule.meta.citation,
        recipients: report.recipients ?? [],
        spans: report.spans ?? [],
        fixes: offered.fixes,
      });
    }
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
