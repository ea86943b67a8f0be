// check() in Welsh on every development corpus: the same findings as in English (rule, severity,
// recipients, words, fixes and their edits), with every message and fix title in Welsh — no
// stretch of an English catalogue message left in them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, CATALOGUES, type Finding } from '../../../src/engine';
import { en } from '../../../src/engine/i18n/en';
import { loadCorpus } from '../../support/corpus';

const CORPORA = join(__dirname, '..', '..', 'corpus');
// Folders without cases (held-out sets) are skipped.
const corpora = readdirSync(CORPORA).filter((name) => existsSync(join(CORPORA, name, 'cases')) && readdirSync(join(CORPORA, name, 'cases')).length > 0);

/** The fixed wording of every English message: the text between its parameters, 12 characters or more. */
const ENGLISH_FRAGMENTS = [...new Set(Object.values(en).flatMap((text) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)
  .flatMap((part) => part.split(/[{}]/)).map((part) => part.trim()).filter((part) => part.length >= 12 && /[a-z]{3,} [a-z]{2,}/.test(part))))];

function shape(findings: readonly Finding[]): unknown {
  return findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, recipients: f.recipients, spans: f.spans, fixes: f.fixes.map((x) => x.edits.length) }));
}

describe.each(corpora)('%s in Welsh', (name) => {
  it('gives the same findings as English, every message and fix title in Welsh', () => {
    // Loaded here, not when the tests are collected: each council's directory and vocabulary are let go after its test
    // (200 councils held at once took a worker past 4 GB).
    const corpus = loadCorpus(join(CORPORA, name), name);
    let messages = 0;
    let englishCaught = 0;
    for (const c of corpus.cases) {
      const english = check(c.draft, { directory: corpus.directory, policy: corpus.policy, lang: 'en', catalogues: CATALOGUES });
      const welsh = check(c.draft, { directory: corpus.directory, policy: corpus.policy, lang: 'cy', catalogues: CATALOGUES });
      expect([c.file, shape(welsh)]).toEqual([c.file, shape(english)]);
      // The detector itself: the English messages are caught by it.
      englishCaught += english.filter((f) => ENGLISH_FRAGMENTS.some((fragment) => f.message.includes(fragment))).length;
      for (const f of welsh) {
        for (const text of [f.message, ...f.fixes.map((x) => x.title)]) {
          // Quoted words are the e-mail's own, and may be English.
          const ours = text.replace(/"[^"]*"/g, '""');
          expect([c.file, ENGLISH_FRAGMENTS.filter((fragment) => ours.includes(fragment))]).toEqual([c.file, []]);
          messages++;
        }
      }
    }
    expect(messages).toBeGreaterThan(0);
    expect(englishCaught).toBeGreaterThan(0);
  });
});
