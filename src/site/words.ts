import { shiftNote } from '../core/calendar/notes.ts';
import type { Shift } from '../core/schedules.ts';
import type { CompanyCalendar, Model } from '../core/model.ts';

/** A person's display name; the id when (impossibly, after validation) there is none. */
export const personName = (model: Model, id: string) => model.byId.people.get(id)?.name ?? id;

/** A shift's note as the site shows it: the override's reason, or the swap with display names. */
export const noteOf = (model: Model, shift: Pick<Shift, 'week' | 'swap' | 'note' | 'scheduled'>) => shiftNote(shift, (id) => personName(model, id));

/** The label a Markdown field has on a pipeline's page: its key, capitalised (`symptoms` → "Symptoms"). */
export const markdownLabel = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1);

/** "Monday". */
export const weekdayName = (calendar: CompanyCalendar) => calendar.weekStartsOnName[0]!.toUpperCase() + calendar.weekStartsOnName.slice(1);

/** The badge of a shift that is not the plain rotation: its label and style. */
export function reasonBadge(shift: Pick<Shift, 'reason' | 'agreed'>): { label: string; className: string } | undefined {
  if (shift.reason === 'rotation') return undefined;
  return shift.reason === 'override'
    ? { label: shift.agreed ? 'Override, agreed' : 'Override', className: 'badge override' }
    : { label: 'Holiday swap', className: 'badge swap' };
}

/** "1 pipeline", "2 pipelines". */
export const countOf = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The weeks a calendar table shows, in words ("4 weeks back to 26 weeks ahead"), from the same window
 * the table is cut with (routes/calendar-pages.ts), bounded by the calendar's own horizon: a subtitle
 * that is typed separately drifts from its table.
 */
export const weeksShownWords = (window: { readonly past: number; readonly future: number }, calendar: { readonly pastWeeks: number; readonly futureWeeks: number }) =>
  `${countOf(Math.min(window.past, calendar.pastWeeks), 'week')} back to ${countOf(Math.min(window.future, calendar.futureWeeks), 'week')} ahead`;
