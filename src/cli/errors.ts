// Errors the command line reports as plain lines (never a stack trace), with exit status 2.

/** One or more `problem` lines about an input; the caller prefixes the file or URL. */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** What went wrong opening or writing a file, in words an admin can act on. */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'file not found — check the path';
    case 'EACCES':
    case 'EPERM': return 'permission denied — check that you may read and write it';
    case 'EISDIR': return 'is a folder, not a file — give the file inside it';
    case 'ENOTDIR': return 'a part of the path is a file, not a folder — check the path';
    case 'ENOSPC': return 'the disk is full — free some space and run again';
    case 'EROFS': return 'the disk is read-only — write somewhere else';
    default: return `cannot use the file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
