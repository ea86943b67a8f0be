// The progress line for long runs: "checked 120 of 500 files (85 files/s)" on stderr, rewritten
// in place, only when stderr is a terminal (never in a pipe or a log).
import { cliText, type CliText } from './messages';

const EVERY_MS = 250;

export interface ProgressIo {
  stderr: (text: string) => void;
  progress?: boolean;
  clock?: () => number;
}

export function progressLine(total: number, io: ProgressIo, t: CliText = cliText('en')): { done: (count: number) => void; clear: () => void } {
  const clock = io.clock ?? Date.now;
  const started = clock();
  let last = started;
  let width = 0;
  if (!io.progress || total < 2) return { done: () => {}, clear: () => {} };
  return {
    done(count) {
      const now = clock();
      if (now - last < EVERY_MS && count < total) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? t('progress.rate', { rate: (count / seconds).toFixed(count / seconds < 10 ? 1 : 0) }) : '';
      const line = t('progress.checked', { count, total, rate });
      io.stderr(`\r${line.padEnd(width)}`);
      width = line.length;
    },
    clear() {
      if (width) io.stderr(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
