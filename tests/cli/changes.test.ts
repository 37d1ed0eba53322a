import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addHoliday } from '../core/changes/editable.ts';
import { repoWithData, type TestRepo } from '../core/changes/git-repo.ts';

const CLI = new URL('../../.build/cli/changes.js', import.meta.url).pathname;
// Mon 23 Nov 2026 12:00 UTC: 2026-W48, so the horizon covers the 53-week year end.
const NOW = String(Date.UTC(2026, 10, 23, 12) / 1000);

let repo: TestRepo;
beforeEach(() => {
  repo = repoWithData();
});
afterEach(() => repo.remove());

function changes(...args: (string | Record<string, string>)[]) {
  const env = Object.assign({ PATH: process.env.PATH, SOURCE_DATE_EPOCH: NOW, TZ: 'America/Los_Angeles' }, ...args.filter((a) => typeof a === 'object'));
  const flags = args.filter((a): a is string => typeof a === 'string');
  const run = spawnSync(process.execPath, [CLI, '--data', 'data', ...flags], { cwd: repo.dir, encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('changes CLI', () => {
  it('reports an owner and an SLA deadline change as Markdown, in words', () => {
    repo.replace('pipelines/aggregate-profit.yaml', 'primary: engineer-b', 'primary: engineer-d');
    repo.replace('pipelines/aggregate-profit.yaml', 'deadline: "06:00"', 'deadline: "05:00"');
    repo.commit('Aggregate profit: new owner, earlier deadline');
    const base = repo.git('rev-parse', '--short=7', 'HEAD~1').trim();

    const { code, stdout } = changes('--base', 'HEAD~1');

    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `### Runbook data changes against \`HEAD~1\` (${base})`,
        '',
        '#### Pipelines',
        '',
        '- **Aggregate profit (investors)** (`aggregate-profit`)',
        '  - primary owner: Engineer B → Engineer D',
        '  - deadline: 06:00 UTC → 05:00 UTC',
        '',
      ].join('\n'),
    );
  });

  it('lists the on-call weeks a holiday moves, as a table with dates, before → after and why', () => {
    addHoliday(repo, 'engineer-c', '2026-12-14', '2026-12-18', 'Winter break');

    const { code, stdout } = changes('--base', 'HEAD');

    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '#### People',
        '',
        '- **Engineer C** (`engineer-c`)',
        '  - holiday added: 2026-12-14 to 2026-12-18 (Winter break)',
        '',
        '#### On-call: Data platform on-call (`data-platform`), 2 weeks change hands',
        '',
        '| Week | Dates | Before | After | Why |',
        '| --- | --- | --- | --- | --- |',
        '| 2026-W51 | Mon 14 Dec – Sun 20 Dec 2026 | Engineer C | **Engineer D** | holiday swap: Engineer C is on holiday; Engineer D covers, Engineer C takes 2026-W52 in return |',
        '| 2026-W52 | Mon 21 Dec – Sun 27 Dec 2026 | Engineer D | **Engineer C** | holiday swap: Engineer C takes this week in return for 2026-W51, which Engineer D covers |',
        '',
        'Compared 2026-W48 through 2027-W47.',
        '',
      ].join('\n'),
    );
  });

  it('follows SOURCE_DATE_EPOCH for the current week: once the holiday is past, no week moves', () => {
    repo.replace('people.yaml', '  - id: engineer-c\n    name: Engineer C\n    holidays: []', '  - id: engineer-c\n    name: Engineer C\n    holidays: [{ from: 2026-12-14, to: 2026-12-18 }]');

    // Mon 4 Jan 2027.
    const { stdout } = changes('--base', 'HEAD', { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 4) / 1000) });

    expect(stdout).toContain('  - holiday added: 2026-12-14 to 2026-12-18\n');
    expect(stdout).not.toContain('On-call');
  });

  it('says "no change in effect" in one line for a reformat', () => {
    repo.write(
      'teams.yaml',
      repo
        .read('teams.yaml')
        .replace(/  - id: (.*)\n    name: (.*)\n/g, '  - { name: "$2", id: $1 }\n')
        .replace('teams:', '# Teams, one a line.\nteams:'),
    );
    repo.commit('one team a line');

    const { code, stdout } = changes('--base', 'HEAD~1');

    expect(code).toBe(0);
    expect(stdout.split('\n')).toHaveLength(2);
    expect(stdout).toMatch(/^\*\*No change in effect\*\* against `HEAD~1` \([0-9a-f]{7}\): the data means the same/);
  });

  it('lists the problems a change introduces at their file, line and column, and still exits 0', () => {
    repo.replace('pipelines/aggregate-growth.yaml', 'secondary: engineer-d', 'secondary: engineer-c');

    const { code, stdout } = changes('--base', 'HEAD');

    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '#### ❌ The data has 1 problem',
        '',
        // By display name for the reviewer, the id after it since the fix is YAML; validate keeps ids.
        'This change introduces it. `npm run validate` gives the same list, naming people by id.',
        '',
        '- `data/pipelines/aggregate-growth.yaml:7:14` Engineer C (engineer-c) is both primary and secondary owner; name a different secondary owner',
      ].join('\n'),
    );
    expect(stdout).toContain('  - secondary owner: Engineer D → Engineer C\n');

    // The JSON words the problem the same way; its rule and parameters keep the id for scripts.
    const json = JSON.parse(changes('--base', 'HEAD', '--format', 'json').stdout);
    expect(json.problems.introduced).toMatchObject([
      { rule: 'owners', params: { engineer: 'engineer-c' }, message: 'Engineer C (engineer-c) is both primary and secondary owner; name a different secondary owner' },
    ]);
  });

  it('escapes Markdown in names from the data', () => {
    repo.replace('pipelines/daily-growth.yaml', 'name: Daily growth (experiments)', 'name: "<script>x</script> | *bold*"');

    const { stdout } = changes('--base', 'HEAD');

    expect(stdout).toContain('  - name: Daily growth (experiments) → \\<script\\>x\\</script\\> \\| \\*bold\\*\n');
  });

  it('writes JSON with --format json', () => {
    repo.replace('teams.yaml', '  - id: product-analytics\n    name: Product Analytics\n', '');
    repo.replace('pipelines/aggregate-growth.yaml', 'downstream: [product-analytics, investor-relations]', 'downstream: [investor-relations]');
    repo.replace('pipelines/aggregate-engagement.yaml', 'downstream: [product-analytics, investor-relations]', 'downstream: [investor-relations]');

    const { code, stdout } = changes('--base', 'HEAD', '--format', 'json');

    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.base).toMatchObject({ ref: 'HEAD', found: true, loaded: true, commit: repo.git('rev-parse', 'HEAD').trim() });
    expect(report.teams.removed).toEqual([{ id: 'product-analytics', name: 'Product Analytics', file: 'teams.yaml' }]);
    expect(report.pipelines.changed.map((p: { id: string }) => p.id)).toEqual(['aggregate-engagement', 'aggregate-growth']);
    expect(report.hasChanges).toBe(true);
  });

  it('returns covers added, changed and removed with who, local times, hours and reason, in Markdown and in JSON', () => {
    // The team fixture's calendar is in UTC; data-platform has no covers yet.
    const cover = (from: string, to: string, engineer: string, reason: string) => `  - from: ${from}\n    to: ${to}\n    engineer: ${engineer}\n    reason: ${reason}\n`;
    const rotation = repo.read('rotations/data-platform.yaml');
    repo.write(
      'rotations/data-platform.yaml',
      `${rotation}covers:\n${cover('2026-12-09T18:00', '2026-12-10T09:30', 'engineer-c', 'Engineer B at the dentist')}${cover('2026-12-31T22:00', '2027-01-01T02:00', 'engineer-a', 'New year')}${cover('2027-01-05T09:00', '2027-01-05T12:00', 'engineer-d', 'Engineer A at a course')}`,
    );
    repo.commit('three covers');
    repo.write(
      'rotations/data-platform.yaml',
      `${rotation}covers:\n${cover('2026-12-09T18:00', '2026-12-10T12:00', 'engineer-c', 'Engineer B at the dentist')}${cover('2026-12-31T22:00', '2027-01-01T02:00', 'engineer-d', 'New year')}${cover('2026-12-20T10:00', '2026-12-20T14:00', 'engineer-a', 'Engineer D at a concert')}`,
    );

    const { code, stdout } = changes('--base', 'HEAD');

    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '#### Covers: Data platform on-call (`data-platform`), 4 covers change',
        '',
        "Times in UTC, the rotation's time zone; hours are elapsed time.",
        '',
        '| Cover | Who | When | Hours | Reason |',
        '| --- | --- | --- | --- | --- |',
        '| Added | **Engineer A** | Sun 20 Dec 2026 10:00–14:00 | 4 | Engineer D at a concert |',
        '| Changed | Engineer C | Wed 9 Dec 2026 18:00 – Thu 10 Dec 09:30 → **Wed 9 Dec 2026 18:00 – Thu 10 Dec 12:00** | 15.5 → **18** | Engineer B at the dentist |',
        '| Changed | Engineer A → **Engineer D** | Thu 31 Dec 2026 22:00 – Fri 1 Jan 2027 02:00 | 4 | New year |',
        '| Removed | ~~Engineer D~~ | Tue 5 Jan 2027 09:00–12:00 | 3 | Engineer A at a course |',
        '',
      ].join('\n'),
    );
    // A cover is not also a line under Rotations.
    expect(stdout).not.toContain('#### Rotations');

    const json = JSON.parse(changes('--base', 'HEAD', '--format', 'json').stdout);
    expect(json.covers).toHaveLength(1);
    expect(json.covers[0].removed).toEqual([
      {
        index: 2,
        from: '2027-01-05T09:00',
        to: '2027-01-05T12:00',
        start: '2027-01-05T09:00:00Z',
        end: '2027-01-05T12:00:00Z',
        timezone: 'UTC',
        hours: 3,
        engineer: { id: 'engineer-d', name: 'Engineer D' },
        reason: 'Engineer A at a course',
        agreed: false,
      },
    ]);
    expect(json.covers[0].changed.map((c: { changes: string[] }) => c.changes)).toEqual([['end'], ['engineer']]);
  });

  it('exits 2 with one line for an unknown ref, and with usage when --base is missing', () => {
    const unknown = changes('--base', 'origin/main');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      'error: unknown git ref "origin/main"; fetch it first (git fetch origin main), or check out with fetch-depth: 0 in GitHub Actions\n',
    );
    const missing = changes();
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: --base REF is required, e\.g\. --base origin\/main\n\nusage: npm run changes/);
  });

  it('exits 2 on a bad SOURCE_DATE_EPOCH, as validate does', () => {
    const { code, stderr } = changes('--base', 'HEAD', { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "yesterday"\n/);
  });
});

