// The development corpus (test/corpus/*: fictional councils of different kinds, written blind
// by other hands) scored rule by rule. Each rule keeps at least the F1 it has reached, so a change
// that helps one council and hurts another is seen. Held-out sets (test/corpus/HELD-OUT) are
// not scored here.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { heldOutSets, labelledRules, loadCorpus, runCorpus, scoreRule } from '../support/corpus';

const ROOT = join(__dirname, '..', 'corpus');
const heldOut = heldOutSets(ROOT);
const councils = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'cases')));

/** The least F1 each rule must keep on every development council (raise these as rules improve). */
const FLOOR: Record<string, number> = {
  'political-content': 0.97,
  'ward-member-copy': 0.95,
  'no-blind-copy': 0.95,
  'copy-made-explicit': 0.95,
  'member-signature': 0.95,
  'capacity-stated': 0.95,
  'distribution-list': 0.9,
  'officer-criticism': 0.9,
  'junior-officer-request': 0.9,
  'executive-briefing-copies': 0.9,
  'personal-data': 0.9,
  'confidential-information': 0.9,
  'out-of-hours': 0.9,
  'media-enquiry': 0.9,
  'pre-election-publicity': 0.9,
};

/**
 * Councils opened for development in session 4 (after their blind scores) whose rules are not yet
 * at the floor: until a later session brings them there, each may have at most this many wrong
 * cases (a ratchet: fewer is fine and should be written down here; more fails).
 */
const OPENED_BELOW_FLOOR: Record<string, Record<string, number>> = {
  // (Kilbride and Oakhurst, ratcheted in session 6, reached their floor in session 7; Kestonbury, Tarrington and
  // Brenmoor (realtext9) in session 11, and Ashwell's political-content; in session 12 Hollinsbrook, Ashwell, Glenbrae,
  // Cwm Llan, Kilmarran, Kettleby and Glenrothay reached the officer-criticism floor.)
  // Session 7: Part 2 papers sent to a party group's list and its organiser outside the council, for the
  // group's meeting — party business the rule does not read from recipients yet (Kingsmoor).
  kingsmoor: { 'political-content': 1 },
  // Session 9: round 23's Weirford labels a signature line "Ward Councillor for Wyckham" as stating the capacity;
  // rules.md's "said in the body" and an earlier writer (Ravensholme 042) read it the other way, and so does
  // docs/rules/capacity-stated.md — a disagreement kept, not a miss.
  weirford: { 'capacity-stated': 1 },
  // Round 24's bilingual Cwm Nedd makes the same call on "County Councillor for Ystradfelin Ward" (049); so do round 28's
  // Thornleyvale (047) and round 29's Cwmbrith (047, "Ward Councillor for Tref Uchaf / Cynghorydd Ward Tref Uchaf").
  cwmnedd: { 'capacity-stated': 1 },
  thornleyvale: { 'capacity-stated': 1 },
  cwmbrith: { 'capacity-stated': 1 },
  // Session 12: round 28's Hartfield 065 (a member's capacity in a message to a resident about a tenancy officer), not
  // yet read; rounds 28–29's officer-criticism sets, opened in the session's last hour and not yet read (Ouseley,
  // Pontnewydd's Welsh, Glenaird's Scots, Moorcastle), and Thameswick's (realtext15) one false alarm (038).
  hartfield: { 'capacity-stated': 0 },
  ouseley: { 'officer-criticism': 0 },
  pontnewydd: { 'officer-criticism': 1 },
  // (Glenaird 010 and Thameswick 038 fixed in session 14, round 34.)
  glenaird: { 'officer-criticism': 0 },
  moorcastle: { 'officer-criticism': 2 },
  realtext15: { 'officer-criticism': 0 },
  // Round 30, opened in the session's last hour: Ravenmoor's officer-criticism not yet read; Eastwick 042 (a Cabinet member
  // instructing a contractor, read as stating no capacity) and Lochbrae 030 (a tenant's words quoted on a line of their
  // own under "unedited comments, as you asked", the attribution a sentence above) not yet fixed.
  ravenmoor: { 'officer-criticism': 1 },
  eastwick: { 'capacity-stated': 0 },
  lochbrae: { 'political-content': 1 },
  // Round 31, session 13: Holmbury's (realtext18) Monitoring Officer quoting a party's words as evidence — a quotation of
  // several sentences after "The passage you object to reads:" (013), and a party e-mail described in a data complaint
  // (009); Glenfarrach 010, a party newsletter by its title ("our Burgh Labour Rose") to be printed and taken round the doors.
  realtext18: { 'political-content': 2 },
  glenfarrach: { 'political-content': 1 },
  // Round 32: Glyndaf 013 (a PS planning to use an officer's answer in "the spring leaflet drop" so a ward "knows who's been
  // chasing it"), Marden Vale (realtext19) 020 (a councillor asking for the register "for the canvass" — the register's word).
  glyndaf: { 'political-content': 1 },
  // Round 33: Ashdown Heath (realtext20) 018, a party's release to publish with the verdict standing above the quotation.
  realtext20: { 'political-content': 1 },
  // Round 32's Hollinwood (veiled criticism to parish councils and residents' associations), read in session 14: 004 left
  // (docs/rules/officer-criticism.md, round 34); round 33's Ashmoor 030 (an officer and a parish clerk in Cc) fixed in session 14.
  hollinwood: { 'officer-criticism': 1 },
  ashmoor: { 'capacity-stated': 0 },
  // Round 34 (session 14), opened after their blind scores.
  bexmoor: { 'capacity-stated': 0 },
  millhaven: { 'distribution-list': 0, 'officer-criticism': 0 },
  // Quarrington 043 (capacity-stated): a fifth label counting a signature line as the capacity, kept as above (session 14).
  quarrington: { 'capacity-stated': 1, 'copy-made-explicit': 0 },
  realtext21: { 'capacity-stated': 0 },
  // Redbourne 038 (media-enquiry): a self-declared freelance at gmail.com, labelled beyond rules.md's mediaDomains — a
  // disagreement kept (docs/rules/media-enquiry.md, session 14).
  redbourne: { 'media-enquiry': 1, 'personal-data': 0 },
  strathavon: { 'copy-made-explicit': 0, 'ward-member-copy': 0 },
  // Round 35 (session 14), opened after their blind scores.
  calderhythe: { 'political-content': 1 },
  hebbleton: { 'officer-criticism': 0 },
  // Kilcraigie 032: labelled party-to-party mail, but sent from a council address (political-content and capacity-stated).
  kilcraigie: { 'capacity-stated': 1, 'political-content': 1 },
  wyndford: { 'capacity-stated': 1 },
  // Round 36 (session 14), opened after their blind scores.
  brantwood: { 'capacity-stated': 1, 'copy-made-explicit': 0, 'member-signature': 0 },
  pentrewen: { 'junior-officer-request': 0 },
  realtext23: { 'political-content': 1 },
  sallowfield: { 'political-content': 2 },
  // Thornesby 011: the attack is in a reply's inherited "RE:" subject, read as the thread's (political-content.md).
  thornesby: { 'political-content': 1 },
  // Round 37 (session 14), opened after their blind scores.
  dalnaspie: { 'political-content': 5 },
  hembury: { 'junior-officer-request': 1, 'political-content': 3 },
};

