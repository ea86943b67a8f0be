// The rule registry: every rule the engine runs, in the order findings of equal severity appear.
import type { Rule } from '../rule';
import { wardMemberCopy } from './ward-member-copy';
import { noBlindCopy } from './no-blind-copy';
import { copyMadeExplicit } from './copy-made-explicit';
import { memberSignature } from './member-signature';
import { capacityStated } from './capacity-stated';
import { politicalContent } from './political-content';

export const rules: readonly Rule[] = [wardMemberCopy, noBlindCopy, copyMadeExplicit, memberSignature, capacityStated, politicalContent];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
