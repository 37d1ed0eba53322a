import { dataCommitTime } from '../core/changes/git.ts';
import { sourceDateEpoch } from '../core/now.ts';
import { DEFAULT_DTSTAMP } from './ics.ts';

/**
 * The revision time of the calendar feeds (each event's DTSTAMP and LAST-MODIFIED): SOURCE_DATE_EPOCH
 * when set, else the time of the newest commit of the data directory, else a fixed value. Never the
 * clock, so the same data gives byte-identical feeds; and each commit that changes the data moves it
 * forward, so subscribed calendars see a week that changed hands as an updated event (same UID, later
 * revision) rather than keep the engineer they cached.
 */
export function feedStamp(dataDir: string, env: Readonly<Record<string, string | undefined>> = process.env): Date {
  return sourceDateEpoch(env) ?? dataCommitTime(dataDir) ?? DEFAULT_DTSTAMP;
}
