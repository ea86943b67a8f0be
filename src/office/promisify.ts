// Every Office *Async call goes through here once: a failed AsyncResult becomes a rejected
// OfficeCallError with Office's code, and an exception thrown by Office becomes a rejection too.
import type { AsyncResultLike, Callback, OfficeError } from './compose-item';

export class OfficeCallError extends Error {
  constructor(readonly operation: string, readonly code: number, message: string) {
    super(`${operation} failed (${code}): ${message}`);
    this.name = 'OfficeCallError';
  }
}

function failed(result: AsyncResultLike<unknown>): OfficeError | undefined {
  if (result.error) return result.error;
  if (result.status === 'failed' || result.status === 1) return { code: -1, name: 'Failed', message: 'Office reported a failure without details' };
  return undefined;
}

export function officeCall<T>(operation: string, start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        const error = failed(result);
        if (error) reject(new OfficeCallError(operation, error.code, error.message));
        else resolve(result.value);
      });
    } catch (error) {
      reject(new OfficeCallError(operation, -1, error instanceof Error ? error.message : String(error)));
    }
  });
}
