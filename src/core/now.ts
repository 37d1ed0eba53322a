/**
 * The one place that reads the clock. Everything else takes "now" as a parameter,
 * so a build or a test pinned with SOURCE_DATE_EPOCH is reproducible.
 */
export function resolveNow(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  return sourceDateEpoch(env) ?? new Date();
}

/**
 * The date pinned by `SOURCE_DATE_EPOCH`, or undefined when it is not set. For values that must
 * never come from the clock (an ICS DTSTAMP falls back to a fixed value instead).
 */
export function sourceDateEpoch(env: Readonly<Record<string, string | undefined>> = process.env): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch.trim() === '') return undefined;
  const seconds = Number(epoch);
  if (!Number.isInteger(seconds) || seconds < 0) {
    throw new RangeError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch}"`);
  }
  return new Date(seconds * 1000);
}
