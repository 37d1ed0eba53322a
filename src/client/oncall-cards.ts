// Keeps "On call now" and "Next" right when the page is older than the moment it is read in: each
// card carries its timeline (site/shift-codec.ts: who is on call when, with gaps outside the hours,
// covers and layers already applied by the build), and this picks the part running at the reader's
// clock. Without JavaScript the card shows the state at build time.
import { decodeTimeline, type EmbeddedTimeline } from '../site/shift-codec.ts';
import { nobodyNow } from '../site/oncall-words.ts';
import { withBase } from '../site/paths.ts';
import { paths } from '../routes/routes.ts';

// In the reader's time zone, but in the site's own English date style ("Mon 7 Dec, 00:00 UTC"), so the
// times the script writes read like the ones the build wrote beside them.
const when = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });

type Part = EmbeddedTimeline['parts'][number];

/** The engineer on call, as a link to their page, or why nobody is, as plain text. */
function setNow(el: Element | null, person: readonly [string, string] | undefined, nobody: string): void {
  if (!el) return;
  const now = document.createElement(person ? 'a' : 'span');
  now.setAttribute('data-now', '');
  if (person) (now as HTMLAnchorElement).href = withBase(paths.person(person[0]));
  now.textContent = person ? person[1] : nobody;
  el.replaceWith(now);
}

function setLink(link: Element | null, text: string | undefined, path: string | undefined): void {
  if (!link) return;
  link.textContent = text ?? '';
  if (path !== undefined && link instanceof HTMLAnchorElement) link.href = withBase(path);
}

function setTime(el: Element | null, ms: number | undefined): void {
  if (!(el instanceof HTMLTimeElement) || ms === undefined) return;
  el.dateTime = new Date(ms).toISOString();
  el.textContent = when.format(ms);
}

function show(el: HTMLElement | null, visible: boolean): void {
  if (el) el.hidden = !visible;
}

/** Fills each now/next card from the timeline it embeds. */
export function updateCards(root: ParentNode, now: number): void {
  for (const card of root.querySelectorAll<HTMLElement>('[data-shifts]')) {
    const timeline = decodeTimeline(card.dataset.shifts ?? '');
    // Before what the card knows (a clock behind the build's), the build's own state stands.
    if (!timeline || now < timeline.from) continue;
    const known = now < timeline.to;
    const i = known ? timeline.parts.findIndex(([start, end]) => start <= now && now < end) : -1;
    const current: Part | undefined = timeline.parts[i];
    const next: Part | undefined = !known ? undefined : current ? timeline.parts[i + 1] : timeline.parts.find(([start]) => start > now);
    const layered = timeline.layers.length > 0;
    const person = (part: Part | undefined) => (part ? timeline.people[part[2]] : undefined);
    const layer = (part: Part | undefined) => (part && layered ? timeline.layers[part[3]] : undefined);

    setNow(card.querySelector('[data-now]'), person(current), nobodyNow(known ? 'outside-hours' : 'out-of-date', layered));
    setTime(card.querySelector('[data-now-until]'), current?.[1]);
    show(card.querySelector<HTMLElement>('[data-now-until-line]'), current !== undefined);
    const nowLayer = layer(current);
    setLink(card.querySelector('[data-layer]'), nowLayer?.[1], nowLayer && paths.rotation(nowLayer[0]));
    show(card.querySelector<HTMLElement>('[data-layer-line]'), nowLayer !== undefined);

    const nextPerson = person(next);
    setLink(card.querySelector('[data-next]'), nextPerson?.[1], nextPerson && paths.person(nextPerson[0]));
    setTime(card.querySelector('[data-next-from]'), next?.[0]);
    const nextLayer = layer(next);
    setLink(card.querySelector('[data-next-layer]'), nextLayer?.[1], nextLayer && paths.rotation(nextLayer[0]));
    show(card.querySelector<HTMLElement>('[data-next-line]'), next !== undefined);

    // The card carries the contacts of everyone who can be on call in its timeline: show the engineer on call now.
    const onCall = person(current)?.[0];
    for (const el of card.querySelectorAll<HTMLElement>('[data-contacts-for]')) el.hidden = el.dataset.contactsFor !== onCall;
  }
}
