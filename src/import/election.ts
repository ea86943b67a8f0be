// The pre-election period: from the notice of election (published at the latest on the 25th
// working day before polling day in England and Wales) to polling day.
import { bankHolidays } from './bank-holidays';

export const NOTICE_WORKING_DAYS = 25;

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Not a working day for elections: weekends, bank holidays, Christmas Eve (Representation of the People Act 1983, Sch. 1 r. 2). */
export function isWorkingDay(day: string): boolean {
  const date = utc(day);
  const dow = date.getUTCDay();
  if (dow === 0 || dow === 6) return false;
  if (day.endsWith('-12-24')) return false;
  return !bankHolidays(date.getUTCFullYear()).includes(day);
}

/** The last day the notice of election may be published: the 25th working day before polling day. */
export function latestNotice(pollingDay: string): string {
  let date = utc(pollingDay);
  let counted = 0;
  while (counted < NOTICE_WORKING_DAYS) {
    date = new Date(date.getTime() - 86_400_000);
    if (isWorkingDay(iso(date))) counted++;
  }
  return iso(date);
}

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && iso(utc(text)) === text;
}
