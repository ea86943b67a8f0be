// Fetches a JSON file from the add-in's own host (never with message content): fetch where the
// runtime has it, XMLHttpRequest otherwise (older JavaScript-only runtimes).

export class ConfigFetchError extends Error {
  constructor(readonly url: string, reason: string) {
    super(`${url}: ${reason}`);
    this.name = 'ConfigFetchError';
  }
}

export function fetchJson(url: string): Promise<unknown> {
  if (typeof fetch === 'function') {
    return fetch(url, { cache: 'no-cache', credentials: 'omit' }).then(
      (response) => {
        if (response.status === 404) return undefined;
        if (!response.ok) throw new ConfigFetchError(url, `the server answered ${response.status}`);
        return response.text().then((text) => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            throw new ConfigFetchError(url, 'not valid JSON');
          }
        });
      },
      (error: unknown) => {
        throw new ConfigFetchError(url, `could not be fetched (${String(error)})`);
      },
    );
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.onload = () => {
      if (request.status === 404) return resolve(undefined);
      if (request.status < 200 || request.status >= 300) return reject(new ConfigFetchError(url, `the server answered ${request.status}`));
      try {
        resolve(JSON.parse(request.responseText) as unknown);
      } catch {
        reject(new ConfigFetchError(url, 'not valid JSON'));
      }
    };
    request.onerror = () => reject(new ConfigFetchError(url, 'could not be fetched'));
    request.send();
  });
}
