import { shiftNote } from '../core/calendar/notes.ts';
import type { Shift } from '../core/schedules.ts';
import type { CompanyCalendar, Model } from '../core/model.ts';

/** A person's display name; the id when (impossibly, after validation) there is none. */
export const personName = (model: Model, id: string) => model.byId.people.get(id)?.name ?? id;

/** A shift's note as the site shows it: the override's reason, or the swap with display names. */
export const noteOf = (model: Model, shift: Pick<Shift, 'week' | 'swap' | 'note' | 'scheduled'>) => shiftNote(shift, (id) => personName(model, id));

/** "Monday". */
export const weekdayName = (calendar: CompanyCalendar) => calendar.weekStartsOnName[0]!.toUpperCase() + calendar.weekStartsOnName.slice(1);

/** The badge of a shift that is not the plain rotation: its label and style. */
export function reasonBadge(shift: Pick<Shift, 'reason' | 'agreed'>): { label: string; className: string } | undefined {
  if (shift.reason === 'rotation') return undefined;
  return shift.reason === 'override'
    ? { label: shift.agreed ? 'Override, agreed' : 'Override', className: 'badge override' }
    : { label: 'Holiday swap', className: 'badge swap' };
}
