// The on-call timeline a now/next card embeds for the page script, as compact text.

/** A stretch of on-call time as a card carries it. */
export interface TimelinePart {
  readonly start: Date;
  /** Exclusive. */
  readonly end: Date;
  readonly engineer: string;
  /** Index into the timeline's layers; 0 for a single rotation. */
  readonly layer: number;
}

/** Who is on call from `from` to `to`: parts in order, with gaps where nobody is (outside a rotation's hours). */
export interface Timeline {
  /** What the card knows about: before `from` the page keeps what the build wrote, from `to` it is out of date. */
  readonly from: Date;
  readonly to: Date;
  readonly parts: readonly TimelinePart[];
  /** The rotations of a pipeline with layers, in its order; a single rotation's card leaves them out. */
  readonly layers: readonly { readonly id: string; readonly name: string }[];
}

/** A timeline as the page script reads it back: instants in ms, people and layers by index. */
export interface EmbeddedTimeline {
  readonly from: number;
  readonly to: number;
  /** [id, name] of everyone the parts name. */
  readonly people: readonly (readonly [string, string])[];
  /** [id, name] of each layer, empty for a single rotation. */
  readonly layers: readonly (readonly [string, string])[];
  /** [start ms, end ms, index into people, index into layers (0 without layers)]. */
  readonly parts: readonly (readonly [number, number, number, number])[];
}

const MINUTE = 60_000;
const SECOND = 1000;

const pairs = (list: readonly (readonly [string, string])[]): string => list.map(([id, name]) => `${encodeURIComponent(id)},${encodeURIComponent(name)}`).join(';');
const unpairs = (text: string): [string, string][] =>
  text ? text.split(';').map((pair) => pair.split(',').map(decodeURIComponent) as [string, string]) : [];

/**
 * `from,to|people|parts|layers`, small enough to repeat on every runbook: `from` and `to` in seconds;
 * people as `id,name;…`; each part as `gap,length,person[,layer]` in minutes, the gap counted from the
 * end of the part before (from `from` for the first) and left empty when 0, since parts mostly follow each
 * other (Number('') is 0); layers as
 * `id,name;…` when there are any. Ids and names are URI-encoded, so no separator can appear in them.
 * Hand-offs and hours are whole minutes, but a cover may be written to the second: then the parts count
 * seconds, and the head says so (`from,to,s`).
 */
export function encodeTimeline(timeline: Timeline, name: (id: string) => string): string {
  const people: string[] = [];
  const index = new Map<string, number>();
  const unit = [timeline.from, ...timeline.parts.flatMap((p) => [p.start, p.end])].every((d) => d.getTime() % MINUTE === 0) ? MINUTE : SECOND;
  const units = (ms: number) => Math.floor(ms / unit);
  let at = units(timeline.from.getTime());
  const parts = timeline.parts.map((p) => {
    let person = index.get(p.engineer);
    if (person === undefined) index.set(p.engineer, (person = people.push(p.engineer) - 1));
    const start = units(p.start.getTime());
    const end = units(p.end.getTime());
    const text = `${start === at ? '' : start - at},${end - start},${person}${timeline.layers.length > 0 ? `,${p.layer}` : ''}`;
    at = end;
    return text;
  });
  const head = `${timeline.from.getTime() / 1000},${timeline.to.getTime() / 1000}${unit === SECOND ? ',s' : ''}`;
  const layers = timeline.layers.length > 0 ? `|${pairs(timeline.layers.map((l) => [l.id, l.name]))}` : '';
  return `${head}|${pairs(people.map((id) => [id, name(id)]))}|${parts.join(';')}${layers}`;
}

export function decodeTimeline(text: string): EmbeddedTimeline | undefined {
  const [head, people, parts, layers] = text.split('|');
  if (head === undefined || people === undefined || parts === undefined) return undefined;
  const [fromText, toText, seconds] = head.split(',');
  const [from, to] = [Number(fromText) * 1000, Number(toText) * 1000];
  const unit = seconds === 's' ? SECOND : MINUTE;
  let at = from;
  return {
    from,
    to,
    people: unpairs(people),
    layers: unpairs(layers ?? ''),
    parts: (parts ? parts.split(';') : []).map((part) => {
      const [gap, length, person, layer] = part.split(',').map(Number) as [number, number, number, number | undefined];
      const start = at + gap * unit;
      at = start + length * unit;
      return [start, at, person, layer ?? 0] as const;
    }),
  };
}
