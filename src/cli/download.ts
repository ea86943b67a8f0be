// Fetches a web service answer as a stream with a size cap and a time-out covering the whole
// answer, so a runaway or misdirected response ends in one line instead of gigabytes of memory.
import { InputError } from './errors';
import { cliText, type CliText } from './messages';
import { formatSize } from './sizes';

export const DEFAULT_MAX_DOWNLOAD = 50 * 1024 * 1024;

function timedOut(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

export async function downloadText(url: string, options: { timeoutMs: number; maxBytes: number; accept: string }, t: CliText = cliText('en')): Promise<string> {
  const late = () => new InputError([`${url}: ${t('download.late', { seconds: Math.round(options.timeoutMs / 1000) })}`]);
  const over = () => new InputError([`${url}: ${t('download.tooBig', { limit: formatSize(options.maxBytes, t) })}`]);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: options.accept } });
  } catch (error) {
    if (timedOut(error)) throw late();
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new InputError([`${url}: ${t('download.noConnection', { cause: cause ?? (error as Error).message })}`]);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new InputError([`${url}: ${t('download.status', { status: response.status })}`]);
  }
  if (Number(response.headers.get('content-length') ?? 0) > options.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw over();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body!.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > options.maxBytes) {
        await reader.cancel().catch(() => {});
        throw over();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (timedOut(error)) throw late();
    throw new InputError([`${url}: ${t('download.brokeOff', { cause: (error as Error).message })}`]);
  }
  return Buffer.concat(chunks).toString('utf8');
}
