import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../src/core/schedules.ts';
import type { Model } from '../../src/core/model.ts';
import { scheduleIntervals } from '../../src/pager/intervals.ts';
import { pagerDutyPlans } from '../../src/pager/pagerduty.ts';
import { overridesFile, terraformJson, type OverridesFile } from '../../src/pager/pagerduty-files.ts';
import { dataDir, load, yaml } from '../helpers/data-dir.ts';

// The reference: PagerDuty's schedule model as its docs describe it, evaluated the simplest way,
// from the exported files alone (Terraform JSON and overrides.json), one instant at a time. A layer's
// turns are weeks of wall-clock time in the schedule's zone from rotation_virtual_start, turn k goes to
// users[k mod n], restrictions are wall-clock windows, and an override replaces whoever is on call.

interface TfLayer {
  start: string;
  end?: string;
  rotation_virtual_start: string;
  rotation_turn_length_seconds: number;
  users: string[];
  restriction?: { type: string; start_time_of_day: string; duration_seconds: number; start_day_of_week?: number }[];
}
interface Tf {
  data: { pagerduty_user: Record<string, { email: string }> };
  resource: { pagerduty_schedule: Record<string, { name: string; time_zone: string; layer: TfLayer[] }> };
}

const HOUR = 3_600_000;
const wallOf = (t: number, zone: string) => t + tzOffset(zone, new Date(t)) * 60_000;

function pagerDutyOnCall(tf: Tf, overrides: OverridesFile, rotation: string, t: number): string | undefined {
  const sched = overrides.schedules.find((s) => s.rotation === rotation)!;
  const hit = sched.overrides.filter((o) => Date.parse(o.start) <= t && t < Date.parse(o.end)).at(-1);
  if (hit) return hit.user.email;
  const schedule = tf.resource.pagerduty_schedule[rotation]!;
  const zone = schedule.time_zone;
  const layers = schedule.layer.filter((l) => Date.parse(l.start) <= t && (!l.end || t < Date.parse(l.end)));
  const layer = layers.at(-1);
  if (!layer) return undefined;
  const wall = wallOf(t, zone);
  const minuteOfDay = ((wall / 60_000) % 1440 + 1440) % 1440;
  const isoDay = ((Math.floor(wall / 86_400_000) + 3) % 7) + 1; // 1970-01-01 was a Thursday (4)
  if (layer.restriction?.length) {
    const inside = layer.restriction.some((r) => {
      const [h, m] = r.start_time_of_day.split(':').map(Number);
      const start = (r.type === 'weekly_restriction' ? (r.start_day_of_week! - 1) * 1440 : 0) + h! * 60 + m!;
      const now = r.type === 'weekly_restriction' ? (isoDay - 1) * 1440 + minuteOfDay : minuteOfDay;
      const period = r.type === 'weekly_restriction' ? 7 * 1440 : 1440;
      return (((now - start) % period) + period) % period < r.duration_seconds / 60;
    });
    if (!inside) return undefined;
  }
  const v = Date.parse(layer.rotation_virtual_start);
  const turn = Math.floor((wall - wallOf(v, zone)) / (layer.rotation_turn_length_seconds * 1000));
  const user = layer.users[((turn % layer.users.length) + layer.users.length) % layer.users.length]!;
  const id = /^\$\{data\.pagerduty_user\.([\w-]+)\.id\}$/.exec(user)![1]!;
  return tf.data.pagerduty_user[id]!.email;
}

/** Every hour and every hand-off of the horizon: the engine's on-call against the reference's, as emails. */
function compare(model: Model, now: Date, weeks: number) {
  const plans = pagerDutyPlans(model, now, weeks);
  const tf = JSON.parse(terraformJson(model, plans)) as Tf;
  const overrides = JSON.parse(JSON.stringify(overridesFile(model, plans))) as OverridesFile;
  const mismatches: string[] = [];
  let checked = 0;
  for (const plan of plans) {
    const schedule = computeSchedule(model, plan.rotation, { from: new Date(now.getTime() - 7 * 86_400_000), weeks: weeks + 1 });
    const truth = scheduleIntervals(schedule);
    const from = plan.horizon.start.getTime();
    const to = plan.horizon.end.getTime();
    const instants = new Set<number>();
    for (let t = from; t < to; t += HOUR) instants.add(t);
    for (const i of truth) if (i.start >= from && i.start < to) [i.start, i.start - 60_000, i.start + 60_000].forEach((t) => instants.add(t));
    for (const t of instants) {
      if (t < from || t >= to) continue;
      checked++;
      const who = truth.find((i) => i.start <= t && t < i.end)?.who;
      const expected = who === undefined ? undefined : model.byId.people.get(who)!.email;
      const got = pagerDutyOnCall(tf, overrides, plan.rotation, t);
      if (got !== expected) mismatches.push(`${plan.rotation} ${new Date(t).toISOString()}: data ${expected}, PagerDuty ${got}`);
    }
  }
  return { plans, tf, overrides, mismatches: mismatches.slice(0, 10), checked };
}

