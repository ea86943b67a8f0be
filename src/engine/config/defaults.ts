// The default policy as a plain object, so check() needs no schema library at run time (the
// on-send bundle must stay small and ES2016-safe). A test keeps it equal to policySchema.parse({}).
import type { Policy } from './policy-schema';

export const DEFAULT_POLICY: Policy = {
  rules: {},
  preElectionPeriods: [],
  wardCopyMaxWards: 3,
  distributionListMin: 10,
  protocolName: 'Member/Officer Protocol',
  language: 'en',
  bilingualInsertions: false,
  onSendFailure: 'allow',
};
