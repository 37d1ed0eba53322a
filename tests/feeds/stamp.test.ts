import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeSchedule } from '../../src/core/schedules.ts';
import { loadData } from '../../src/core/load/load.ts';
import { DEFAULT_DTSTAMP, rotationIcs } from '../../src/feeds/ics.ts';
import { feedStamp } from '../../src/feeds/stamp.ts';
import { repoWithData, type TestRepo } from '../core/changes/git-repo.ts';
import { tempDir, VALID_FIXTURE } from '../helpers/data-dir.ts';

const NOW = new Date('2026-12-01T00:00:00Z');

let repo: TestRepo;
beforeEach(() => {
  repo = repoWithData();
});
afterEach(() => repo.remove());

/** Commits the working tree with a given committer time (what a merge on main at that time records). */
function commitAt(iso: string, ...options: string[]) {
  repo.git('add', '-A');
  execFileSync('git', ['commit', '-q', '-m', 'change', ...options], { cwd: repo.dir, env: { ...process.env, GIT_COMMITTER_DATE: iso } });
}
/** Dates the commit of the base data (made by repoWithData at the current time). */
const baseAt = (iso: string) => commitAt(iso, '--amend');

/** The data-platform feed as a build would write it (no SOURCE_DATE_EPOCH), read back by ical.js. */
function feed(env: Record<string, string> = {}) {
  const { model } = loadData(repo.data, { now: NOW });
  const ics = rotationIcs(model!, computeSchedule(model!, 'data-platform', { from: NOW, weeks: 6 }), { stamp: feedStamp(repo.data, env) });
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => ({
    uid: v.getFirstPropertyValue('uid') as string,
    summary: v.getFirstPropertyValue('summary') as string,
    modified: (v.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString(),
    stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
  }));
  return { ics, week53: events.find((e) => e.uid === 'data-platform-2026-W53@pipeline-runbooks')! };
}

describe('calendar feed revisions', () => {
  it('returns the same UID with a later LAST-MODIFIED and DTSTAMP when a week changes hands in a later commit', () => {
    baseAt('2026-11-20T10:00:00Z');
    const before = feed();
    repo.replace('rotations/data-platform.yaml', '- week: 2026-W53\n    engineer: engineer-b', '- week: 2026-W53\n    engineer: engineer-c');
    commitAt('2026-11-24T15:30:00Z');
    const after = feed();

    expect(before.week53).toEqual({ uid: 'data-platform-2026-W53@pipeline-runbooks', summary: 'On call: Engineer B (Data platform on-call)', modified: '2026-11-20T10:00:00.000Z', stamp: '2026-11-20T10:00:00.000Z' });
    expect(after.week53).toEqual({ uid: before.week53.uid, summary: 'On call: Engineer C (Data platform on-call)', modified: '2026-11-24T15:30:00.000Z', stamp: '2026-11-24T15:30:00.000Z' });
  });

  it('returns byte-identical feeds for the same commit, whatever the clock', () => {
    baseAt('2026-11-20T10:00:00Z');
    expect(feed().ics).toBe(feed().ics);
    expect(feed({ SOURCE_DATE_EPOCH: '' }).ics).toBe(feed().ics);
    expect(feed().ics).toContain('LAST-MODIFIED:20261120T100000Z\r\n');
  });

  it('returns the time of the newest commit touching the data, not of later commits elsewhere', () => {
    baseAt('2026-11-20T10:00:00Z');
    repo.write('../README.md', '# notes\n');
    commitAt('2026-11-29T10:00:00Z');
    expect(feedStamp(repo.data, {}).toISOString()).toBe('2026-11-20T10:00:00.000Z');
  });

  it('returns SOURCE_DATE_EPOCH when it is set, and a fixed stamp outside git', () => {
    expect(feedStamp(repo.data, { SOURCE_DATE_EPOCH: '1795348800' }).toISOString()).toBe('2026-11-22T12:00:00.000Z');
    const outside = tempDir();
    expect(feedStamp(outside, {})).toEqual(DEFAULT_DTSTAMP);
    expect(feedStamp(VALID_FIXTURE, { SOURCE_DATE_EPOCH: '0' }).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
});
