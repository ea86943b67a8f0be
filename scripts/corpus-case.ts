// Prints the findings for one corpus case: `npx tsx scripts/corpus-case.ts <corpus> <file-prefix> [rule]`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, runCorpus } from '../test/support/corpus';

const [name, prefix, rule] = process.argv.slice(2);
const heldOut = join(__dirname, '..', 'test', 'corpus', 'HELD-OUT');
if (existsSync(heldOut) && readFileSync(heldOut, 'utf8').split(/\s+/).includes(name!)) {
  console.error(`${name} is a held-out set: it is for judging the rules, not for tuning them.`);
  process.exit(2);
}
const corpus = loadCorpus(join(__dirname, '..', 'test', 'corpus', name!), name);
corpus.cases = corpus.cases.filter((c) => c.file.startsWith(prefix!));
for (const { c, findings } of runCorpus(corpus)) {
  console.log(`${c.file}: expect ${JSON.stringify(c.expect)}`);
  for (const f of findings.filter((x) => !rule || x.ruleId === rule)) {
    console.log(`  ${f.ruleId} ${f.severity}: ${f.message}`);
    // The words it rests on, with the line they stand in, to see why it fired.
    for (const span of f.spans ?? []) {
      const body = c.draft.body;
      const from = body.lastIndexOf('\n', span.start) + 1;
      const to = body.indexOf('\n', span.end);
      console.log(`      [${span.text}] in: ${body.slice(from, to < 0 ? undefined : to).slice(0, 240)}`);
    }
  }
}
