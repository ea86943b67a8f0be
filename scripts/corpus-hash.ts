// One hash of every check() result over the opened corpus and the shared examples:
// `npx tsx scripts/corpus-hash.ts`. A refactor that must not change behaviour prints the same
// line before and after (the findings themselves are never printed, so held-out sets stay unread).
import { createHash } from 'node:crypto';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutSets, loadCorpus, runCorpus } from '../test/support/corpus';
const root = 'test/corpus';
const held = heldOutSets(root);
const total = createHash('sha1');
let n = 0;
const sets = readdirSync(root).filter((s) => !held.has(s) && existsSync(join(root, s, 'cases'))).sort();
for (const s of [...sets.map((x) => join(root, x)), '../shared/examples']) {
  for (const { c, findings } of runCorpus(loadCorpus(s))) { total.update(c.file + JSON.stringify(findings)); n++; }
}
console.log(n, total.digest('hex'));
