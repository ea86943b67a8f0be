// Prints precision / recall / F1 per rule for each development corpus (test/corpus/*) and the
// shared Northbridge examples: `npx tsx scripts/corpus-score.ts [--wrong] [corpus…]`.
// Held-out sets (listed in test/corpus/HELD-OUT) are measured only with --held-out, and then
// without --wrong: they are for judging the rules, not for tuning them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MISSION_RULES, heldOutSets, labelledRules, loadCorpus, runCorpus, scoreRule } from '../test/support/corpus';

const args = process.argv.slice(2);
const heldOutOnly = args.includes('--held-out');
const showWrong = args.includes('--wrong') && !heldOutOnly;
const only = args.filter((a) => !a.startsWith('--'));
const root = join(__dirname, '..');
const heldOut = heldOutSets(join(root, 'test', 'corpus'));
const folders = readdirSync(join(root, 'test', 'corpus')).filter((name) => heldOut.has(name) === heldOutOnly)
  .map((name) => [name, join(root, 'test', 'corpus', name)] as const);
const shared = join(root, '..', 'shared', 'examples');
if (existsSync(shared) && !heldOutOnly) folders.push(['northbridge (shared)', shared]);

for (const [name, folder] of folders) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  if (!existsSync(join(folder, 'cases'))) continue;
  const corpus = loadCorpus(folder, name);
  const results = runCorpus(corpus);
  const scores = labelledRules(corpus).map((rule) => scoreRule(rule, results));
  const mission = scores.filter((s) => MISSION_RULES.includes(s.rule));
  const macro = mission.reduce((sum, s) => sum + s.f1, 0) / (mission.length || 1);
  console.log(`\n${name}: ${corpus.cases.length} cases, mission macro-F1 ${macro.toFixed(3)}`);
  for (const s of scores) {
    console.log(`  ${s.rule.padEnd(26)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})`);
    if (showWrong) for (const w of s.wrong) console.log(`      ${w}`);
  }
}
