import type { Problem } from '../problem.ts';
import type { PeopleFile, ParsedData } from './parsed.ts';
import { didYouMean, knownList, pathText } from '../suggest.ts';
import type { Path } from '../yaml/positions.ts';

type Report = (file: string, path: Path, message: string, rule: string) => void;

/** Ids unique within a list, reported at the later duplicate with a pointer to the first. */
function uniqueIds(
  report: Report,
  locate: (file: string, path: Path) => { line: number; column: number },
  file: string,
  listKey: string,
  what: string,
  items: readonly { id: string }[],
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
      return;
    }
    const where = locate(file, [listKey, first, 'id']);
    report(file, [listKey, i, 'id'], `duplicate ${what} id "${item.id}"; it is already used at ${file}:${where.line}:${where.column}, pick another id`, 'duplicate-id');
  });
}

/** Cross-file rules: every reference resolves, and what one file says agrees with the others. */
export function referenceProblems(data: ParsedData, locate: (file: string, path: Path) => { line: number; column: number }): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (file, path, message, rule) => {
    const { line, column } = locate(file, path);
    problems.push({ file, line, column, message, rule });
  };

  const people: PeopleFile['people'] = data.people?.people ?? [];
  const personIds = people.map((p) => p.id);
  const personSet = new Set(personIds);
  const teamIds = (data.teams?.teams ?? []).map((t) => t.id);
  const teamSet = new Set(teamIds);
  const areaIds = (data.site?.areas ?? []).map((a) => a.id);
  const areaSet = new Set(areaIds);
  const rotationIds = data.rotations.map((r) => r.id);

  if (data.site) uniqueIds(report, locate, 'site.yaml', 'areas', 'area', data.site.areas);
  if (data.people) uniqueIds(report, locate, 'people.yaml', 'people', 'person', people);
  if (data.teams) uniqueIds(report, locate, 'teams.yaml', 'teams', 'team', data.teams.teams);

  const unknown = (what: string, plural: string, value: string, known: readonly string[], path: Path) => {
    const hint = didYouMean(value, known);
    const list = known.length ? `known ${plural}: ${knownList(value, known)}` : `there are no ${plural} yet`;
    return `unknown ${what} "${value}" in ${pathText(path)}; ${hint ? `${hint} ` : ''}${list}`;
  };
  // Skip checks against a file that failed to load: its own errors are already reported.
  const personRef = (file: string, path: Path, value: string) => {
    if (data.people && !personSet.has(value)) {
      report(file, path, unknown('person', 'people', value, personIds, path), 'reference');
    }
  };
  const teamRef = (file: string, path: Path, value: string) => {
    if (!teamSet.has(value) && (data.teams || !data.teamsFailed)) {
      report(file, path, `${unknown('team', 'teams', value, teamIds, path)}; teams are listed in teams.yaml`, 'reference');
    }
  };

  people.forEach((person, i) =>
    person.holidays.forEach((h, j) => {
      if (h.to < h.from) {
        report('people.yaml', ['people', i, 'holidays', j, 'to'], `holiday ends (${h.to}) before it starts (${h.from}); "to" must be on or after "from"`, 'holiday-range');
      }
    }),
  );

  for (const rotation of data.rotations) {
    const { file, value } = rotation;
    const seen = new Map<string, number>();
    value.members.forEach((member, i) => {
      personRef(file, ['members', i], member);
      if (seen.has(member)) {
        report(file, ['members', i], `"${member}" is listed twice in members; each person appears once in rotation order`, 'duplicate-member');
      } else seen.set(member, i);
    });
    const weeks = new Map<string, number>();
    value.overrides.forEach((override, i) => {
      personRef(file, ['overrides', i, 'engineer'], override.engineer);
      const first = weeks.get(override.week);
      if (first !== undefined) {
        const where = locate(file, ['overrides', first, 'week']);
        report(file, ['overrides', i, 'week'], `two overrides for ${override.week}; the other one is at ${file}:${where.line}:${where.column}, keep one`, 'duplicate-override');
      } else weeks.set(override.week, i);
    });
  }

  for (const pipeline of data.pipelines) {
    const { file, value } = pipeline;
    if (data.site && !areaSet.has(value.area)) {
      report(file, ['area'], `${unknown('area', 'areas', value.area, areaIds, ['area'])}; areas are listed in site.yaml`, 'reference');
    }
    personRef(file, ['owners', 'primary'], value.owners.primary);
    personRef(file, ['owners', 'secondary'], value.owners.secondary);
    if (value.owners.primary === value.owners.secondary) {
      report(file, ['owners', 'secondary'], `"${value.owners.secondary}" is both primary and secondary owner; name a different secondary owner`, 'owners');
    }
    value.upstream.forEach((team, i) => teamRef(file, ['upstream', i], team));
    value.downstream.forEach((team, i) => teamRef(file, ['downstream', i], team));
    if (value.rotation !== undefined) {
      if (!rotationIds.includes(value.rotation) && !data.rotationsFailed.has(value.rotation)) {
        report(file, ['rotation'], `${unknown('rotation', 'rotations', value.rotation, rotationIds, ['rotation'])}; a rotation is a file rotations/<id>.yaml`, 'reference');
      }
    } else if (rotationIds.length + data.rotationsFailed.size > 1) {
      // Count and offer the rotation files that failed to load too: they are still rotations.
      const all = [...rotationIds, ...data.rotationsFailed].sort();
      report(file, [], `no rotation given and there are ${all.length} rotations; add "rotation:" with one of ${all.join(', ')}`, 'reference');
    }
    if (value.audience === 'investors') {
      const missing: [Path, string][] = [];
      if (value.upstream.length === 0) missing.push([['upstream'], 'at least one upstream team (who owns its inputs)']);
      if (value.downstream.length === 0) missing.push([['downstream'], 'at least one critical downstream team']);
      if (value.commonIssues.length === 0) missing.push([['commonIssues'], 'at least one common issue']);
      if (!value.sla?.delivery) missing.push([value.sla ? ['sla'] : [], 'an sla with a delivery deadline']);
      if (!value.sla || value.sla.targets.length === 0) missing.push([value.sla ? ['sla'] : [], 'at least one SLA target']);
      for (const [path, what] of missing) {
        report(file, path, `an investor-facing pipeline needs a full runbook: add ${what}, or set audience: experiments`, 'runbook');
      }
    }
  }
  return problems;
}
