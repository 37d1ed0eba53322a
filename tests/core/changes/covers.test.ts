import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareData } from '../../../src/core/changes/compare.ts';
import { loadData } from '../../../src/core/load/load.ts';
import { editableCopy, type EditableData } from './editable.ts';

// tests/fixtures/hours: Europe/Berlin; after-hours (nights and weekends) has one cover, Wed 9 Dec 2026
// 18:00 to Thu 10 Dec 09:00 by Engineer C; eu-sun (08:00–20:00 Berlin) one across the March 2027 DST change.
const HOURS_FIXTURE = fileURLToPath(new URL('../../fixtures/hours/', import.meta.url));
// Mon 30 Nov 2026 12:00 UTC: every cover of the fixture is still ahead.
const NOW = new Date(Date.UTC(2026, 10, 30, 12));
const AFTER_HOURS = 'rotations/after-hours.yaml';

let base: EditableData;
let head: EditableData;
beforeEach(() => {
  base = editableCopy(HOURS_FIXTURE);
  head = editableCopy(HOURS_FIXTURE);
});

const compare = () => compareData({ ref: 'main', base: loadData(base.dir), head: loadData(head.dir), now: NOW });

describe('compareData: covers', () => {
  it('returns an added cover with its engineer by name, UTC instants, local range, hours and hours on call when a cover is added', () => {
    head.write(AFTER_HOURS, `${head.read(AFTER_HOURS)}  - from: 2026-12-16T20:00\n    to: 2026-12-17T10:00\n    engineer: engineer-d\n    reason: Engineer C at a wedding\n    agreed: true\n`);

    const report = compare();

    expect(report.hasChanges).toBe(true);
    expect(report.rotations.changed).toEqual([]);
    expect(report.covers).toEqual([
      {
        rotation: 'after-hours',
        name: 'After hours',
        file: AFTER_HOURS,
        timezone: 'Europe/Berlin',
        removed: [],
        changed: [],
        added: [
          {
            index: 1,
            from: '2026-12-16T20:00',
            to: '2026-12-17T10:00',
            start: '2026-12-16T19:00:00Z',
            end: '2026-12-17T09:00:00Z',
            timezone: 'Europe/Berlin',
            hours: 14,
            // The rotation is on call Wed 17:00 to Thu 09:00: the last hour of the cover has nobody on call anyway.
            onCallHours: 13,
            engineer: { id: 'engineer-d', name: 'Engineer D' },
            reason: 'Engineer C at a wedding',
            agreed: true,
          },
        ],
      },
    ]);
  });

  it('returns one changed cover with before and after, not a removal and an addition, when its end moves', () => {
    head.replace(AFTER_HOURS, 'to: 2026-12-10T09:00', 'to: 2026-12-10T12:00');

    const [after] = compare().covers;

    expect(after!.added).toEqual([]);
    expect(after!.removed).toEqual([]);
    expect(after!.changed).toHaveLength(1);
    const { before: b, after: a, changes } = after!.changed[0]!;
    expect(changes).toEqual(['end']);
    expect([b.end, a.end]).toEqual(['2026-12-10T08:00:00Z', '2026-12-10T11:00:00Z']);
    expect([b.hours, a.hours, b.onCallHours, a.onCallHours]).toEqual([15, 18, 15, 15]);
  });

  it('returns the engineer and the reason as changed when a cover keeps its range as written', () => {
    head.replace(AFTER_HOURS, 'engineer: engineer-c\n    reason: Engineer D at the dentist early next morning', 'engineer: engineer-d\n    reason: Engineer C at the dentist');

    const { changed } = compare().covers[0]!;

    expect(changed.map((c) => [c.changes, c.before.engineer.name, c.after.engineer.name, c.after.reason])).toEqual([
      [['engineer', 'reason'], 'Engineer C', 'Engineer D', 'Engineer C at the dentist'],
    ]);
  });

  it('returns a removed cover when the head has no cover overlapping it', () => {
    head.replace(AFTER_HOURS, /covers:\n[\s\S]*$/.exec(head.read(AFTER_HOURS))![0], 'covers: []\n');

    const [after] = compare().covers;

    expect(after!.removed.map((c) => [c.from, c.to, c.engineer.name, c.hours])).toEqual([['2026-12-09T18:00', '2026-12-10T09:00', 'Engineer C', 15]]);
    expect(after!.added).toEqual([]);
  });

  it('returns no change when a cover is rewritten with an explicit offset for the same instants', () => {
    head.replace(AFTER_HOURS, 'from: 2026-12-09T18:00\n    to: 2026-12-10T09:00', 'from: 2026-12-09T17:00Z\n    to: 2026-12-10T09:00+01:00');

    const report = compare();

    expect(report.covers).toEqual([]);
    expect(report.hasChanges).toBe(false);
  });

  it('returns elapsed hours, one fewer than the clock shows, when a cover spans the night the clocks go forward', () => {
    // Sat 27 Mar 2027 18:00 to Sun 28 Mar 10:00 in Berlin: 16 hours on the clock, 15 elapsed.
    base.replace('rotations/eu-sun.yaml', /covers:\n[\s\S]*$/.exec(base.read('rotations/eu-sun.yaml'))![0], 'covers: []\n');

    const added = compare().covers[0]!.added[0]!;

    expect([added.start, added.end, added.hours, added.onCallHours]).toEqual(['2027-03-27T17:00:00Z', '2027-03-28T08:00:00Z', 15, 4]);
  });

  it('returns the covers of a rotation only the head has as added', () => {
    rmSync(join(base.dir, AFTER_HOURS));
    base.replace('site.yaml', '    rotations: [business-hours, after-hours]', '    rotations: [business-hours]');

    const report = compare();

    expect(report.rotations.added.map((r) => r.id)).toEqual(['after-hours']);
    expect(report.covers.map((r) => [r.rotation, r.added.length, r.removed.length])).toEqual([['after-hours', 1, 0]]);
  });
});
