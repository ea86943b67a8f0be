// Fetches a JSON file from the add-in's own host (never with message content): fetch where the
// runtime has it, XMLHttpRequest otherwise (older JavaScript-only runtimes).
import { fetchReasonsEn, type FetchReasonKey } from '../engine/i18n/fetch-reasons-en';
import { render } from '../engine/i18n/format';

/** Why the file could not be had, as a config catalogue key the task pane words in its language. */
export interface FetchFailure {
  id: FetchReasonKey;
  params: Readonly<Record<string, string | number>>;
}

export class ConfigFetchError extends Error {
  /** `message` stays English: the on-send failure alert quotes it as the technical reason. */
  constructor(readonly url: string, readonly why: FetchFailure) {
    super(`${url}: ${render(fetchReasonsEn[why.id], why.params, 'en')}`);
    this.name = 'ConfigFetchError';
  }
}

const answered = (status: number): FetchFailure => ({ id: 'config.fetchStatus', params: { status } });
const NOT_JSON: FetchFailure = { id: 'config.fetchNotJson', params: {} };
const unreachable = (detail?: string): FetchFailure => ({ id: 'config.fetchFailed', params: detail === undefined ? { hasDetail: 'no' } : { hasDetail: 'yes', detail } });

export function fetchJson(url: string): Promise<unknown> {
  if (typeof fetch === 'function') {
    return fetch(url, { cache: 'no-cache', credentials: 'omit' }).then(
      (response) => {
        if (response.status === 404) return undefined;
        if (!response.ok) throw new ConfigFetchError(url, answered(response.status));
        return response.text().then((text) => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            throw new ConfigFetchError(url, NOT_JSON);
          }
        });
      },
      (error: unknown) => {
        throw new ConfigFetchError(url, unreachable(String(error)));
      },
    );
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.onload = () => {
      if (request.status === 404) return resolve(undefined);
      if (request.status < 200 || request.status >= 300) return reject(new ConfigFetchError(url, answered(request.status)));
      try {
        resolve(JSON.parse(request.responseText) as unknown);
      } catch {
        reject(new ConfigFetchError(url, NOT_JSON));
      }
    };
    request.onerror = () => reject(new ConfigFetchError(url, unreachable()));
    request.send();
  });
}
