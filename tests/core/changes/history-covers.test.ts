import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareData } from '../../../src/core/changes/compare.ts';
import { loadData } from '../../../src/core/load/load.ts';
import { editableCopy, type EditableData } from './editable.ts';

// tests/fixtures/hours (Europe/Berlin): after-hours has one cover by Engineer C, Wed 9 Dec 2026 18:00
// to Thu 10 Dec 09:00 Berlin, that is 17:00Z to 08:00Z.
const HOURS_FIXTURE = fileURLToPath(new URL('../../fixtures/hours/', import.meta.url));
// Thu 10 Dec 2026 06:00Z, 07:00 in Berlin: the cover is under way.
const DURING = new Date(Date.UTC(2026, 11, 10, 6));
// Fri 11 Dec 2026 12:00Z: the cover is over.
const AFTER = new Date(Date.UTC(2026, 11, 11, 12));
const FILE = 'rotations/after-hours.yaml';
const BASE_COVERS = 'covers:\n  - from: 2026-12-09T18:00\n    to: 2026-12-10T09:00\n    engineer: engineer-c\n    reason: "Engineer D at the dentist early next morning"\n';

let base: EditableData;
let head: EditableData;
beforeEach(() => {
  base = editableCopy(HOURS_FIXTURE);
  head = editableCopy(HOURS_FIXTURE);
});

const history = (now: Date) => compareData({ ref: 'main', base: loadData(base.dir), head: loadData(head.dir), now }).history!;

describe('compareData: history of covers', () => {
  it('returns a running cover given to someone else, and the covers YAML that puts it back, when its engineer changes', () => {
    head.replace(FILE, 'engineer: engineer-c\n    reason', 'engineer: engineer-d\n    reason');

    const h = history(DURING);

    expect(h.now).toBe('2026-12-10T06:00:00Z');
    expect(h.weeks).toEqual([]);
    expect(h.covers).toHaveLength(1);
    expect(h.covers[0]).toMatchObject({
      rotation: 'after-hours',
      rotationName: 'After hours',
      file: FILE,
      before: { start: '2026-12-09T17:00:00Z', end: '2026-12-10T08:00:00Z', engineer: { id: 'engineer-c', name: 'Engineer C' } },
      after: { engineer: { id: 'engineer-d', name: 'Engineer D' } },
      what: 'Engineer D instead of Engineer C',
    });
    expect(h.keep).toEqual([{ rotation: 'after-hours', file: FILE, how: expect.stringMatching(/^put back the cover that had started as it was\. To end a running cover early/), yaml: BASE_COVERS }]);
  });

  it('returns no rewritten cover when a running cover ends at another time still ahead, or gains hours before it', () => {
    head.replace(FILE, 'from: 2026-12-09T18:00\n    to: 2026-12-10T09:00', 'from: 2026-12-09T17:00\n    to: 2026-12-10T08:00');

    expect(history(DURING).covers).toEqual([]);
  });

  it('returns "ends earlier, before now" when a running cover is cut short before now', () => {
    head.replace(FILE, 'to: 2026-12-10T09:00', 'to: 2026-12-10T06:00');

    expect(history(DURING).covers.map((c) => [c.what, c.after?.end])).toEqual([['ends earlier, before now', '2026-12-10T05:00:00Z']]);
  });

  it('returns a finished cover as removed, and covers: [] to keep when it was the only one', () => {
    head.replace(FILE, /covers:\n[\s\S]*$/.exec(head.read(FILE))![0], '');

    const h = history(AFTER);

    expect(h.covers.map((c) => [c.before.engineer.name, c.what, c.after])).toEqual([['Engineer C', 'removed', undefined]]);
    expect(h.keep.map((k) => k.yaml)).toEqual([BASE_COVERS]);
  });

  it('does not count a new reason, a cover added in the past, or a cover that has not started', () => {
    head.replace(FILE, 'reason: Engineer D at the dentist early next morning', 'reason: Engineer D at the dentist');
    head.write(FILE, `${head.read(FILE)}  - from: 2026-12-07T20:00\n    to: 2026-12-08T08:00\n    engineer: engineer-c\n    reason: Engineer D was ill\n`);
    base.write(FILE, `${base.read(FILE)}  - from: 2026-12-16T20:00\n    to: 2026-12-17T08:00\n    engineer: engineer-d\n    reason: Engineer C at a wedding\n`);

    const h = history(DURING);

    expect(h.covers).toEqual([]);
    expect(h.keep).toEqual([]);
  });

  it('returns the YAML with explicit offsets, which keep the instants, when the rotation reads its covers in another zone', () => {
    head.replace(FILE, 'hours:\n', 'hours:\n  timezone: Europe/London\n');

    const h = history(AFTER);

    expect(h.covers.map((c) => [c.after?.start, c.what])).toEqual([['2026-12-09T18:00:00Z', 'starts later, after it had started']]);
    expect(h.keep.at(-1)!.yaml).toBe(
      'covers:\n  - from: 2026-12-09T17:00+00:00\n    to: 2026-12-10T08:00+00:00\n    engineer: engineer-c\n    reason: "Engineer D at the dentist early next morning"\n',
    );
  });
});
