// check(): runs every enabled rule over a draft and returns findings in the Finding format.
// Language: the engine renders every message in `lang` (default: the policy's `language`) from
// the catalogues it is given; English is always there. The sentences fixes write follow the
// e-mail's own language (or Welsh and English, with the policy's `bilingualInsertions`).
import { DraftAnalysis, councilModel } from './analysis';
import type { Directory } from './config/directory-schema';
import { DEFAULT_POLICY } from './config/defaults';
import type { Policy, RuleSetting } from './config/policy-schema';
import { rules as allRules } from './rules';
import type { Rule } from './rule';
import { offeredFixes } from './fixes/offered';
import { detectLanguage } from './i18n/detect-welsh';
import type { Lang } from './i18n/lang';
import { makeTranslator, mailText, type CatalogueOverrides, type MessageKey, type MailText, type Translator } from './i18n/translator';
import type { Draft, Finding, Severity } from './types';

export interface CheckOptions {
  directory: Directory;
  policy?: Policy;
  /** Run only these rules (tests); default every registered rule. */
  rules?: readonly Rule[];
  /** The language of messages and fix titles; default the policy's `language`, else English. */
  lang?: Lang;
  /** Catalogues the host has loaded (English is built in): e.g. `{ cy }`, or all of CATALOGUES. */
  catalogues?: CatalogueOverrides;
  /** A council's corrections to the wording, per language (the override catalogue beside the policy). */
  overrides?: CatalogueOverrides;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Missing lists and fields become empty ones, so hosts can pass what they have. */
function normaliseDraft(draft: Draft): Draft {
  return {
    ...draft,
    from: draft.from ?? { email: '' },
    to: draft.to ?? [],
    cc: draft.cc ?? [],
    bcc: draft.bcc ?? [],
    subject: draft.subject ?? '',
    body: draft.body ?? '',
  };
}

function translatorFor(lang: Lang, options: CheckOptions): Translator {
  // English is built in, but a host may pass it too (the on-send file bundles only part of it).
  const catalogue = options.catalogues?.[lang];
  // A language whose catalogue the host did not load falls back to English, never to keys.
  if (lang !== 'en' && !catalogue) return makeTranslator('en', undefined, options.overrides?.en);
  return makeTranslator(lang, catalogue, options.overrides?.[lang]);
}

/** The e-mail's language for inserted sentences: Welsh then English when the policy asks, else the body's own (or the user's). */
function mailLanguages(policy: Policy, analysis: DraftAnalysis, ui: Translator, options: CheckOptions): MailText {
  if (policy.bilingualInsertions) return mailText([translatorFor('cy', options), translatorFor('en', options)].filter((tr, i, all) => all.findIndex((x) => x.lang === tr.lang) === i));
  const lang = detectLanguage(analysis.ownText()) ?? ui.lang;
  return mailText([translatorFor(lang, options)]);
}

/** The council's clause in the user's language: a string, or `{ en, cy }` (English when the language is missing). */
function citationOf(setting: RuleSetting | undefined, t: Translator, fallback: string): string {
  const citation = setting?.citation;
  if (citation === undefined) return fallback;
  if (typeof citation === 'string') return citation;
  return citation[t.lang] ?? citation.en ?? citation.cy ?? fallback;
}

export function check(draft: Draft, options: CheckOptions): Finding[] {
  const policy = options.policy ?? DEFAULT_POLICY;
  const input = normaliseDraft(draft);
  const model = councilModel(options.directory);
  const analysis = new DraftAnalysis(input, model);
  const t = translatorFor(options.lang ?? policy.language ?? 'en', options);
  const mail = mailLanguages(policy, analysis, t, options);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? allRules) {
    const setting = policy.rules[rule.meta.id];
    if (setting?.severity === 'off') continue;
    let reports;
    try {
      reports = rule.check({ draft: input, analysis, directory: model.index, policy, t, mail });
    } catch {
      // One rule failing (an old runtime, a bug) must not silence the others.
      reports = [{ severity: 'info' as const, message: t.t('check.ruleFailed') }];
    }
    for (const report of reports) {
      const severity = report.severity ?? rule.meta.severity;
      const offered = offeredFixes(report.fixes ?? [], t);
      findings.push({
        ruleId: rule.meta.id,
        // The council's grading replaces ours, except for info notes that explain a non-finding.
        severity: setting?.severity && severity !== 'info' ? setting.severity : severity,
        message: offered.note ? `${report.message} ${offered.note}` : report.message,
        citation: citationOf(setting, t, t.t(`${rule.meta.id}.citation` as MessageKey) || rule.meta.citation),
        recipients: report.recipients ?? [],
        spans: report.spans ?? [],
        fixes: offered.fixes,
      });
    }
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
