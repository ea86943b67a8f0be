// The shape of a rule module (after ESLint's): `meta` plus a pure `check` that returns reports.
import type { DraftAnalysis } from './analysis';
import type { Policy } from './config/policy-schema';
import type { RuleId } from './config/rule-ids';
import type { DirectoryIndex } from './people/directory-index';
import type { MailText, Translator } from './i18n/translator';
import type { Draft, FindingRecipient, Fix, Severity, Span } from './types';

export interface RuleMeta {
  id: RuleId;
  /** One line for docs and the task pane's "about this rule" (English; every language: `<id>.description` in the catalogues). */
  description: string;
  /** Severity of a clear breach; a rule may report lower when it is less sure. */
  severity: Severity;
  /** Default clause, replaced by the council's own wording from the policy file. */
  citation: string;
  fixable: boolean;
}

export interface RuleContext {
  draft: Draft;
  analysis: DraftAnalysis;
  directory: DirectoryIndex;
  policy: Policy;
  /** Renders messages and fix titles in the user's language. */
  t: Translator;
  /** Writes the sentences fixes insert, in the e-mail's language (or both). */
  mail: MailText;
}

export interface Report {
  severity?: Severity;
  message: string;
  recipients?: FindingRecipient[];
  spans?: Span[];
  fixes?: Fix[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Report[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
