// Short titles for findings, as a councillor would say them: now in the engine's catalogues
// (`<rule>.title`, src/engine/i18n), one place per rule. A thin re-export until the pane's own
// strings move to the catalogues; `lang` picks the Welsh title.
import { CATALOGUES, RULE_IDS, type Lang } from '../engine';
import { makeTranslator, type MessageKey } from '../engine/i18n/translator';

export const RULE_TITLES: Record<string, string> = Object.fromEntries(RULE_IDS.map((id) => [id, CATALOGUES.en[`${id}.title`]]));

export function ruleTitle(ruleId: string, lang: Lang = 'en'): string {
  return makeTranslator(lang, CATALOGUES[lang]).t(`${ruleId}.title` as MessageKey) || ruleId;
}