describe.each(councils.filter((c) => !heldOut.has(c)))('development corpus: %s', (council) => {
  // The rules to test are known when the tests are collected; the checking waits for this council's turn and its results
  // are let go after it, so one council's directory, vocabulary and findings are held at a time (200 councils at once ran
  // the worker out of memory).
  const rules = labelledRules(loadCorpus(join(ROOT, council), council)).filter((rule) => rule in FLOOR);
  let results: ReturnType<typeof runCorpus> = [];
  beforeAll(() => {
    results = runCorpus(loadCorpus(join(ROOT, council), council));
  });
  afterAll(() => {
    results = [];
  });
  const ratchet = OPENED_BELOW_FLOOR[council] ?? {};
  it.each(rules)('%s keeps its F1', (rule) => {
    const score = scoreRule(rule, results);
    const allowed = ratchet[rule];
    if (allowed !== undefined) {
      expect({ rule, wrong: score.wrong.length <= allowed ? 'within ratchet' : score.wrong }).toEqual({ rule, wrong: 'within ratchet' });
      return;
    }
    // The wrong cases are in the failure message, so a regression names its drafts.
    expect({ rule, f1: score.f1 >= FLOOR[rule]! ? 'at floor' : score.f1.toFixed(2), wrong: score.wrong }).toEqual({ rule, f1: 'at floor', wrong: expect.any(Array) });
  });
  (ratchet['political-content'] === undefined ? it : it.skip)('political-content: precision at least 0.97 and recall at least 0.92', () => {
    const score = scoreRule('political-content', results);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.92);
  });
});

// Held-out sets are scored only by `npx tsx scripts/corpus-score.ts --held-out` (figures go in the
// issue notes): a test over them would invite tuning to them.
