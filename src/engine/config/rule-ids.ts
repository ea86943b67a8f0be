// Every rule id named in shared/spec/rules.md; a policy may configure any of them.
export const RULE_IDS = [
  'ward-member-copy', 'no-blind-copy', 'copy-made-explicit', 'member-signature', 'capacity-stated', 'political-content',
  'pre-election-publicity', 'distribution-list', 'personal-data', 'officer-criticism', 'junior-officer-request',
  'out-of-hours', 'media-enquiry', 'executive-briefing-copies', 'confidential-information',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
