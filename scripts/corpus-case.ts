// Prints the findings for one corpus case: `npx tsx scripts/corpus-case.ts <corpus> <file-prefix> [rule]`.
import { join } from 'node:path';
import { loadCorpus, refuseHeldOut, runCorpus } from '../test/support/corpus';

const [name, prefix, rule] = process.argv.slice(2);
const root = join(__dirname, '..', 'test', 'corpus');
refuseHeldOut(root, name!);
const corpus = loadCorpus(join(root, name!), name);
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
