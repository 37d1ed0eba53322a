/**
 * ISO 8601 week arithmetic on plain UTC dates: the generated site uses ISO weeks in UTC,
 * and the generator must place holidays and overrides by week without depending on the machine's TZ.
 */
const DAY = 86_400_000;

/** Monday of ISO week 1 of `year`: the week that holds 4 January. */
export function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return jan4 - weekday * DAY;
}

export function isoWeeksInYear(year: number): 52 | 53 {
  return (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / DAY / 7 === 53 ? 53 : 52;
}

/** Monday of ISO week `week` of `year`, as epoch milliseconds. */
export function mondayOfIsoWeek(year: number, week: number): number {
  return isoWeekOneMonday(year) + (week - 1) * 7 * DAY;
}

export const addDays = (time: number, days: number) => time + days * DAY;

/** `YYYY-MM-DD`. */
export const formatDate = (time: number) => new Date(time).toISOString().slice(0, 10);

export const weekKey = (year: number, week: number) => `${year}-W${String(week).padStart(2, '0')}`;
