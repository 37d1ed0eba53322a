import type { Site } from '../model.ts';
import { scalarChange, setChanges } from './fields.ts';
import type { Change } from './types.ts';

/** Title, link and calendar settings (which move every week), and the business areas. */
export function siteChanges(before: Site, after: Site): Change[] {
  const b = before.calendar;
  const a = after.calendar;
  const areaName = (id: string) => [...after.areas, ...before.areas].find((x) => x.id === id)!.name;
  const changes: Change[] = [
    ...scalarChange('title', 'title', before.title, after.title),
    ...scalarChange('repository', 'repository', before.repository, after.repository),
    ...scalarChange('calendar.weekStartsOn', 'weeks start on', b.weekStartsOnName, a.weekStartsOnName),
    ...scalarChange('calendar.firstWeekContainsDate', 'week 1 contains January', String(b.firstWeekContainsDate), String(a.firstWeekContainsDate)),
    ...scalarChange('calendar.timezone', 'calendar time zone', b.timezone, a.timezone),
    ...scalarChange('calendar.pastWeeks', 'past weeks shown', String(b.pastWeeks), String(a.pastWeeks)),
    ...scalarChange('calendar.futureWeeks', 'future weeks shown and checked', String(b.futureWeeks), String(a.futureWeeks)),
    ...setChanges(
      'areas',
      'area',
      before.areas.map((x) => x.id),
      after.areas.map((x) => x.id),
      areaName,
    ),
  ];
  for (const area of after.areas) {
    const was = before.areas.find((x) => x.id === area.id);
    if (was) changes.push(...scalarChange('areas.name', `area ${area.id} name`, was.name, area.name));
  }
  const order = (areas: Site['areas'], other: Site['areas']) => areas.filter((x) => other.some((o) => o.id === x.id)).map((x) => x.id);
  if (order(before.areas, after.areas).join() !== order(after.areas, before.areas).join()) {
    changes.push({
      kind: 'changed',
      key: 'areas',
      field: 'area order',
      before: before.areas.map((x) => x.name).join(', '),
      after: after.areas.map((x) => x.name).join(', '),
    });
  }
  return changes;
}
