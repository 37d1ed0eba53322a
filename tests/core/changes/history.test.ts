import { beforeEach, describe, expect, it } from 'vitest';
import { compareDirs, dataPair } from './data-pair.ts';
import { addHoliday, type EditableData } from './editable.ts';

// NOW is Mon 23 Nov 2026, in 2026-W48. data-platform is engineer-a..d by week number from 2026-01-01.
const FOUR = 'members: [engineer-a, engineer-b, engineer-c, engineer-d]';
const FIVE = 'members: [engineer-a, engineer-b, engineer-c, engineer-d, engineer-e]';
const ROTATION = 'rotations/data-platform.yaml';

let base: EditableData;
let head: EditableData;
beforeEach(() => {
  ({ base, head } = dataPair());
  for (const side of [base, head]) side.replace('people.yaml', '  - id: engineer-d\n', '  - id: engineer-e\n    name: Engineer E\n    holidays: []\n  - id: engineer-d\n');
});

describe('compareData: history', () => {
  it('returns every week up to the current one that a member edited in place gives to someone else, and the version YAML that keeps them', () => {
    head.replace(ROTATION, FOUR, FIVE);

    const { history } = compareDirs(base, head);

    expect(history!.current).toBe('2026-W48');
    expect(history!.next).toBe('2026-W49');
    // Week 1–4 are a–d in both; from week 5, (N-1) mod 5 differs from (N-1) mod 4 except where both give the same person.
    expect(history!.weeks[0]).toEqual({
      rotation: 'data-platform',
      rotationName: 'Data platform on-call',
      week: '2026-W05',
      start: '2026-01-26T00:00:00Z',
      end: '2026-02-02T00:00:00Z',
      firstDay: '2026-01-26',
      lastDay: '2026-02-01',
      before: { id: 'engineer-a', name: 'Engineer A' },
      after: { id: 'engineer-e', name: 'Engineer E' },
      why: 'rotation changed: member added: Engineer E',
    });
    expect(history!.weeks.at(-1)!.week).toBe('2026-W48');
    expect(history!.keep).toEqual([
      {
        rotation: 'data-platform',
        file: ROTATION,
        how: 'keep members as they were and put the new line-up in a version from 2026-W49, next week, so the weeks up to 2026-W48 keep who covered them',
        yaml: `${FOUR}\nversions:\n  - from: 2026-W49\n    ${FIVE}\n`,
      },
    ]);
  });

  it('returns no rewritten week once the change is written as the version it suggests', () => {
    head.replace(ROTATION, FOUR, `${FOUR}\nversions:\n  - from: 2026-W49\n    ${FIVE}`);

    const report = compareDirs(base, head);

    expect(report.history).toEqual({ current: '2026-W48', next: '2026-W49', weeks: [], now: '2026-11-23T12:00:00Z', covers: [], keep: [] });
    expect(report.oncall[0]!.weeks[0]).toMatchObject({ week: '2026-W49', before: { id: 'engineer-a' }, after: { id: 'engineer-d' } }); // (49-1) mod 5 = 3;
    expect(report.rotations.changed[0]!.changes).toEqual([
      { kind: 'added', key: 'versions', field: 'version from 2026-W49', value: 'Engineer A, Engineer B, Engineer C, Engineer D, Engineer E' },
    ]);
  });

  it('returns the current week when a holiday moves it, with overrides recording who covered it', () => {
    // 2026-W48 is engineer-d's ((48-1) mod 4 = 3); away Mon 23 – Fri 27 Nov 2026, engineer-a covers.
    addHoliday(head, 'engineer-d', '2026-11-23', '2026-11-27');

    const { history } = compareDirs(base, head);

    expect(history!.weeks.map((w) => `${w.week} ${w.before?.id} → ${w.after?.id}`)).toEqual(['2026-W48 engineer-d → engineer-a']);
    expect(history!.keep).toEqual([
      {
        rotation: 'data-platform',
        file: ROTATION,
        how: 'record who covered that week with overrides (add them to overrides)',
        yaml: 'overrides:\n  - week: 2026-W48\n    engineer: engineer-d\n    reason: "Engineer D covered this week"\n',
      },
    ]);
  });

  it('does not count a past week given to someone else by an override naming it', () => {
    head.replace(ROTATION, 'overrides:\n', 'overrides:\n  - {week: 2026-W40, engineer: engineer-c, reason: Engineer C covered for Engineer D at short notice}\n');

    const { history, rotations } = compareDirs(base, head);

    expect(history!.weeks).toEqual([]);
    expect(rotations.changed[0]!.changes.map((c) => c.field)).toEqual(['override 2026-W40']);
  });

  it('does not count weeks from next week on', () => {
    head.replace(ROTATION, FOUR, `${FOUR}\nversions:\n  - {from: 2026-W50, members: [engineer-b, engineer-a, engineer-c, engineer-d]}`);

    expect(compareDirs(base, head).history!.weeks).toEqual([]);
  });

  it('returns null when a side does not load', () => {
    head.replace(ROTATION, FOUR, 'members: [engineer-a]');

    expect(compareDirs(base, head).history).toBeNull();
  });
});

describe('compareData: why a week moves when a holiday can no longer be covered', () => {
  it("returns the engine's reason, not \"holiday swap no longer needed\", while the engineer is still away", () => {
    // 2026-W51 is engineer-c's: away in both, swapped with engineer-d in the base; in the head everyone else is away too.
    for (const side of [base, head]) addHoliday(side, 'engineer-c', '2026-12-14', '2026-12-18');
    for (const id of ['engineer-a', 'engineer-b', 'engineer-d', 'engineer-e']) addHoliday(head, id, '2026-12-15', '2026-12-16');

    const report = compareDirs(base, head);

    const w51 = report.oncall[0]!.weeks.find((w) => w.week === '2026-W51')!;
    const uncovered = report.head.problems.find((p) => p.rule === 'uncovered')!;
    expect(w51.why).toBe(`holiday not covered: ${uncovered.what}`);
    expect(w51.why).toBe(
      'holiday not covered: Engineer C is on holiday during 2026-W51 (2026-12-14 to 2026-12-18) and nobody can swap: Engineer D, Engineer A and Engineer B are away too',
    );
  });
});
