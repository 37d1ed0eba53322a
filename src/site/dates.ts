// Dates are spelled out here, not by Intl's locale data: the output must not change with the
// machine's TZ, nor with the ICU version of the Node that builds it. Intl only converts zones.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
// Pages repeat the same few instants (the build time, this week's hand-offs) thousands of times,
// and formatToParts is slow enough to show up in a 10,000-page build.
const seen = new Map<string, Civil>();

/** The wall-clock fields of `date` in `timeZone`. */
export function civil(date: Date, timeZone: string): Civil {
  const key = `${timeZone}|${date.getTime()}`;
  let c = seen.get(key);
  if (!c) seen.set(key, (c = computeCivil(date, timeZone)));
  return c;
}

function computeCivil(date: Date, timeZone: string): Civil {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(date)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const weekday = new Date(Date.UTC(p.year!, p.month! - 1, p.day!)).getUTCDay();
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour! % 24, minute: p.minute!, weekday };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Mon 28 Dec 2026". */
export function formatDate(date: Date, timeZone: string): string {
  const c = civil(date, timeZone);
  return `${WEEKDAYS[c.weekday]} ${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
}

/** "28 Dec". */
export function formatDayMonth(date: Date, timeZone: string): string {
  const c = civil(date, timeZone);
  return `${c.day} ${MONTHS[c.month - 1]}`;
}

/** "Mon 28 Dec 00:00". */
export function formatDateTime(date: Date, timeZone: string): string {
  const c = civil(date, timeZone);
  return `${WEEKDAYS[c.weekday]} ${c.day} ${MONTHS[c.month - 1]} ${pad(c.hour)}:${pad(c.minute)}`;
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function isoDay(date: Date, timeZone: string): string {
  const c = civil(date, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** A `YYYY-MM-DD` calendar date (a holiday) as "Thu 24 Dec 2026": no zone involved. */
export function formatIsoDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return formatDate(new Date(Date.UTC(y, m - 1, d, 12)), 'UTC');
}
