// The engine's public surface: check(), applyEdits(), the config loaders and the types.
export { check, type CheckOptions } from './check';
export { applyEdits, resolveAnchor, senderNamesOf, type ApplyResult, type SkippedEdit } from './fixes/apply-edits';
export { planTextChanges, applyTextChanges, type TextChange, type TextPlan } from './fixes/text-changes';
export { planFixAll, describeEdits, type FixAllPlan, type FixAllOptions } from './fixes/fix-all';
export { loadDirectory, loadPolicy, parseJson, defaultPolicy, type Loaded } from './config/load';
export { DEFAULT_POLICY } from './config/defaults';
export { directorySchema, type Directory, type Member, type Officer, type Ward, type Mailbox, type MemberRole } from './config/directory-schema';
export { policySchema, type Policy } from './config/policy-schema';
export { draftSchema } from './config/draft-schema';
export { RULE_IDS, type RuleId } from './config/rule-ids';
export { rules, ruleById } from './rules';
export type { Rule, RuleMeta } from './rule';
export * from './types';
export { CATALOGUES } from './i18n/catalogues';
export { langOfLocale, LANGS, type Lang } from './i18n/lang';
export { loadMessageOverrides } from './config/message-overrides';
export type { CatalogueOverrides } from './i18n/translator';
export { politicalExampleProblems, type ExampleProblem } from './political/policy-examples';
