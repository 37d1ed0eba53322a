import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/core/load/load.ts';
import { buildIndex, sortByName } from '../../src/site/indexes.ts';
import { PAGE_ROWS, pageCount, pageHref, pagedLists, preview } from '../../src/site/lists.ts';
import { buildOncall, EMBEDDED_WEEKS } from '../../src/site/schedules.ts';
import { decodeTimeline } from '../../src/site/shift-codec.ts';
import { writeOrg } from '../../scripts/org/write.ts';
import { searchRecords } from '../../src/site/search-records.ts';
import type { PageData } from '../../src/site/page-data.ts';

const model = loadData('tests/fixtures/site').model!;
// Sun 3 Jan 2027 00:00 UTC, inside 2026-W53.
const now = new Date('2027-01-03T00:00:00Z');
const data: PageData = { model, now, today: '2027-01-03', stamp: now, dataDir: 'tests/fixtures/site', index: buildIndex(model), oncall: buildOncall(model, now) };
const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);

describe('buildIndex', () => {
  it('returns the pipelines of each area, owner, team and rotation, sorted by name', () => {
    const { index } = data;
    expect(ids(index.byArea.get('growth')!)).toEqual(['script-injection', 'aggregate-growth']);
    expect(ids(index.byOwner.get('carol')!.primary)).toEqual(['aggregate-growth']);
    expect(ids(index.byOwner.get('carol')!.secondary)).toEqual(['aggregate-profit']);
    expect(ids(index.byOwner.get('dave')!.primary)).toEqual([]);
    expect(ids(index.byTeam.get('investor-relations')!.uses)).toEqual(['aggregate-growth', 'aggregate-profit']);
    expect(ids(index.byTeam.get('finance-data')!.feeds)).toEqual(['aggregate-profit']);
    expect(ids(index.byRotation.get('reporting')!)).toEqual(['aggregate-growth']);
    expect(ids(index.investors)).toEqual(['aggregate-profit', 'aggregate-growth']);
  });
});

