// What a now/next card says when nobody is on call: the build writes it and the page script (which
// imports this file, so keep it free of imports) writes it again at the reader's clock.

export type Nobody = 'not-started' | 'outside-hours' | 'out-of-date';

/** `layered`: the card of a pipeline whose rotations take turns (`rotations: [a, b]`). */
export function nobodyNow(why: Nobody, layered: boolean): string {
  switch (why) {
    case 'not-started':
      return layered ? 'Nobody: its rotations have not started' : 'Nobody: the rotation has not started';
    case 'outside-hours':
      return layered ? 'Nobody: outside the hours of all its rotations' : "Nobody: outside the rotation's hours";
    case 'out-of-date':
      return 'Unknown: this page is out of date, rebuild the site';
  }
}
