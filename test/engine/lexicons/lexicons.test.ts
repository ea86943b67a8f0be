// Every lexicon entry's own examples hold: the sentences it lists as matches are found by that
// entry, and its look-alikes are not (retext-equality / prh style).
import { capacityEntries, capacityStatements } from '../../../src/engine/lexicons/capacity';
import { collectiveMemberEntries, collectiveMembers, copyStatementEntries, copyStatements, memberRoleEntries, memberRoles, noCopyEntries, noCopyReasons } from '../../../src/engine/lexicons/copying';
import type { Lexicon, LexiconEntry } from '../../../src/engine/lexicons/lexicon';
import { commitmentEntries, commitments } from '../../../src/engine/lexicons/obligations';
import { chasing, everyMember, localIssues, personalReplies } from '../../../src/engine/lexicons/distribution';
import { chasingEntries, everyMemberEntries, localIssueEntries, personalReplyEntries } from '../../../src/engine/lexicons/distribution-examples';
import { apologies, criticisms, endorsements, reported } from '../../../src/engine/lexicons/criticism';
import { apologyEntries, criticismEntries, endorsementEntries, reportedEntries } from '../../../src/engine/lexicons/criticism-examples';
import {
  anchorEntries, anchorLexicon, antiEntries, antiLexicon, contextEntries, contextLexicon, frameEntries, frameLexicon, implicitEntries, implicitLexicon,
  stanceEntries, stanceLexicon,
} from '../../../src/engine/lexicons/political';
import { politicalContent } from '../../../src/engine/rules/political-content';
import { check } from '../../../src/engine';
import { sampleDirectory } from '../../../src/sample-council';
import { aDraft } from '../../support/draft-builder';
import { cllr, officer } from '../../support/people';

const lexicons: [string, Lexicon<string>, LexiconEntry<string>[]][] = [
  ['copy statements', copyStatements, copyStatementEntries],
  ['collective members', collectiveMembers, collectiveMemberEntries],
  ['member roles', memberRoles, memberRoleEntries],
  ['reasons not to copy', noCopyReasons, noCopyEntries],
  ['capacity statements', capacityStatements, capacityEntries],
  ['commitments', commitments, commitmentEntries],
  ['political frames', frameLexicon, frameEntries],
  ['political stances', stanceLexicon, stanceEntries],
  ['implicit party references', implicitLexicon, implicitEntries],
  ['Council decisions', anchorLexicon, anchorEntries],
  ['political context', contextLexicon, contextEntries],
  ['political look-alike contexts', antiLexicon, antiEntries],
  ['personal replies (distribution-list)', personalReplies, personalReplyEntries],
  ['every member (distribution-list)', everyMember, everyMemberEntries],
  ['chasing one person (distribution-list)', chasing, chasingEntries],
  ['local matters (distribution-list)', localIssues, localIssueEntries],
  ['criticism of a person (officer-criticism)', criticisms, criticismEntries],
  ['reported criticism (officer-criticism)', reported, reportedEntries],
  ['apologies to the officer (officer-criticism)', apologies, apologyEntries],
  ['the writer backing a report (officer-criticism)', endorsements, endorsementEntries],
];

describe.each(lexicons)('%s lexicon', (_name, lexicon, entries) => {
  const cases = entries.flatMap((entry) => [
    ...entry.examples.match.map((text) => [entry.id, 'finds', text, entry] as const),
    // A "needs context" entry's look-alikes are told apart by the rule, tested below.
    ...(entry.needsContext || ('needsAnchor' in entry && entry.needsAnchor) ? [] : (entry.examples.noMatch ?? []).map((text) => [entry.id, 'ignores', text, entry] as const)),
  ]);
  it.each(cases)('%s %s: %s', (_id, verb, text, entry) => {
    const ids = lexicon.findIn(text).map((hit) => hit.entry.id);
    if (verb === 'finds') expect(ids).toContain(entry.id);
    else expect(ids).not.toContain(entry.id);
  });

  it('every entry has at least one example of a match', () => {
    for (const entry of entries) expect(entry.examples.match.length).toBeGreaterThan(0);
  });
});

describe('political lexicon examples through the political-content rule', () => {
  // In a member's e-mail to an officer, each match example is flagged and each look-alike is not.
  const draftWith = (sentence: string) => aDraft().from(cllr.carver).to(officer.noor).body(`Dear Fatima,\n\n${sentence}\n\nThanks,\nHugh`).build();
  const cases = [...frameEntries, ...stanceEntries].flatMap((entry) => [
    ...entry.examples.match.map((text) => [entry.id, 'flags', text] as const),
    ...(entry.examples.noMatch ?? []).map((text) => [entry.id, 'passes', text] as const),
  ]);
  it.each(cases)('%s %s: %s', (_id, verb, text) => {
    const findings = check(draftWith(text), { directory: sampleDirectory, rules: [politicalContent] });
    expect(findings.length > 0).toBe(verb === 'flags');
  });
});
