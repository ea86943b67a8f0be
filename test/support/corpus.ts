// Loads a labelled corpus folder (directory.json, policy.json, cases/*.json as in
// ../shared/examples) and scores the checker on it, rule by rule.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, loadDirectory, loadPolicy, type Directory, type Draft, type Finding, type Policy } from '../../src/engine';

export interface CorpusCase {
  file: string;
  draft: Draft;
  expect: Record<string, boolean>;
  expectAddCc?: string[];
  why?: string;
}

export interface Corpus {
  name: string;
  directory: Directory;
  policy: Policy;
  cases: CorpusCase[];
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  wrong: string[];
}

/** The corpus sets still held out (test/corpus/HELD-OUT): scored only as a whole, never read case by case. */
export function heldOutSets(corpusRoot: string): Set<string> {
  const list = join(corpusRoot, 'HELD-OUT');
  return new Set(existsSync(list) ? readFileSync(list, 'utf8').split(/\s+/).filter(Boolean) : []);
}

/** Stops a script that would show a held-out set's cases or findings. */
export function refuseHeldOut(corpusRoot: string, name: string): void {
  if (!heldOutSets(corpusRoot).has(name)) return;
  console.error(`${name} is a held-out set: it is for judging the rules, not for tuning them.`);
  process.exit(2);
}

export const MISSION_RULES = ['ward-member-copy', 'no-blind-copy', 'copy-made-explicit', 'member-signature', 'capacity-stated', 'political-content'];

export function loadCorpus(folder: string, name = folder): Corpus {
  const load = (file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const directory = loadDirectory(load('directory.json'));
  const policy = loadPolicy(existsSync(join(folder, 'policy.json')) ? load('policy.json') : {});
  if (!directory.ok) throw new Error(`${name}: directory.json is invalid: ${directory.errors.join("; ")}`);
  if (!policy.ok) throw new Error(`${name}: policy.json is invalid: ${policy.errors.join("; ")}`);
  const cases = readdirSync(join(folder, 'cases')).filter((f) => f.endsWith('.json')).sort()
    .map((file) => ({ file, ...(load(join('cases', file)) as Omit<CorpusCase, 'file'>) }));
  return { name, directory: directory.value, policy: policy.value, cases };
}

export function runCorpus(corpus: Corpus): { c: CorpusCase; findings: Finding[] }[] {
  return corpus.cases.map((c) => ({ c, findings: check(c.draft, { directory: corpus.directory, policy: corpus.policy }) }));
}

export function scoreRule(rule: string, results: readonly { c: CorpusCase; findings: Finding[] }[]): RuleScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const wrong: string[] = [];
  for (const { c, findings } of results) {
    if (!(rule in c.expect)) continue;
    const fired = findings.some((f) => f.ruleId === rule && f.severity !== 'info');
    if (fired && c.expect[rule]) tp++;
    else if (fired) {
      fp++;
      wrong.push(`${c.file}: fired`);
    } else if (c.expect[rule]) {
      fn++;
      wrong.push(`${c.file}: missed`);
    } else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { rule, tp, fp, fn, tn, precision, recall, f1, wrong };
}

/** Every rule labelled anywhere in the corpus. */
export function labelledRules(corpus: Corpus): string[] {
  return [...new Set(corpus.cases.flatMap((c) => Object.keys(c.expect)))].sort();
}
