import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/load/load.ts';
import { computeSchedules, layeredParts, layerAt, pipelineOnCallAt, type Shift, type ShiftPart } from '../../../src/core/schedules.ts';

const HOURS = join(import.meta.dirname, '../../fixtures/hours');
const model = loadData(HOURS).model!;
const MINUTE = 60_000;

/** Weeks of whole minutes from 0, each a list of [start, end, engineer] parts, as the engine shapes them. */
function weeksOf(layer: readonly (readonly (readonly [number, number, string])[])[], weekMinutes: number): Shift[] {
  return layer.map((parts, k) => ({
    week: `2026-W${String(k + 1).padStart(2, '0')}`,
    start: new Date(k * weekMinutes * MINUTE),
    end: new Date((k + 1) * weekMinutes * MINUTE),
    engineer: parts[0]?.[2] ?? 'x',
    scheduled: 'x',
    version: 0,
    reason: 'rotation',
    agreed: false,
    shifts: parts.map(([s, e, engineer]): ShiftPart => ({ start: new Date((k * weekMinutes + s) * MINUTE), end: new Date((k * weekMinutes + e) * MINUTE), engineer, reason: 'rotation' })),
  }));
}

/** Each minute's holder the plain way: scan the layers in order for a part that holds it. */
function reference(layers: readonly Shift[][], minute: number): string {
  for (const [k, weeks] of layers.entries()) {
    for (const w of weeks) for (const s of w.shifts) if (s.start.getTime() <= minute * MINUTE && minute * MINUTE < s.end.getTime()) return `${k} ${s.engineer}`;
  }
  return 'nobody';
}

describe('layeredParts', () => {
  it('returns, over random layers with gaps, pieces that hold every minute for the first layer with someone on call, in order, without overlap', () => {
    const WEEK = 60;
    // A week's parts: sorted distinct cut points, every other stretch on call.
    const weekArb = fc.uniqueArray(fc.integer({ min: 0, max: WEEK }), { minLength: 0, maxLength: 6 }).chain((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const spans: [number, number][] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) spans.push([sorted[i]!, sorted[i + 1]!]);
      return fc.tuple(...spans.map((span) => fc.tuple(fc.constant(span), fc.constantFrom('a', 'b', 'c')))).map((list) => list.map(([[s, e], who]) => [s, e, who] as const));
    });
    const layersArb = fc.array(fc.array(weekArb, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(layersArb, fc.integer({ min: 0, max: 2 * WEEK }), fc.integer({ min: 1, max: 3 * WEEK }), (input, lo, length) => {
        const layers = input.map((l) => weeksOf(l, WEEK));
        const hi = Math.min(lo + length, 3 * WEEK);
        const parts = layeredParts(layers, new Date(lo * MINUTE), new Date(hi * MINUTE));
        for (const [i, p] of parts.entries()) {
          expect(p.start.getTime()).toBeLessThan(p.end.getTime());
          if (i > 0) expect(parts[i - 1]!.end.getTime()).toBeLessThanOrEqual(p.start.getTime());
          // Joined back: two neighbouring pieces of one shift would be one.
          if (i > 0 && parts[i - 1]!.end.getTime() === p.start.getTime()) expect(parts[i - 1]!.shift).not.toBe(p.shift);
        }
        for (let m = lo; m < hi; m++) {
          const piece = parts.find((p) => p.start.getTime() <= m * MINUTE && m * MINUTE < p.end.getTime());
          expect(piece ? `${piece.layer} ${piece.engineer}` : 'nobody').toBe(reference(layers, m));
          const at = layerAt(layers, new Date(m * MINUTE));
          expect(at ? `${at.layer} ${at.shift.engineer}` : 'nobody').toBe(reference(layers, m));
        }
      }),
    );
  });

  it('agrees with pipelineOnCallAt every half hour and around every hand-off of the hours fixture, covers and the DST week included', () => {
    for (const [pipeline, from] of [
      ['ledger', '2026-12-07T00:00:00Z'],
      ['fx-rates', '2027-03-22T00:00:00Z'],
    ] as const) {
      const ids = model.byId.pipelines.get(pipeline)!.rotations;
      const start = new Date(from);
      const end = new Date(start.getTime() + 14 * 86_400_000);
      const schedules = computeSchedules(model, { from: start, weeks: 3 });
      const layers = ids.map((id) => schedules.find((s) => s.rotation === id)!.weeks);
      const parts = layeredParts(layers, start, end);
      const instants = new Set<number>();
      for (let t = start.getTime(); t < end.getTime(); t += 30 * MINUTE) instants.add(t);
      for (const p of parts) for (const t of [p.start.getTime(), p.end.getTime()]) for (const d of [-MINUTE, 0]) if (t + d >= start.getTime() && t + d < end.getTime()) instants.add(t + d);
      for (const t of instants) {
        const piece = parts.find((p) => p.start.getTime() <= t && t < p.end.getTime());
        const expected = pipelineOnCallAt(model, pipeline, new Date(t));
        expect(piece ? `${ids[piece.layer]} ${piece.engineer}` : 'nobody', `${pipeline} at ${new Date(t).toISOString()}`).toBe(
          expected ? `${expected.rotation} ${expected.shift.engineer}` : 'nobody',
        );
      }
    }
  });

  it('returns the ledger from business hours by day and after hours by night, a cover in each', () => {
    const schedules = computeSchedules(model, { from: new Date('2026-12-09T12:00:00Z'), weeks: 1 });
    const layers = ['business-hours', 'after-hours'].map((id) => schedules.find((s) => s.rotation === id)!.weeks);
    const text = layeredParts(layers, new Date('2026-12-09T08:00:00Z'), new Date('2026-12-10T16:00:00Z')).map(
      (p) => `${p.start.toISOString().slice(5, 16)} ${p.end.toISOString().slice(5, 16)} ${p.layer} ${p.engineer}`,
    );
    // Wed 9 Dec, Berlin: Engineer B 09:00-17:00; Engineer D 17:00-18:00; Engineer C's cover 18:00-09:00.
    expect(text).toEqual([
      '12-09T08:00 12-09T16:00 0 engineer-b',
      '12-09T16:00 12-09T17:00 1 engineer-d',
      '12-09T17:00 12-10T08:00 1 engineer-c',
      '12-10T08:00 12-10T16:00 0 engineer-b',
    ]);
  });
});
