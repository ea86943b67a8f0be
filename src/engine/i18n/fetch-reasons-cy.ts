// Pam na ellid nôl ffeil: why a council file could not be fetched, in Welsh (key for key with
// fetch-reasons-en.ts; config-cy.ts spreads it in, so the task pane's Welsh chunk carries it).
import type { FetchReasonKey } from './fetch-reasons-en';

export const fetchReasonsCy: Record<FetchReasonKey, string> = {
  'config.fetchStatus': 'atebodd y gweinydd {status}',
  'config.fetchNotJson': 'nid yw’n JSON dilys',
  'config.fetchFailed': 'ni ellid ei nôl{hasDetail, select, yes { ({detail})} other {}}',
};
