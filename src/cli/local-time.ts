/**
 * `EEE dd MMM yyyy HH:mm` ("Mon 28 Dec 2026 00:00") in a time zone, as date-fns' format of a
 * TZDate prints it, from one Intl formatter per zone. The date-fns route builds a TZDate and
 * parses the format string for every call; for `oncall --weeks 520` over 10 rotations that was
 * half of the command's time.
 */
export function localTimeFormatter(timeZone: string): (instant: Date) => string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (instant) => {
    const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const { type, value } of format.formatToParts(instant)) part[type] = value;
    return `${part.weekday} ${part.day} ${part.month} ${part.year!.padStart(4, '0')} ${part.hour}:${part.minute}`;
  };
}
