import { describe, expect, it } from 'vitest';
import { retryAfter } from '../../src/pager/pagerduty-api.ts';
import { planSync } from '../../src/pager/pagerduty-sync.ts';
import { problemsWith } from '../helpers/data-dir.ts';

const NOW = new Date('2026-12-02T12:00:30Z');
const want = (start: string, end: string, userId: string) => ({ override: { start: new Date(start), end: new Date(end), person: userId, reasons: [] }, userId });
const have = (id: string, start: string, end: string, userId: string) => ({ id, start, end, user: { id: userId } });

describe('planSync', () => {
  it('returns a duplicate of a matching override for deletion, and leaves past overrides alone', () => {
    const plan = planSync(
      [want('2026-12-14T00:00:00Z', '2026-12-21T00:00:00Z', 'PA')],
      [have('P1', '2026-12-14T01:00:00+01:00', '2026-12-21T00:00:00Z', 'PA'), have('P2', '2026-12-14T00:00:00Z', '2026-12-21T00:00:00Z', 'PA'), have('P3', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', 'PB')],
      NOW,
    );
    expect(plan).toEqual({ create: [], remove: [have('P2', '2026-12-14T00:00:00Z', '2026-12-21T00:00:00Z', 'PA')], matching: 1 });
  });

  it('returns a begun override to create from the current minute, matching one PagerDuty already runs', () => {
    const begun = want('2026-12-01T00:00:00Z', '2026-12-03T00:00:00Z', 'PA');
    expect(planSync([begun], [], NOW).create).toEqual([{ wanted: begun, start: new Date('2026-12-02T12:00:00Z') }]);
    expect(planSync([begun], [have('P1', '2026-12-02T12:00:00Z', '2026-12-03T00:00:00Z', 'PA')], NOW)).toEqual({ create: [], remove: [], matching: 1 });
    expect(planSync([want('2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', 'PA')], [], NOW).create).toEqual([]);
  });
});

describe('retryAfter', () => {
  it('returns milliseconds from seconds or an HTTP date, and undefined for anything else', () => {
    expect(retryAfter('3')).toBe(3000);
    expect(retryAfter('Wed, 02 Dec 2026 12:00:10 GMT', Date.parse('2026-12-02T12:00:00Z'))).toBe(10_000);
    expect(retryAfter(null)).toBeUndefined();
    expect(retryAfter('soon')).toBeUndefined();
  });
});

describe('pagerduty.schedule in a rotation file', () => {
  it('returns an error at the value, with the expected form, when it is not a PagerDuty schedule id', () => {
    const rotation = 'name: On-call\nmembers: [engineer-a, engineer-b, engineer-c]\nstart: 2026-01-01\npagerduty:\n  schedule: pi7dh85\n';
    expect(problemsWith({ 'rotations/on-call.yaml': rotation })).toEqual([
      'rotations/on-call.yaml:5:13: pagerduty.schedule: expected a PagerDuty schedule id, "P" and upper-case letters and digits, e.g. "PI7DH85" (the last part of the schedule\'s address in PagerDuty); got "pi7dh85"',
    ]);
    expect(problemsWith({ 'rotations/on-call.yaml': rotation.replace('pi7dh85', 'PI7DH85') })).toEqual([]);
  });
});
