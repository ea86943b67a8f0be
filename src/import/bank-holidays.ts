// Bank holidays in England and Wales, as gov.uk publishes them (bank-holidays.json,
// "england-and-wales"), bundled so no network is needed. The regular ones follow the Banking and
// Financial Dealings Act 1971 with substitute days; one-off changes by royal proclamation are
// listed explicitly. `npm test` checks the regular rules against known years.

/** Easter Sunday (Gregorian, anonymous computus) as [month 1-12, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return [Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1];
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (date: Date, n: number) => new Date(date.getTime() + n * 86_400_000);

function firstMonday(year: number, month: number): Date {
  const d = utc(year, month, 1);
  return addDays(d, (8 - d.getUTCDay()) % 7);
}

function lastMonday(year: number, month: number): Date {
  const d = utc(year, month + 1, 0);
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

// One-off changes: [year, removed regular date or null, added dates].
const PROCLAIMED: [number, string | null, string[]][] = [
  [2020, '2020-05-04', ['2020-05-08']], // VE Day 75: early May moved to Friday
  [2022, '2022-05-30', ['2022-06-02', '2022-06-03']], // Platinum Jubilee
  [2022, null, ['2022-09-19']], // State funeral of Queen Elizabeth II
  [2023, null, ['2023-05-08']], // Coronation of King Charles III
];

export function bankHolidays(year: number): string[] {
  const days = new Set<string>();
  const newYear = utc(year, 1, 1);
  days.add(iso(newYear.getUTCDay() === 6 ? addDays(newYear, 2) : newYear.getUTCDay() === 0 ? addDays(newYear, 1) : newYear));
  const [em, ed] = easter(year);
  days.add(iso(addDays(utc(year, em, ed), -2)));
  days.add(iso(addDays(utc(year, em, ed), 1)));
  days.add(iso(firstMonday(year, 5)));
  days.add(iso(lastMonday(year, 5)));
  days.add(iso(lastMonday(year, 8)));
  const christmas = utc(year, 12, 25);
  const dow = christmas.getUTCDay();
  if (dow === 6) days.add(iso(utc(year, 12, 27))).add(iso(utc(year, 12, 28)));
  else if (dow === 0) days.add(iso(utc(year, 12, 26))).add(iso(utc(year, 12, 27)));
  else if (dow === 5) days.add(iso(christmas)).add(iso(utc(year, 12, 28)));
  else days.add(iso(christmas)).add(iso(utc(year, 12, 26)));
  for (const [y, removed, added] of PROCLAIMED) {
    if (y !== year) continue;
    if (removed) days.delete(removed);
    added.forEach((d) => days.add(d));
  }
  return [...days].sort();
}
