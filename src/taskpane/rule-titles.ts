// Short titles for findings, as a councillor would say them.
export const RULE_TITLES: Record<string, string> = {
  'ward-member-copy': 'Ward members not copied',
  'no-blind-copy': 'Blind copy (Bcc)',
  'copy-made-explicit': 'Copy to a member not stated',
  'member-signature': "Sent in a member's name",
  'capacity-stated': 'Capacity not stated',
  'political-content': 'Party-political content',
};

export function ruleTitle(ruleId: string): string {
  return RULE_TITLES[ruleId] ?? ruleId;
}
