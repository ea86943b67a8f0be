// Sizes on the command line ("5MB", "500KB", "1048576") and in messages ("52.4 MB").
import { InvalidArgumentError } from 'commander';
import { cliText, type CliText } from './messages';

const UNITS: Record<string, number> = { '': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

export function parseSize(text: string, t: CliText = cliText('en')): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?\s*$/i.exec(text);
  if (!m || Number(m[1]) <= 0) throw new InvalidArgumentError(t('import.badSize'));
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? '').toUpperCase()]!);
}

export function formatSize(bytes: number, t: CliText = cliText('en')): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return t('import.bytes', { count: bytes });
}