describe('sortByName', () => {
  it('sorts by name without case, numbers in numeric order, then by id', () => {
    const items = [
      { id: 'c', name: 'cost 10' },
      { id: 'b', name: 'Cost 9' },
      { id: 'a', name: 'cost 9' },
      { id: 'd', name: 'Ads' },
    ];
    expect(ids(sortByName(items))).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('preview', () => {
  it('returns every item when they fit, else the first ones and a link to all', () => {
    expect(preview([1, 2], 2, '/x/')).toEqual({ items: [1, 2] });
    expect(preview([1, 2, 3], 2, '/x/')).toEqual({ items: [1, 2], more: { href: '/x/', total: 3 } });
  });
});

describe('pagedLists', () => {
  it('returns an own list for every area, and numbered pages of PAGE_ROWS', () => {
    expect(pagedLists(data).map((l) => l.base)).toEqual(['/areas/profit/', '/areas/growth/']);
    expect(pageCount({ items: new Array(PAGE_ROWS + 1) })).toBe(2);
    expect(pageCount({ items: [] })).toBe(1);
    expect(pageHref('/areas/profit/', 1)).toBe('/areas/profit/');
    expect(pageHref('/areas/profit/', 3)).toBe('/areas/profit/3/');
  });
});

describe('buildOncall', () => {
  it('lists pastWeeks before the current week through futureWeeks after it', () => {
    const weeks = data.oncall.byRotation.get('data-platform')!.schedule.weeks.map((w) => w.week);
    expect(weeks[0]).toBe('2026-W51');
    expect(weeks.at(-1)).toBe('2027-W06');
  });

  it('returns the shift running now and the next one', () => {
    const r = data.oncall.byRotation.get('data-platform')!;
    expect([r.current?.week, r.current?.engineer, r.next?.week, r.next?.engineer]).toEqual(['2026-W53', 'bob', '2027-W01', 'alice']);
    // Around the clock, the card's parts are its weeks: it carries them from the current one.
    const carried = decodeTimeline(r.card.embedded)!;
    expect(carried.from).toBe(Date.UTC(2026, 11, 28, 9));
    expect(carried.parts[0]).toEqual([Date.UTC(2026, 11, 28, 9), Date.UTC(2027, 0, 4, 9), 0, 0]);
    expect(carried.people[0]).toEqual(['bob', 'Bob Baker']);
    expect([r.card.current?.engineer, r.card.current?.end, r.card.next?.engineer]).toEqual(['bob', new Date(Date.UTC(2027, 0, 4, 9)), 'alice']);
    expect([...data.oncall.byRotation.get('reporting')!.problemWeeks]).toEqual(['2027-W01']);
  });

  it('returns as embedded engineers those on call in the weeks a card carries, members first, then an override from outside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'embedded-'));
    try {
      writeOrg(dir, { pipelines: 20, engineers: 30, rotations: 1, seed: 'embedded', year: 2026 });
      // The generator keeps rotations small: this one takes every engineer but the last, who covers
      // 2027-W02 by an override.
      const [file] = readdirSync(join(dir, 'rotations'));
      const people = loadData(dir).model!.people.map((p) => p.id);
      const outsider = people.at(-1)!;
      const rotationFile = join(dir, 'rotations', file!);
      const members = people.slice(0, -1).map((id) => `  - ${id}`).join('\n');
      const override = `overrides:\n  - week: 2027-W02\n    engineer: ${outsider}\n    reason: covers while the team is short\n`;
      writeFileSync(rotationFile, readFileSync(rotationFile, 'utf8').replace(/members:\n(  - .*\n)+/, `members:\n${members}\n`).replace('overrides: []\n', override));
      const big = loadData(dir).model!;
      const rotation = big.rotations[0]!;
      const r = buildOncall(big, now).byRotation.get(rotation.id)!;
      // The card's own data names the same people.
      const timeline = decodeTimeline(r.card.embedded)!;
      const carried = new Set(timeline.parts.map(([, , person]) => timeline.people[person]![0]));
      expect(rotation.members.length).toBeGreaterThan(EMBEDDED_WEEKS);
      expect(new Set(r.card.engineers)).toEqual(carried);
      expect(r.card.engineers.length).toBeLessThanOrEqual(EMBEDDED_WEEKS);
      expect(r.card.engineers.at(-1)).toBe(outsider);
      expect(r.card.engineers.slice(0, -1)).toEqual(rotation.members.filter((id) => carried.has(id)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("returns each person's shifts that have not ended, across rotations, in time order", () => {
    const carol = data.oncall.upcomingByPerson.get('carol')!.map((s) => `${s.rotation} ${s.shift.week}`);
    expect(carol).toEqual(['reporting 2027-W02', 'data-platform 2027-W03', 'reporting 2027-W04', 'reporting 2027-W06']);
  });
});

describe('searchRecords', () => {
  it('returns a record per pipeline, person and team with the words its page shows', () => {
    const records = searchRecords(data);
    expect(records).toHaveLength(model.pipelines.length + model.people.length + model.teams.length);
    const growth = records.find((r) => r.url === '/pipelines/aggregate-growth/')!;
    expect(growth).toMatchObject({ title: 'Aggregate growth (investors)', kind: 'Runbook' });
    expect(growth.content).toContain('Missing churn events.');
    const profit = records.find((r) => r.url === '/pipelines/aggregate-profit/')!;
    expect(profit.content).toContain('Accuracy within 1% of Finance DB.');
    expect(profit.content).toContain('Delay in Finance DB sync. The morning dashboard shows yesterday as partial.');
    expect(profit.content).toContain('Upstream: Sales Systems Team, Finance Data Team.');
    expect(records.find((r) => r.url === '/people/alice/')).toMatchObject({ kind: 'Person', title: 'Alice Archer' });
    expect(records.find((r) => r.url === '/teams/finance-data/')?.content).toContain('#finance-data');
  });

  it('returns counts of one in the singular: "Owns 1 pipeline", "Feeds 1 pipeline"', () => {
    const records = searchRecords(data);
    expect(records.find((r) => r.url === '/people/carol/')?.content).toContain('Owns 1 pipeline as primary and 1 as secondary.');
    expect(records.find((r) => r.url === '/teams/finance-data/')?.content).toContain('Feeds 1 pipeline; depends on 0.');
  });

  it("returns a person's and a team's id with their record, so that searching an id finds them", () => {
    const records = searchRecords(data);
    expect(records.find((r) => r.url === '/people/alice/')?.content).toMatch(/^Alice Archer\. Id alice\. /);
    expect(records.find((r) => r.url === '/teams/finance-data/')?.content).toMatch(/^Finance Data Team\. Id finance-data\. /);
  });
});
