// The rule registry: every rule the engine runs, in the order findings of equal severity appear.
import type { Rule } from '../rule';
import { wardMemberCopy } from './ward-member-copy';
import { noBlindCopy } from './no-blind-copy';
import { copyMadeExplicit } from './copy-made-explicit';
import { memberSignature } from './member-signature';
import { capacityStated } from './capacity-stated';
import { politicalContent } from './political-content';
import { outOfHours } from './out-of-hours';
import { mediaEnquiry } from './media-enquiry';
import { preElectionPublicity } from './pre-election-publicity';
import { confidentialInformation } from './confidential-information';
import { personalData } from './personal-data';
import { juniorOfficerRequest } from './junior-officer-request';
import { executiveBriefingCopies } from './executive-briefing-copies';
import { distributionList } from './distribution-list';
import { officerCriticism } from './officer-criticism';

export const rules: readonly Rule[] = [wardMemberCopy, noBlindCopy, copyMadeExplicit, memberSignature, capacityStated, politicalContent,
  outOfHours, mediaEnquiry, preElectionPublicity, confidentialInformation, personalData, juniorOfficerRequest, executiveBriefingCopies,
  distributionList, officerCriticism];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
