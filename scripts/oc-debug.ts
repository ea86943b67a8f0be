// Shows what officer-criticism reads in one corpus case: the criticism phrases it found and the
// people it found named, so a miss can be told apart (no phrase, no person, or no link between).
// `npx tsx scripts/oc-debug.ts <corpus> <file-prefix>`
import { join } from 'node:path';
import { loadCorpus, refuseHeldOut } from '../test/support/corpus';
import { DraftAnalysis, councilModel } from '../src/engine/analysis';
import { criticisms } from '../src/engine/lexicons/criticism';
import { findPersonMentions } from '../src/engine/people/officer-mentions';

const [name, prefix] = process.argv.slice(2);
const root = join(__dirname, '..', 'test', 'corpus');
refuseHeldOut(root, name!);
const corpus = loadCorpus(join(root, name!), name);
for (const c of corpus.cases.filter((x) => x.file.startsWith(prefix!))) {
  const analysis = new DraftAnalysis(c.draft, councilModel(corpus.directory));
  const tokens = analysis.bodyTokens();
  const [from, to] = analysis.tokenRange(analysis.saidRange());
  console.log(`${c.file} sender=${analysis.sender.kind}`);
  for (const h of criticisms.find(tokens, from, to)) console.log(`  hit ${h.entry.id}/${h.entry.category}: [${c.draft.body.slice(h.start, h.end)}]`);
  for (const m of findPersonMentions(corpus.directory, tokens, from, to, c.draft.body)) console.log(`  person [${c.draft.body.slice(m.start, m.end)}] officer=${m.officer?.name ?? '-'}${m.unlisted ? ' (unlisted)' : ''}`);
}
