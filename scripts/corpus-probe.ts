// Runs one corpus case with its body replaced, to try a variant of a sentence against the rules:
// `npx tsx scripts/corpus-probe.ts <corpus> <file-prefix> "<body>" [rule]`.
import { join } from 'node:path';
import { loadCorpus, refuseHeldOut, runCorpus } from '../test/support/corpus';

const [name, prefix, body, rule] = process.argv.slice(2);
const root = join(__dirname, '..', 'test', 'corpus');
refuseHeldOut(root, name!);
const corpus = loadCorpus(join(root, name!), name);
corpus.cases = corpus.cases.filter((c) => c.file.startsWith(prefix!)).slice(0, 1);
for (const c of corpus.cases) {
  c.draft = { ...c.draft, body: body!.replace(/\\n/g, '\n') };
  delete (c.draft as { bodyHtml?: string }).bodyHtml;
}
for (const { findings } of runCorpus(corpus)) {
  const shown = findings.filter((x) => !rule || x.ruleId === rule);
  if (shown.length === 0) console.log('  (no findings)');
  for (const f of shown) console.log(`  ${f.ruleId} ${f.severity}: ${(f.spans ?? []).map((s) => `[${s.text}]`).join(' ')}`);
}
