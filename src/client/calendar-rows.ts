// Keeps a calendar right when the page is older than the week it is read in: its rows carry their
// weeks' start and end instants, and this marks the one running. Without JavaScript the page shows
// the week of the build.

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
