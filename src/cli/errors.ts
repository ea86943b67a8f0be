// Errors the command line reports as plain lines (never a stack trace), with exit status 2.
import { cliText, type CliText } from './messages';

/** One or more `problem` lines about an input; the caller prefixes the file or URL. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** What went wrong opening or writing a file, in words an admin can act on. */
export function fileProblem(error: unknown, t: CliText = cliText('en')): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return t('file.notFound');
    case 'EACCES':
    case 'EPERM': return t('file.permission');
    case 'EISDIR': return t('file.isFolder');
    case 'ENOTDIR': return t('file.notFolder');
    case 'ENOSPC': return t('file.diskFull');
    case 'EROFS': return t('file.readOnly');
    default: return t('file.other', { reason: code ?? (error instanceof Error ? error.message : String(error)) });
  }
}
