// npm run bench: the engine's time per draft (median and p95) on a typical draft and on a 1 MB
// body with 500 recipients, beside one regular-expression pass over the same text (the floor),
// and throughput at four body sizes so the growth with size is visible.
import { check, type Draft } from '../src/engine';
import { sampleDirectory, samplePolicy } from '../src/sample-council';
import type { Directory } from '../src/engine';

const PARAGRAPH = 'Thank you for your email about the fly-tipping on Ferry Lane. Our crew cleared it this morning, and we have ' +
  'opened an enforcement case. On a conservative estimate the labour costs were about £400, and the green waste went to the depot. ';

/** The sample council grown to 60 members across 20 wards, as a mid-sized district. */
function sixtyMemberDirectory(): Directory {
  const wards = Array.from({ length: 20 }, (_, i) => ({ id: `ward-${i}`, name: `Ward${i}ton`, aliases: [`Ward${i}ton ward`], places: [`Street ${i} Road`, `Park ${i} Close`], postcodes: [`HV${i % 9 + 1} ${i % 10}`] }));
  const members = Array.from({ length: 60 }, (_, i) => ({ name: `Member ${i} Person`, email: `member${i}@harburyvale.gov.uk`, ward: `ward-${i % 20}`, party: 'Labour', roles: [] as never[] }));
  return { ...sampleDirectory, wards: [...sampleDirectory.wards, ...wards], members: [...sampleDirectory.members, ...members] };
}

function draftOf(words: number, recipients: number): Draft {
  const paragraphWords = PARAGRAPH.split(' ').length;
  const body = `Dear Cllr Price,\n\n${Array.from({ length: Math.ceil(words / paragraphWords) }, () => PARAGRAPH).join('\n\n')}\n\nKind regards,\n\nFatima Noor\nWaste Services Manager`;
  const to = Array.from({ length: recipients }, (_, i) => ({ email: i === 0 ? 'alan.price@harburyvale.gov.uk' : `resident${i}@gmail.com` }));
  return { from: { email: 'fatima.noor@harburyvale.gov.uk' }, to, cc: [], bcc: [], subject: 'Ferry Lane', body, composeType: 'new', now: '2027-02-09T10:00:00Z' };
}

function time(fn: () => void, runs: number): { median: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)]!, p95: samples[Math.floor(runs * 0.95)]! };
}

const ms = (n: number): string => `${n.toFixed(3)} ms`;
const directory = sixtyMemberDirectory();
const run = (d: Draft) => () => check(d, { directory, policy: samplePolicy });
const floor = (d: Draft) => () => {
  let n = 0;
  const re = /[\p{L}\p{N}]+/gu;
  while (re.exec(d.body)) n++;
  return n;
};

const typical = draftOf(300, 10);
// The task pane checks again at every pause in typing, so the figure that matters is the steady one:
// 300 checks first let the JIT finish optimising (with 50, the slowest 5% were still compiling).
for (let i = 0; i < 300; i++) run(typical)();
const t = time(run(typical), 2000);
console.log(`typical draft (300 words, 10 recipients, ${directory.members.length}-member directory): median ${ms(t.median)}, p95 ${ms(t.p95)}`);

const big = draftOf(170_000, 500);
for (let i = 0; i < 3; i++) run(big)();
for (let i = 0; i < 20; i++) floor(big)();
const b = time(run(big), 25);
const f = time(floor(big), 101);
console.log(`1 MB body (${(big.body.length / 1e6).toFixed(2)} MB, 500 recipients): median ${ms(b.median)}, p95 ${ms(b.p95)}; one regex pass: median ${ms(f.median)}; ratio ${(b.median / f.median).toFixed(1)}×`);

console.log('throughput by body size:');
for (const words of [1_000, 10_000, 100_000, 300_000]) {
  const d = draftOf(words, 10);
  const r = time(run(d), 7);
  console.log(`  ${(d.body.length / 1e6).toFixed(3)} MB: median ${ms(r.median)}, ${(d.body.length / 1e6 / (r.median / 1000)).toFixed(1)} MB/s`);
}

// Hostile bodies: each must cost about what an ordinary body of the same size costs. A pattern
// that backtracks catastrophically would show here as a time far above the ordinary one.
console.log('adversarial bodies (~200 KB each), engine time vs an ordinary body of the same size:');
const ordinary = draftOf(34_000, 10);
const ordinaryTime = time(run(ordinary), 5).median;
const hostile: Record<string, string> = {
  'one long word': 'a'.repeat(200_000),
  'spaces': ' '.repeat(200_000),
  'blank lines': '\n'.repeat(200_000),
  'dots between letters': 'a.'.repeat(100_000),
  '"On … " never closed by "wrote:"': 'On Monday '.repeat(20_000),
  '"From:" lines without headers': 'From: someone\n'.repeat(14_000),
  '">" and plain lines alternating': '> quoted\nplain\n'.repeat(12_000),
  'apostrophes': "it's'".repeat(40_000),
  'digits and capitals (postcodes)': 'NB1 4 AB12 '.repeat(18_000),
  '"as a" without a role': 'as a Westmoor '.repeat(14_000),
  'party words and cues': 'Labour Tory cuts canvassing vote for '.repeat(5_500),
};
for (const [name, text] of Object.entries(hostile)) {
  const d: Draft = { ...ordinary, body: `Dear Cllr Price,\n\n${text}\n\nKind regards,\nFatima` };
  const r = time(run(d), 3);
  console.log(`  ${name.padEnd(36)} ${ms(r.median).padStart(12)}  (${(r.median / ordinaryTime).toFixed(1)}× ordinary)`);
}

// Bundle budgets, when the add-in has been built (npm run build:addin): the budgets test/build/launchevent-bundle.test.ts enforces.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_BUDGETS_KIB } from './bundle-budgets';
const addin = join(__dirname, '..', '..', 'dist', 'addin');
if (existsSync(join(addin, 'launchevent.js'))) {
  const info = existsSync(join(addin, 'build-info.json')) ? JSON.parse(readFileSync(join(addin, 'build-info.json'), 'utf8')) as { mode: string } : { mode: 'unknown' };
  console.log(`bundles (gzipped, ${info.mode} build${info.mode === 'production' ? '' : ': run npm run build:addin for the real sizes'}):`);
  for (const [file, budget] of Object.entries(BUNDLE_BUDGETS_KIB)) {
    const size = gzipSync(readFileSync(join(addin, file))).length / 1024;
    console.log(`  ${file.padEnd(16)} ${size.toFixed(1)} KB (budget ${budget} KB)`);
  }
} else {
  console.log('bundles: run npm run build:addin first to see their sizes');
}
