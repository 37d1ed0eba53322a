import type { LineupInfo } from '../core/schedules.ts';
import type { RotationOncall } from './schedules.ts';

/**
 * The line-up a rotation page names: the one of the week running at build time (or, before the
 * rotation starts, of its first listed week), and the versions that take over after it.
 */
export function lineupsNow(r: Pick<RotationOncall, 'schedule' | 'current' | 'next'>): { inEffect: LineupInfo; upcoming: readonly LineupInfo[] } {
  const { lineups, weeks } = r.schedule;
  const version = (r.current ?? r.next ?? weeks.at(-1))?.version ?? 0;
  return { inEffect: lineups[version]!, upcoming: lineups.slice(version + 1) };
}
