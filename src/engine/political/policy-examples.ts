// The council's own examples for political-content (policy `political.examples`), run through the
// rule as a councillor's e-mail to an officer, so `protocol-check validate` proves the council's
// extra party names and "never political" phrases do what the Monitoring Officer meant.
import type { Directory } from '../config/directory-schema';
import type { Policy } from '../config/policy-schema';
import { check } from '../check';
import { politicalContent } from '../rules/political-content';
import type { Draft } from '../types';
import { en, type Catalogue } from '../i18n/en';
import { render } from '../i18n/format';
import type { Lang } from '../i18n/lang';

export interface ExampleProblem {
  /** Path in the policy file, e.g. political.examples.political[2]. */
  path: string;
  message: string;
}

function draftFor(directory: Directory, sentence: string): Draft | undefined {
  const member = directory.members[0];
  const officer = directory.officers[0];
  if (!member || !officer) return undefined;
  return {
    from: { name: `Cllr ${member.name}`, email: member.email },
    to: [{ name: officer.name, email: officer.email }], cc: [], bcc: [],
    subject: 'Example', body: `Dear ${officer.name},\n\n${sentence}\n\nThanks,\n${member.name}`, composeType: 'new',
  };
}

/** Problems in the catalogue's language (the CLI passes the report's; English by default). */
export function politicalExampleProblems(directory: Directory, policy: Policy, catalogue: Catalogue = en, lang: Lang = 'en'): ExampleProblem[] {
  const examples = policy.political?.examples;
  if (!examples) return [];
  const problems: ExampleProblem[] = [];
  const run = (list: readonly string[], key: 'political' | 'notPolitical', shouldFlag: boolean): void => {
    list.forEach((sentence, i) => {
      const path = `political.examples.${key}[${i}]`;
      const draft = draftFor(directory, sentence);
      if (!draft) {
        problems.push({ path, message: render(catalogue['policyExample.untried'], {}, lang) });
        return;
      }
      const flagged = check(draft, { directory, policy, rules: [politicalContent] }).some((f) => f.severity !== 'info');
      if (flagged !== shouldFlag) {
        problems.push({ path, message: render(catalogue[shouldFlag ? 'policyExample.notFlagged' : 'policyExample.flagged'], { sentence }, lang) });
      }
    });
  };
  run(examples.political, 'political', true);
  run(examples.notPolitical, 'notPolitical', false);
  return problems;
}