describe('changes --check (the history gate)', () => {
  // Adds engineer-e to people.yaml, not yet in any rotation.
  const addEngineerE = () => repo.replace('people.yaml', '  - id: engineer-d\n', '  - id: engineer-e\n    name: Engineer E\n    holidays: []\n  - id: engineer-d\n');
  const FOUR = 'members: [engineer-a, engineer-b, engineer-c, engineer-d]';
  const FIVE = 'members: [engineer-a, engineer-b, engineer-c, engineer-d, engineer-e]';

  it('exits 1 when members are edited in place, saying which weeks and how to keep them, with the YAML in the report', () => {
    addEngineerE();
    repo.replace('rotations/data-platform.yaml', FOUR, FIVE);

    const { code, stdout, stderr } = changes('--base', 'HEAD', '--check');

    expect(code).toBe(1);
    expect(stderr).toBe(
      'error: this change rewrites on-call history: data-platform 2026-W05 Engineer A → Engineer E, data-platform 2026-W06 Engineer B → Engineer A, ' +
        'data-platform 2026-W07 Engineer C → Engineer B, and 33 more; weeks up to 2026-W48 keep who covered them. ' +
        'Change a line-up with a version from 2026-W49 instead of editing members, or record who covered a week with an override naming it; ' +
        'the History section of the report gives the YAML\n',
    );
    expect(stdout).toContain('#### ⛔ History: 36 weeks up to the current one change hands');
    expect(stdout).toContain('| `data-platform` | 2026-W05 | Mon 26 Jan – Sun 1 Feb 2026 | Engineer A | **Engineer E** | rotation changed: member added: Engineer E |');
    expect(stdout).toContain(
      [
        '- In `data/rotations/data-platform.yaml`, keep members as they were and put the new line-up in a version from 2026-W49, next week, so the weeks up to 2026-W48 keep who covered them:',
        '',
        '  ```yaml',
        `  ${FOUR}`,
        '  versions:',
        '    - from: 2026-W49',
        `      ${FIVE}`,
        '  ```',
      ].join('\n'),
    );
    // Without --check the report is the same and the exit 0.
    expect(changes('--base', 'HEAD')).toMatchObject({ code: 0, stdout, stderr: '' });
  });

  it('exits 0 for the same change written as a version from next week, and lists the weeks it moves', () => {
    addEngineerE();
    repo.replace('rotations/data-platform.yaml', FOUR, `${FOUR}\nversions:\n  - from: 2026-W49\n    ${FIVE}`);

    const { code, stdout, stderr } = changes('--base', 'HEAD', '--check');

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toContain('History');
    expect(stdout).toContain('  - version from 2026-W49 added: Engineer A, Engineer B, Engineer C, Engineer D, Engineer E');
  });

  it('exits 1 when a cover that has started gets another engineer, naming it on stderr and giving the covers YAML that puts it back', () => {
    // NOW is Mon 23 Nov 2026 12:00 UTC: the cover started at 08:00 and runs until 18:00.
    const rotation = repo.read('rotations/data-platform.yaml');
    const cover = (engineer: string) => `${rotation}covers:\n  - from: 2026-11-23T08:00\n    to: 2026-11-23T18:00\n    engineer: ${engineer}\n    reason: Engineer D at the doctor\n`;
    repo.write('rotations/data-platform.yaml', cover('engineer-a'));
    repo.commit('a cover');
    repo.write('rotations/data-platform.yaml', cover('engineer-b'));

    const { code, stdout, stderr } = changes('--base', 'HEAD', '--check');

    expect(code).toBe(1);
    expect(stderr).toBe(
      'error: this change rewrites on-call history: data-platform cover Mon 23 Nov 2026 08:00–18:00 (UTC) by Engineer A (Engineer B instead of Engineer A); ' +
        'a cover that has started keeps who covered it. Put it back as it was; to end a running cover early, move its end to a time from now on, ' +
        'and add a new cover for the rest; the History section of the report gives the YAML\n',
    );
    expect(stdout).toContain(
      [
        '#### ⛔ History: 1 cover that has started changes',
        '',
        'A cover that has started (by 2026-11-23T12:00:00Z) records who carried the pager, which pay and fairness depend on. ' +
          'This change removes it or gives its hours to someone else; `npm run changes -- --check` fails until it does not. ' +
          'Its reason may change, and a cover added in the past records who really covered those hours.',
        '',
        '| Rotation | Before | After | What |',
        '| --- | --- | --- | --- |',
        '| Data platform on-call | Engineer A, Mon 23 Nov 2026 08:00–18:00 (UTC) | **Engineer B, Mon 23 Nov 2026 08:00–18:00 (UTC)** | Engineer B instead of Engineer A |',
        '',
        'To make the same change keep history:',
        '',
      ].join('\n'),
    );
    expect(stdout).toContain(
      ['  ```yaml', '  covers:', '    - from: 2026-11-23T08:00', '      to: 2026-11-23T18:00', '      engineer: engineer-a', '      reason: "Engineer D at the doctor"', '  ```'].join('\n'),
    );
    // The same change from 13:00 on passes: the cover ends at a time still ahead, and a new one takes the rest.
    repo.write(
      'rotations/data-platform.yaml',
      `${rotation}covers:\n  - {from: 2026-11-23T08:00, to: 2026-11-23T13:00, engineer: engineer-a, reason: Engineer D at the doctor}\n  - {from: 2026-11-23T13:00, to: 2026-11-23T18:00, engineer: engineer-b, reason: Engineer D at the doctor}\n`,
    );
    expect(changes('--base', 'HEAD', '--check')).toMatchObject({ code: 0, stderr: '' });
  });

  it('writes the history in JSON too', () => {
    addHoliday(repo, 'engineer-d', '2026-11-23', '2026-11-27');

    const { code, stdout } = changes('--base', 'HEAD', '--check', '--format', 'json');

    expect(code).toBe(1);
    expect(JSON.parse(stdout).history).toMatchObject({ current: '2026-W48', next: '2026-W49', weeks: [{ week: '2026-W48', rotation: 'data-platform' }] });
  });
});
