// An ESLint-style rule tester on jest: valid drafts report nothing; invalid drafts report what
// they state, and applying the first fix and checking again clears the finding.
import { applyEdits, check, type Draft, type Finding, type Policy, type Rule, type Severity } from '../../src/engine';
import { sampleDirectory, samplePolicy } from '../../src/sample-council';
import type { Directory } from '../../src/engine';

export interface ExpectedFinding {
  severity?: Severity;
  /** Substrings the message must contain. */
  message?: string[];
  /** Addresses the finding names, in any order. */
  recipients?: string[];
  /** Body text each span must cover (in order of the spans). */
  spans?: string[];
}

export interface ValidCase {
  name: string;
  draft: Draft;
  /** Info notes are allowed on a valid case (they explain why nothing is asked). */
  allowInfo?: boolean;
  /** This case's own directory or policy (over the run's). */
  context?: TestContext;
}

export interface InvalidCase {
  name: string;
  draft: Draft;
  findings: ExpectedFinding[];
  /** The draft after the first fix of the first finding: checked field by field. */
  output?: Partial<Pick<Draft, 'to' | 'cc' | 'bcc' | 'body' | 'delayDelivery'>>;
  /** Which fix to apply (default 0) for `output` and the re-check. */
  fixIndex?: number;
  /** This case's own directory or policy (over the run's). */
  context?: TestContext;
}

export interface TestContext {
  directory?: Directory;
  policy?: Policy;
}

function run(rule: Rule, draft: Draft, context: TestContext): Finding[] {
  return check(draft, { directory: context.directory ?? sampleDirectory, policy: context.policy ?? samplePolicy, rules: [rule] });
}

export const ruleTester = {
  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }, context: TestContext = {}): void {
    describe(rule.meta.id, () => {
      describe('valid', () => {
        it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
          const findings = run(rule, c.draft, { ...context, ...c.context }).filter((f) => !(c.allowInfo && f.severity === 'info'));
          expect(findings.map((f) => f.message)).toEqual([]);
        });
      });
      describe('invalid', () => {
        it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
          const findings = run(rule, c.draft, { ...context, ...c.context });
          expect(findings).toHaveLength(c.findings.length);
          c.findings.forEach((expected, i) => {
            const actual = findings[i]!;
            expect(actual.ruleId).toBe(rule.meta.id);
            if (expected.severity) expect(actual.severity).toBe(expected.severity);
            for (const part of expected.message ?? []) expect(actual.message).toContain(part);
            if (expected.recipients) expect(actual.recipients.map((r) => r.email).sort()).toEqual([...expected.recipients].sort());
            if (expected.spans) expect(actual.spans.map((s) => s.text)).toEqual(expected.spans);
            for (const span of actual.spans) expect(c.draft.body.slice(span.start, span.end)).toBe(span.text);
          });
          const first = findings[0]!;
          if (first.fixes.length === 0) {
            expect(c.output).toBeUndefined();
            return;
          }
          const fix = first.fixes[c.fixIndex ?? 0]!;
          const result = applyEdits(c.draft, fix.edits);
          expect(result.skipped).toEqual([]);
          for (const [field, value] of Object.entries(c.output ?? {})) {
            expect(result.draft[field as keyof Draft]).toEqual(value);
          }
          // The fix must cure what it was offered for: checking again finds nothing at that severity.
          const after = run(rule, result.draft, { ...context, ...c.context }).filter((f) => f.severity !== 'info');
          const before = findings.filter((f) => f.severity !== 'info');
          if (before.length === 1) expect(after.map((f) => f.message)).toEqual([]);
          else expect(after.length).toBeLessThan(before.length);
        });
      });
    });
  },
};
