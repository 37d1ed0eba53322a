import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/core/load/load.ts';
import { personIcs, rotationIcs } from '../../src/feeds/ics.ts';
import { feedFiles } from '../../src/site/feed-files.ts';
import { buildIndex } from '../../src/site/indexes.ts';
import type { PageData } from '../../src/site/page-data.ts';
import { buildOncall } from '../../src/site/schedules.ts';

const model = loadData('tests/fixtures/site').model!;
const now = new Date('2027-01-03T00:00:00Z');
const data: PageData = { model, now, today: '2027-01-03', stamp: now, dataDir: 'tests/fixtures/site', index: buildIndex(model), oncall: buildOncall(model, now) };

describe('feedFiles', () => {
  it('returns a feed per rotation and per person, at the paths the feed routes serve in dev', () => {
    const paths = feedFiles(data).map((f) => f.path);
    expect(paths).toEqual([...model.rotations.map((r) => `oncall/${r.id}.ics`), ...model.people.map((p) => `people/${p.id}.ics`)]);
  });

  it("returns each rotation's calendar and each person's weeks across rotations", () => {
    const files = new Map(feedFiles(data).map((f) => [f.path, f.text]));
    const schedule = data.oncall.byRotation.get('data-platform')!.schedule;
    expect(files.get('oncall/data-platform.ics')).toBe(rotationIcs(model, schedule, { stamp: now }));
    expect(files.get('people/carol.ics')).toBe(personIcs(model, 'carol', data.oncall.schedulesByPerson.get('carol')!, { stamp: now }));
    // Carol has weeks in both rotations of the fixture.
    expect(files.get('people/carol.ics')!.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThan(2);
  });
});