const PEOPLE = yaml`
  people:
    - id: ana
      name: Ana Lima
      email: ana@example.com
    - id: ben
      name: Ben Okafor
      email: ben@example.com
    - id: chen
      name: Chen Wei
      email: chen@example.com
      holidays:
        - from: 2027-03-15
          to: 2027-03-19
          note: Skiing
    - id: dana
      name: Dana Novak
      email: dana@example.com
    - id: eve
      name: Eve Park
      email: eve@example.com
    - id: finn
      name: Finn Berg
      email: finn@example.com
    - id: gita
      name: Gita Rao
      email: gita@example.com
    - id: hugo
      name: Hugo Roy
      email: hugo@example.com
    - id: ivan
      name: Ivan Petrov
      email: ivan@example.com
`;

const SITE = yaml`
  title: Test runbooks
  calendar:
    timezone: Europe/Berlin
    pastWeeks: 0
    futureWeeks: 8
  areas:
    - id: profit
      name: Profit
    - id: growth
      name: Growth
`;

function model(rotations: Record<string, string>, people = PEOPLE): Model {
  const files: Record<string, string | null> = { 'site.yaml': SITE, 'people.yaml': people, 'rotations/on-call.yaml': null };
  for (const [id, text] of Object.entries(rotations)) files[`rotations/${id}.yaml`] = text;
  // The valid fixture's pipelines name rotation on-call; point them at the first of ours.
  const first = Object.keys(rotations)[0]!;
  for (const [id, audience] of [['profit', 'experiments'], ['growth', 'experiments']]) {
    files[`pipelines/${id}.yaml`] = `name: ${id}\narea: ${id}\naudience: ${audience}\nowners:\n  primary: ana\n  secondary: ben\nrotation: ${first}\n`;
  }
  const result = load(dataDir(files));
  expect(result.problems.filter((p) => p.severity !== 'warning').map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  return result.model!;
}

const NOW = new Date('2026-11-30T12:00:00Z');

describe('PagerDuty export, evaluated by a reference of PagerDuty schedules', () => {
  it('returns layers alone that give the calendar when a week-number rotation crosses a 53-week year, one layer per stretch of unbroken turns', () => {
    const m = model({
      three: yaml`
        name: Three
        members: [ana, ben, chen]
        assignment: week-number
        start: 2026-01-01
        handoff: "09:00"
      `,
      four: yaml`
        name: Four
        members: [finn, gita, hugo, ivan]
        assignment: week-number
        start: 2026-01-01
        handoff: "09:00"
      `,
    }, PEOPLE.replace(/ {4}holidays:\n(?: {6}.*\n)+/, ''));
    const { plans, tf, overrides, mismatches, checked } = compare(m, NOW, 70);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(2 * 70 * 168);
    expect(overrides.schedules.map((s) => s.overrides)).toEqual([[], []]);
    // 2026 has 53 weeks: both restart at 2027-W01; 2027's 52 weeks break three's turns again, not four's.
    expect(tf.resource.pagerduty_schedule.three!.layer.map((l) => [l.start, l.end, l.rotation_virtual_start])).toEqual([
      ['2025-12-29T09:00:00+01:00', '2027-01-04T09:00:00+01:00', '2025-12-29T09:00:00+01:00'],
      ['2027-01-04T09:00:00+01:00', '2028-01-03T09:00:00+01:00', '2027-01-04T09:00:00+01:00'],
      ['2028-01-03T09:00:00+01:00', undefined, '2028-01-03T09:00:00+01:00'],
    ]);
    expect(plans.find((p) => p.rotation === 'four')!.layers.map((l) => l.name)).toEqual(['Line-up 1 from 2026-W01', 'Line-up 1 from 2027-W01 (week numbers restart)']);
  });

  it('returns the calendar exactly with a version, an override, a holiday swap and continuous turns, the rest in overrides.json', () => {
    const m = model({
      primary: yaml`
        name: Primary
        members: [ana, ben, chen]
        assignment: week-number
        start: 2026-10-01
        handoff: "09:30"
        versions:
          - from: 2027-W05
            members: [ana, ben, chen, dana]
        overrides:
          - week: 2026-W53
            engineer: dana
            reason: Ana would do W53 and W01
      `,
      secondary: yaml`
        name: Secondary
        members: [eve, dana, ben]
        assignment: continuous
        start: 2026-03-04
        handoff: "00:00"
        overrides:
          - week: 2027-W03
            engineer: ana
            reason: Eve at a conference
      `,
    });
    const { plans, tf, overrides, mismatches } = compare(m, NOW, 60);
    expect(mismatches).toEqual([]);
    const primary = overrides.schedules.find((s) => s.rotation === 'primary')!;
    expect(primary.overrides.map((o) => o.reason)).toContain('override 2026-W53: Ana would do W53 and W01');
    expect(primary.overrides.some((o) => o.reason.startsWith('holiday swap 2027-W11'))).toBe(true);
    expect(overrides.schedules.find((s) => s.rotation === 'secondary')!.overrides).toEqual([
      { start: '2027-01-18T00:00:00+01:00', end: '2027-01-25T00:00:00+01:00', user: { email: 'ana@example.com', summary: 'Ana Lima' }, reason: 'override 2027-W03: Eve at a conference' },
    ]);
    expect(tf.resource.pagerduty_schedule.secondary!.layer).toEqual([
      {
        name: 'Line-up 1 from 2026-W10',
        start: '2026-03-02T00:00:00+01:00',
        rotation_virtual_start: '2026-03-02T00:00:00+01:00',
        rotation_turn_length_seconds: 604800,
        users: ['${data.pagerduty_user.eve.id}', '${data.pagerduty_user.dana.id}', '${data.pagerduty_user.ben.id}'],
      },
    ]);
    // The version ends the first line-up's layer where it starts: the layers never overlap.
    const layers = plans.find((p) => p.rotation === 'primary')!.layers;
    for (let i = 1; i < layers.length; i++) expect(layers[i]!.start).toEqual(layers[i - 1]!.end);
    expect(layers.map((l) => l.users.length)).toEqual([3, 3, 4]);
  });

  it('returns the calendar exactly for business hours in another zone, an after-hours rotation and covers, restrictions from the windows', () => {
    const m = model({
      day: yaml`
        name: US day
        members: [ana, ben]
        assignment: continuous
        start: 2026-11-02
        handoff: "09:00"
        hours:
          timezone: America/New_York
          windows:
            - days: [mon, tue, wed, thu, fri]
              from: "09:00"
              to: "17:00"
        covers:
          - from: 2027-03-10T13:00
            to: 2027-03-11T10:00
            engineer: chen
            reason: Ana at the dentist
      `,
      night: yaml`
        name: Nights
        members: [dana, eve]
        assignment: week-number
        start: 2026-11-02
        hours:
          windows:
            - days: [mon, tue, wed, thu, fri, sat, sun]
              from: "20:00"
              to: "08:00"
        covers:
          - from: 2026-12-29T23:00
            to: 2026-12-30T02:00
            engineer: finn
            reason: Eve's train is late
      `,
    });
    const { plans, tf, overrides, mismatches, checked } = compare(m, NOW, 30);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(2 * 30 * 168);
    expect(plans.flatMap((p) => p.uncovered)).toEqual([]);
    expect(tf.resource.pagerduty_schedule.day!.time_zone).toBe('America/New_York');
    expect(tf.resource.pagerduty_schedule.day!.layer[0]!.restriction).toEqual(
      [1, 2, 3, 4, 5].map((day) => ({ type: 'weekly_restriction', start_time_of_day: '09:00:00', duration_seconds: 8 * 3600, start_day_of_week: day })),
    );
    expect(tf.resource.pagerduty_schedule.night!.layer[0]!.restriction).toEqual([{ type: 'daily_restriction', start_time_of_day: '20:00:00', duration_seconds: 12 * 3600 }]);
    // A cover is one override, bounded by the hours it falls in: 13:00 to 17:00, then 09:00 to 10:00.
    expect(overrides.schedules.find((s) => s.rotation === 'day')!.overrides.map((o) => [o.start, o.end, o.user.email, o.reason])).toEqual([
      ['2027-03-10T13:00:00-05:00', '2027-03-10T17:00:00-05:00', 'chen@example.com', 'cover: Ana at the dentist'],
      ['2027-03-11T09:00:00-05:00', '2027-03-11T10:00:00-05:00', 'chen@example.com', 'cover: Ana at the dentist'],
    ]);
    expect(overrides.schedules.find((s) => s.rotation === 'night')!.overrides.map((o) => [o.start, o.end, o.user.email])).toEqual([
      ['2026-12-29T23:00:00+01:00', '2026-12-30T02:00:00+01:00', 'finn@example.com'],
    ]);
  });

  it('returns users and schedules in Terraform JSON syntax, each user found by email', () => {
    const m = model({ turns: yaml`
      name: Turns
      members: [ana, ben]
      assignment: continuous
      start: 2026-11-02
    ` });
    const tf = JSON.parse(terraformJson(m, pagerDutyPlans(m, NOW, 4))) as Tf & { '//': string };
    expect(tf['//']).toMatch(/^Generated by `npm run export -- --format pagerduty`/);
    expect(tf.data.pagerduty_user).toEqual({ ana: { email: 'ana@example.com' }, ben: { email: 'ben@example.com' } });
    expect(tf.resource.pagerduty_schedule.turns).toMatchObject({ name: 'Turns', time_zone: 'Europe/Berlin' });
  });
});
