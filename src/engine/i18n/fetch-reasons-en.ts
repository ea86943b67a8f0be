// Why a council file could not be fetched from the add-in's host, English. Small and apart from
// config-en.ts (which spreads it in): the on-send bundle fetches files too and quotes this English
// in its failure alert, but must not carry the config catalogue. fetch-reasons-cy.ts is the Welsh.
export const fetchReasonsEn = {
  'config.fetchStatus': 'the server answered {status}',
  'config.fetchNotJson': 'not valid JSON',
  'config.fetchFailed': 'could not be fetched{hasDetail, select, yes { ({detail})} other {}}',
} as const;

export type FetchReasonKey = keyof typeof fetchReasonsEn;
