import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/core/load/load.ts';
import { onCallAt, pipelineOnCallAt } from '../../src/core/schedules.ts';
import { buildOncall, type OncallCard } from '../../src/site/schedules.ts';
import { decodeTimeline } from '../../src/site/shift-codec.ts';

// Europe/Berlin; business hours 09:00-17:00 on weekdays, after hours the rest; follow-the-sun eu-sun/us-sun.
const model = loadData(join(import.meta.dirname, '../fixtures/hours')).model!;
const layersOf = (pipeline: string) => model.byId.pipelines.get(pipeline)!.rotations;

/** A card's build-time state in words: `who until` / `nobody why`, then `next from`. */
function state(card: OncallCard | undefined): string {
  if (!card) return 'no card';
  const iso = (d: Date) => d.toISOString().slice(5, 16);
  const now = card.current ? `${card.current.engineer}@${card.current.layer} until ${iso(card.current.end)}` : `nobody (${card.nobody})`;
  return `${now}; next ${card.next ? `${card.next.engineer}@${card.next.layer} from ${iso(card.next.start)}` : 'none'}`;
}

describe('buildOncall cards on the hours fixture', () => {
  it('returns who is on call within the hours at noon, and the next part of the timeline', () => {
    // Mon 7 Dec 2026, 12:00 in Berlin.
    const oncall = buildOncall(model, new Date('2026-12-07T11:00:00Z'));
    expect(state(oncall.byRotation.get('business-hours')!.card)).toBe('engineer-b@0 until 12-07T16:00; next engineer-b@0 from 12-08T08:00');
    expect(state(oncall.byRotation.get('after-hours')!.card)).toBe('nobody (outside-hours); next engineer-d@0 from 12-07T16:00');
    // The ledger's layers hand over at 17:00 to after hours.
    expect(state(oncall.layersCard(layersOf('ledger')))).toBe('engineer-b@0 until 12-07T16:00; next engineer-d@1 from 12-07T16:00');
    expect(state(oncall.layersCard(layersOf('fx-rates')))).toBe('engineer-f@0 until 12-07T19:00; next engineer-h@1 from 12-07T19:00');
  });

  it('returns nobody outside the hours, with the next shift, and a cover as the part running', () => {
    // Sat 12 Dec 2026, 12:00 in Berlin: business hours next on Monday, where Engineer C's cover runs to 12:00.
    const saturday = buildOncall(model, new Date('2026-12-12T11:00:00Z'));
    expect(state(saturday.byRotation.get('business-hours')!.card)).toBe('nobody (outside-hours); next engineer-c@0 from 12-14T08:00');
    expect(state(saturday.layersCard(layersOf('ledger')))).toBe('engineer-d@1 until 12-13T23:00; next engineer-c@1 from 12-13T23:00');
    // Wed 9 Dec 2026, 23:00 in Berlin: inside Engineer C's night cover of after hours.
    const night = buildOncall(model, new Date('2026-12-09T22:00:00Z'));
    expect(state(night.byRotation.get('after-hours')!.card)).toBe('engineer-c@0 until 12-10T08:00; next engineer-d@0 from 12-10T16:00');
  });

  it('returns "not started" before the first week (the one holding start: 2026-01-01), with its first shift as next', () => {
    const early = buildOncall(model, new Date('2025-12-10T11:00:00Z'));
    expect(state(early.byRotation.get('business-hours')!.card)).toBe('nobody (not-started); next engineer-a@0 from 12-29T08:00');
    expect(state(early.layersCard(layersOf('ledger')))).toBe('nobody (not-started); next engineer-c@1 from 12-28T23:00');
  });

  it('names the same engineer at build time as oncall --at (onCallAt, pipelineOnCallAt), every five hours for two weeks', () => {
    for (let t = Date.parse('2026-12-07T00:00:00Z'); t < Date.parse('2026-12-21T00:00:00Z'); t += 5 * 3_600_000) {
      const at = new Date(t);
      const oncall = buildOncall(model, at);
      const found = new Map(onCallAt(model, at).map((o) => [o.rotation, o.shift.engineer]));
      for (const r of model.rotations) expect(oncall.byRotation.get(r.id)!.card.current?.engineer, `${r.id} at ${at.toISOString()}`).toBe(found.get(r.id));
      for (const p of model.pipelines) {
        const expected = pipelineOnCallAt(model, p.id, at);
        const card = oncall.layersCard(p.rotations)!;
        expect(card.current ? `${p.rotations[card.current.layer]} ${card.current.engineer}` : 'nobody', `${p.id} at ${at.toISOString()}`).toBe(
          expected ? `${expected.rotation} ${expected.shift.engineer}` : 'nobody',
        );
      }
    }
  });

  it('embeds the parts and layers it shows, and the contacts of everyone they name', () => {
    const oncall = buildOncall(model, new Date('2026-12-07T11:00:00Z'));
    const card = oncall.layersCard(layersOf('ledger'))!;
    const embedded = decodeTimeline(card.embedded)!;
    expect(embedded.layers).toEqual([
      ['business-hours', 'Business hours'],
      ['after-hours', 'After hours'],
    ]);
    expect(embedded.parts.map(([start, end, person, layer]) => [start, end, embedded.people[person]![0], layer])).toEqual(
      card.timeline!.parts.map((p) => [p.start.getTime(), p.end.getTime(), p.engineer, p.layer]),
    );
    // Members in the layers' order; the covers bring in nobody new here.
    expect(card.engineers).toEqual(['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d']);
    // The same layers give the same card; one rotation gives its own rotation's card.
    expect(oncall.layersCard(layersOf('ledger'))).toBe(card);
    expect(oncall.layersCard(['eu-sun'])).toBe(oncall.byRotation.get('eu-sun')!.card);
    expect(oncall.layersCard([])).toBeUndefined();
    // A rotation card carries the contacts of the rest of this week and the next: the cover brings in Engineer C.
    expect(oncall.byRotation.get('business-hours')!.card.soon).toEqual(['engineer-b', 'engineer-c', 'engineer-a']);
  });
});

