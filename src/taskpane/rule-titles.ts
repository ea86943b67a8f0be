// Short titles for findings, as a councillor would say them: now in the engine's catalogues
// (`<rule>.title`, src/engine/i18n), one place per rule. A thin re-export until the pane's own
// strings move to the catalogues (and the pane chooses a language); English for now, so the pane
// does not carry the Welsh catalogue before it can show it.
import { RULE_IDS } from '../engine/config/rule-ids';
import { en } from '../engine/i18n/en';

export const RULE_TITLES: Record<string, string> = Object.fromEntries(RULE_IDS.map((id) => [id, en[`${id}.title`]]));

export function ruleTitle(ruleId: string): string {
  return RULE_TITLES[ruleId] ?? ruleId;
}
