// Local time in the council's time zone, with Intl only (no time-zone data of our own).

export interface LocalTime {
  date: string; // YYYY-MM-DD
  weekday: string; // Mon … Sun
  minutes: number; // minutes since local midnight
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** UTC, for runtimes whose Intl lacks time zones or formatToParts (older Outlook JavaScript runtimes). */
function utcTime(utcMs: number): LocalTime {
  const d = new Date(utcMs);
  return { date: d.toISOString().slice(0, 10), weekday: WEEKDAYS[d.getUTCDay()]!, minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

export function localTime(utcMs: number, timeZone: string): LocalTime {
  try {
    const parts: Record<string, string> = {};
    for (const p of formatter(timeZone).formatToParts(utcMs)) parts[p.type] = p.value;
    if (!parts.year || !parts.weekday) return utcTime(utcMs);
    return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: parts.weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  } catch {
    return utcTime(utcMs);
  }
}

/** The UTC instant of a local date and "HH:MM" in the zone (tries the zone's possible offsets). */
export function utcOf(date: string, clock: string, timeZone: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  const naive = Date.parse(`${date}T00:00:00Z`) + (h * 60 + m) * 60_000;
  for (let quarter = -56; quarter <= 56; quarter++) {
    const candidate = naive - quarter * 15 * 60_000;
    const local = localTime(candidate, timeZone);
    if (local.date === date && local.minutes === h * 60 + m) return candidate;
  }
  return naive;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): string {
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}
