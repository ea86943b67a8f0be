// Short titles for findings, as a councillor would say them.
export const RULE_TITLES: Record<string, string> = {
  'ward-member-copy': 'Ward members not copied',
  'no-blind-copy': 'Blind copy (Bcc)',
  'copy-made-explicit': 'Copy to a member not stated',
  'member-signature': "Sent in a member's name",
  'capacity-stated': 'Capacity not stated',
  'political-content': 'Party-political content',
  'out-of-hours': 'Outside office hours',
  'media-enquiry': 'Media enquiry without the communications team',
  'pre-election-publicity': 'Councillor named in pre-election publicity',
  'confidential-information': 'Confidential information going outside the council',
  'personal-data': "A resident's personal details",
  'junior-officer-request': 'Request sent to a junior officer',
  'executive-briefing-copies': 'Briefing not copied to opposition and scrutiny',
  'distribution-list': 'All-members list used for a personal matter',
  'officer-criticism': 'An officer criticised in front of others',
};

export function ruleTitle(ruleId: string): string {
  return RULE_TITLES[ruleId] ?? ruleId;
}
