// Keeps on-call information right when the page is older than the week it is read in: the
// calendar rows and now/next cards carry their weeks' start and end instants, and this picks
// the one running at `now`. Without JavaScript the page shows the state at build time.
import { decodeShifts, type EmbeddedShift } from '../site/shift-codec.ts';
import { withBase } from '../site/paths.ts';

// In the reader's time zone, but in the site's own English date style ("Mon 7 Dec, 00:00 UTC"), so the
// times the script writes read like the ones the build wrote beside them.
const when = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });

/** Marks calendar rows as past or current (`aria-current="date"`) for `now`. */
export function highlightWeeks(root: ParentNode, now: number): void {
  for (const row of root.querySelectorAll<HTMLElement>('[data-calendar] tr[data-start]')) {
    const start = Number(row.dataset.start);
    const end = Number(row.dataset.end);
    const current = start <= now && now < end;
    row.classList.toggle('past', end <= now);
    row.classList.toggle('current', current);
    if (current) row.setAttribute('aria-current', 'date');
    else row.removeAttribute('aria-current');
  }
}

function setPerson(link: Element | null, shift: EmbeddedShift | undefined): void {
  if (!link) return;
  link.textContent = shift ? shift[3] : 'Unknown: this page is out of date, rebuild the site';
  if (shift && link instanceof HTMLAnchorElement) link.href = withBase(`/people/${shift[2]}/`);
}

function setTime(el: Element | null, ms: number | undefined): void {
  if (!(el instanceof HTMLTimeElement) || ms === undefined) return;
  el.dateTime = new Date(ms).toISOString();
  el.textContent = when.format(ms);
}

/** Fills each now/next card from the weeks it embeds. */
export function updateCards(root: ParentNode, now: number): void {
  for (const card of root.querySelectorAll<HTMLElement>('[data-shifts]')) {
    const shifts = decodeShifts(card.dataset.shifts ?? '');
    if (shifts.length === 0 || now < shifts[0]![0]) continue;
    const i = shifts.findIndex(([start, end]) => start <= now && now < end);
    const current = shifts[i];
    const next = i >= 0 ? shifts[i + 1] : undefined;
    setPerson(card.querySelector('[data-now]'), current);
    setTime(card.querySelector('[data-now-until]'), current?.[1]);
    setPerson(card.querySelector('[data-next]'), next);
    setTime(card.querySelector('[data-next-from]'), next?.[0]);
    card.querySelector<HTMLElement>('[data-now-until-line]')!.hidden = !current;
    card.querySelector<HTMLElement>('[data-next-line]')!.hidden = !next;
    // A runbook's "Who to call" carries the contacts of everyone on call in its weeks: show the engineer on call now.
    for (const el of card.querySelectorAll<HTMLElement>('[data-contacts-for]')) el.hidden = el.dataset.contactsFor !== current?.[2];
  }
}

/** Without a configured site URL, webcal links are made absolute from the page's own address. */
export function absoluteWebcal(root: ParentNode): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-webcal]')) {
    a.href = `webcal://${location.host}${new URL(a.href).pathname}`;
  }
}