describe('buildOncall: what the calendar pages list, computed once per build', () => {
  it("returns each rotation's problems with the catalogue's sentence, people by display name", () => {
    const site = loadData(join(import.meta.dirname, '../fixtures/site')).model!;
    const reporting = buildOncall(site, new Date('2026-12-07T11:00:00Z')).byRotation.get('reporting')!;
    expect(reporting.problems.map((p) => p.week)).toEqual(reporting.schedule.problems.map((p) => p.week));
    expect(reporting.problems).toHaveLength(1);
    expect(reporting.problems[0]).toMatchObject({ rule: 'consecutive', week: '2027-W01' });
    expect(reporting.problems[0]!.message).toMatch(/^Dave Diaz covers 2026-W53 and 2027-W01 back to back; .*agreed: true$/);
  });

  it('returns the covers of each week that has one, and the hours of a rotation that has them', () => {
    const oncall = buildOncall(model, new Date('2026-12-07T11:00:00Z'));
    const business = oncall.byRotation.get('business-hours')!;
    expect([...business.covers.keys()].sort()).toEqual(['2026-W50', '2026-W51']);
    for (const covers of business.covers.values()) for (const c of covers) expect(c.engineer).toMatch(/^engineer-/);
    expect(business.hours?.zone).toBe('Europe/Berlin');
    expect(business.hours?.windows.map((w) => w.text)).toEqual(['Mon–Fri 09:00–17:00']);
    expect(oncall.byRotation.get('eu-sun')!.hours?.windows.map((w) => w.text)).toEqual(['Every day 08:00–20:00']);
  });

  it('returns no hours and no covers for a rotation on call around the clock without covers', () => {
    const site = loadData(join(import.meta.dirname, '../fixtures/site')).model!;
    const platform = buildOncall(site, new Date('2026-12-07T11:00:00Z')).byRotation.get('data-platform')!;
    expect(platform.hours).toBeUndefined();
    expect(platform.covers.size).toBe(0);
  });
});
