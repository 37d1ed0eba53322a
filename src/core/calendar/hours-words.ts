// A rotation's hours in words ("Mon–Fri 09:00–17:00"), the same for the page the build writes (in the
// rotation's zone) and for the page script that rewrites them into the reader's zone, so the two read
// alike. No imports: the page script bundles this file alone.

/** Monday first, as the windows are written and as the calendar weeks of most teams run. */
export const DAY_WORDS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * Days (0 = Monday … 6 = Sunday) in words: runs of three or more as "Mon–Fri", shorter ones listed
 * ("Sat, Sun"), all seven as "Every day".
 */
export function dayWords(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'Every day';
  const runs: number[][] = [];
  for (const d of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${DAY_WORDS[run[0]!]}–${DAY_WORDS[run[run.length - 1]!]}`] : run.map((d) => DAY_WORDS[d]!)))
    .join(', ');
}

/** "Mon–Thu 17:00–09:00 next day": a window's days, its start and its end, which may fall on the next day. */
export const windowWords = (days: readonly number[], from: string, to: string, nextDay: boolean): string =>
  `${dayWords(days)} ${from}–${to}${nextDay ? ' next day' : ''}`;

/** One stretch of a window on one day, as seen in some zone: its day, its clock times, whether it ends the next day. */
export interface DayStretch {
  /** 0 = Monday … 6 = Sunday. */
  readonly day: number;
  readonly from: string;
  readonly to: string;
  readonly nextDay: boolean;
}

/**
 * Stretches of one week, in the order they happen, in words: days in a row with the same times are one
 * run ("Mon–Fri 03:00–11:00", "Sun–Tue" across the week's end), and runs with the same times are listed
 * together; then the other times, in order: "Fri, Sat 03:00–11:00, Sun–Tue 04:00–12:00".
 */
export function stretchesWords(stretches: readonly DayStretch[]): string {
  const runs: { times: string; days: number[] }[] = [];
  for (const s of stretches) {
    const times = `${s.from}–${s.to}${s.nextDay ? ' next day' : ''}`;
    const run = runs[runs.length - 1];
    if (run && run.times === times && (run.days[run.days.length - 1]! + 1) % 7 === s.day) run.days.push(s.day);
    else runs.push({ times, days: [s.day] });
  }
  const byTimes = new Map<string, string[]>();
  for (const run of runs) byTimes.set(run.times, [...(byTimes.get(run.times) ?? []), runWords(run.days)]);
  return [...byTimes].map(([times, days]) => `${days.join(', ')} ${times}`).join(', ');
}

/** Days in a row (possibly across Sunday to Monday) in words: "Sun–Tue", "Fri, Sat", "Every day". */
function runWords(days: readonly number[]): string {
  if (days.length >= 7) return 'Every day';
  if (days.length >= 3) return `${DAY_WORDS[days[0]!]}–${DAY_WORDS[days[days.length - 1]!]}`;
  return days.map((d) => DAY_WORDS[d]!).join(', ');
}
