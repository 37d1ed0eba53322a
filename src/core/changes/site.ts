import type { CompanyCalendar, Site } from '../model.ts';
import { diffFields, scalarChange, setChanges, type FieldDiffs } from './fields.ts';
import type { Change } from './types.ts';

/** The company calendar: every setting moves weeks, or how many are shown and checked. */
function calendarChanges(b: CompanyCalendar, a: CompanyCalendar): Change[] {
  return diffFields<CompanyCalendar>(
    {
      weekStartsOn: 'compared as weekStartsOnName, as written',
      weekStartsOnName: () => scalarChange('calendar.weekStartsOn', 'weeks start on', b.weekStartsOnName, a.weekStartsOnName),
      firstWeekContainsDate: () => scalarChange('calendar.firstWeekContainsDate', 'week 1 contains January', String(b.firstWeekContainsDate), String(a.firstWeekContainsDate)),
      timezone: () => scalarChange('calendar.timezone', 'calendar time zone', b.timezone, a.timezone),
      pastWeeks: () => scalarChange('calendar.pastWeeks', 'past weeks shown', String(b.pastWeeks), String(a.pastWeeks)),
      coverageGaps: () => scalarChange('calendar.coverageGaps', 'coverage gaps', b.coverageGaps, a.coverageGaps),
      futureWeeks: () => scalarChange('calendar.futureWeeks', 'future weeks shown and checked', String(b.futureWeeks), String(a.futureWeeks)),
    } satisfies FieldDiffs<CompanyCalendar>,
    b,
    a,
  );
}

/** Areas by id, their names, and their order (the order the site lists them in). */
function areaChanges(before: Site['areas'], after: Site['areas']): Change[] {
  const areaName = (id: string) => [...after, ...before].find((x) => x.id === id)!.name;
  const changes = setChanges(
    'areas',
    'area',
    before.map((x) => x.id),
    after.map((x) => x.id),
    areaName,
  );
  for (const area of after) {
    const was = before.find((x) => x.id === area.id);
    if (was) changes.push(...scalarChange('areas.name', `area ${area.id} name`, was.name, area.name));
  }
  const order = (areas: Site['areas'], other: Site['areas']) => areas.filter((x) => other.some((o) => o.id === x.id)).map((x) => x.id);
  if (order(before, after).join() !== order(after, before).join()) {
    changes.push({ kind: 'changed', key: 'areas', field: 'area order', before: before.map((x) => x.name).join(', '), after: after.map((x) => x.name).join(', ') });
  }
  return changes;
}

/** Title, link and calendar settings (which move every week), the business areas and the maintainers, named by `person`. */
export function siteChanges(before: Site, after: Site, person: (id: string) => string): Change[] {
  return diffFields<Site>(
    {
      title: (b, a) => scalarChange('title', 'title', b.title, a.title),
      slackTeam: (b, a) => scalarChange('slackTeam', 'Slack workspace id', b.slackTeam, a.slackTeam),
      url: (b, a) => scalarChange('url', 'published address', b.url, a.url),
      repository: (b, a) => scalarChange('repository', 'repository', b.repository, a.repository),
      // People, by display name as everywhere in the report (matched by id).
      maintainers: (b, a) => setChanges('maintainers', 'maintainer', b.maintainers, a.maintainers, person),
      calendar: (b, a) => calendarChanges(b.calendar, a.calendar),
      review: (b, a) => scalarChange('review.everyDays', 'review every', `${b.review.everyDays} days`, `${a.review.everyDays} days`),
      areas: (b, a) => areaChanges(b.areas, a.areas),
    } satisfies FieldDiffs<Site>,
    before,
    after,
  );
}
