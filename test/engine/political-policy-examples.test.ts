// The council's own political-content examples are run through the rule for `validate`.
import { politicalExampleProblems, policySchema } from '../../src/engine';
import { sampleDirectory } from '../../src/sample-council';

describe('political.examples in the policy', () => {
  it('passes examples that the rule reads as the council meant', () => {
    const policy = policySchema.parse({ political: { partyTerms: ['Llais'], examples: {
      political: ['Llais have ruined the market.'], notPolitical: ['The Labour costs went up by 4%.'] } } });
    expect(politicalExampleProblems(sampleDirectory, policy)).toEqual([]);
  });

  it('names the example and what to change when the rule disagrees', () => {
    const policy = policySchema.parse({ political: { examples: {
      political: ['Llais have ruined the market.'], notPolitical: ['Reform have let this town down again and again.'] } } });
    const problems = politicalExampleProblems({ ...sampleDirectory, members: sampleDirectory.members.map((m) => ({ ...m, party: 'Reform UK' })) }, policy);
    expect(problems.map((p) => p.path)).toEqual(['political.examples.political[0]', 'political.examples.notPolitical[0]']);
    expect(problems[0]!.message).toContain('political.partyTerms');
    expect(problems[1]!.message).toContain('political.neverPolitical');
  });

  it('a neverPolitical phrase makes a council look-alike pass', () => {
    // An estate whose open spaces are called "the Greens", in a council with Green members.
    const directory = sampleDirectory;
    const sentence = 'The grass on the Greens has been neglected for months.';
    const without = policySchema.parse({ political: { examples: { notPolitical: [sentence] } } });
    const withPhrase = policySchema.parse({ political: { neverPolitical: ['on the Greens'], examples: { notPolitical: [sentence] } } });
    expect(politicalExampleProblems(directory, without)).toHaveLength(1);
    expect(politicalExampleProblems(directory, withPhrase)).toEqual([]);
  });
});
