// Fetches a JSON file from the add-in's own host (never with message content): fetch where the
// runtime has it, XMLHttpRequest otherwise (older JavaScript-only runtimes).
import { fetchReasonsEn, type FetchReasonKey } from '../engine/i18n/fetch-reasons-en';
import { render } from '../engine/i18n/format';

export class ConfigFetchError extends Error {
  // `reason` is a config catalogue key, worded by the task pane in its language; `message` stays
  // English, as the on-send failure alert quotes it as the technical reason.
  constructor(readonly url: string, readonly reason: FetchReasonKey, readonly params: Readonly<Record<string, string | number>> = {}) {
    super(`${url}: ${render(fetchReasonsEn[reason], params, 'en')}`);
    this.name = 'ConfigFetchError';
  }
}

export function fetchJson(url: string): Promise<unknown> {
  if (typeof fetch === 'function') {
    return fetch(url, { cache: 'no-cache', credentials: 'omit' }).then(
      (response) => {
        if (response.status === 404) return undefined;
        if (!response.ok) throw new ConfigFetchError(url, 'config.fetchStatus', { status: response.status });
        return response.text().then((text) => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            throw new ConfigFetchError(url, 'config.fetchNotJson');
          }
        });
      },
      (error: unknown) => {
        throw new ConfigFetchError(url, 'config.fetchFailed', { hasDetail: 'yes', detail: String(error) });
      },
    );
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.onload = () => {
      if (request.status === 404) return resolve(undefined);
      if (request.status < 200 || request.status >= 300) return reject(new ConfigFetchError(url, 'config.fetchStatus', { status: request.status }));
      try {
        resolve(JSON.parse(request.responseText) as unknown);
      } catch {
        reject(new ConfigFetchError(url, 'config.fetchNotJson'));
      }
    };
    request.onerror = () => reject(new ConfigFetchError(url, 'config.fetchFailed'));
    request.send();
  });
}
