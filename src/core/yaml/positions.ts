import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Where a node sits in the source: the value's offset, and for a mapping entry the key's. */
interface NodeOffsets {
  value: number;
  key?: number;
}

const SEP = '\u0001';
export const pathKey = (path: Path): string => path.join(SEP);

interface MapFrame {
  kind: 'map';
  path: PathSegment[];
  start: number;
  key: string | undefined;
  keyOffset: number;
}
interface SeqFrame {
  kind: 'seq';
  path: PathSegment[];
  start: number;
  index: number;
}
type Frame = MapFrame | SeqFrame;

/** The `|` or `>` of a block scalar, on the line above its text (js-yaml's valueStart is the text's line start). */
function blockIndicator(source: string, valueStart: number): number {
  let end = valueStart;
  while (end > 0 && /\s/.test(source[end - 1]!)) end--;
  const lineStart = source.lastIndexOf('\n', end - 1) + 1;
  const m = /[|>][-+0-9]*[ \t]*(?:#.*)?$/.exec(source.slice(lineStart, end));
  return m ? lineStart + m.index : valueStart;
}

/** Where a scalar's token starts as the reader sees it: at `&anchor`, `!tag`, the opening quote or `|`; -1 for an empty value. */
function scalarStart(event: ScalarEvent, source: string): number {
  const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  const block = event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK;
  const value = event.valueStart < 0 ? -1 : quoted ? event.valueStart - 1 : block ? blockIndicator(source, event.valueStart) : event.valueStart;
  const starts = [value, event.tagStart];
  // js-yaml's anchorStart is just after the "&".
  if (event.anchorStart >= 0) starts.push(event.anchorStart - 1);
  const present = starts.filter((n) => n >= 0);
  return present.length ? Math.min(...present) : -1;
}

/**
 * Walks js-yaml's flat event stream and records the source offset of every node by its
 * data path, so that a zod issue path (`["owners", "primary"]`) finds its line and column.
 */
export function collectOffsets(events: readonly Event[], source: string): Map<string, NodeOffsets> {
  const offsets = new Map<string, NodeOffsets>();
  const stack: Frame[] = [];

  // Returns the path of the node that starts now, or undefined when it is a mapping key.
  const place = (start: number, keyText: () => string): PathSegment[] | undefined => {
    const top = stack[stack.length - 1];
    if (!top) {
      offsets.set('', { value: Math.max(0, start) });
      return [];
    }
    // An empty value (`name:` with nothing after it) has no offset: point at its key, or at its list.
    if (start < 0) start = top.kind === 'map' && top.key !== undefined ? top.keyOffset : top.start;
    if (top.kind === 'seq') {
      const path = [...top.path, top.index++];
      offsets.set(pathKey(path), { value: start });
      return path;
    }
    if (top.key === undefined) {
      top.key = keyText();
      top.keyOffset = start;
      return undefined;
    }
    const path = [...top.path, top.key];
    offsets.set(pathKey(path), { value: start, key: top.keyOffset });
    top.key = undefined;
    return path;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.SCALAR:
        place(scalarStart(event, source), () => getScalarValue(source, event));
        break;
      case EVENT_ID.ALIAS:
        place(event.anchorStart - 1, () => `*${source.slice(event.anchorStart, event.anchorEnd)}`);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = place(event.start, () => '[complex key]') ?? ['[complex key]'];
        stack.push(
          event.type === EVENT_ID.MAPPING
            ? { kind: 'map', path, start: event.start, key: undefined, keyOffset: -1 }
            : { kind: 'seq', path, start: event.start, index: 0 },
        );
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
      default:
        break;
    }
  }
  return offsets;
}

/**
 * The offset of the first list or mapping used as a mapping key. js-yaml rejects those while
 * building values, where it no longer knows the position (it reports offset 0).
 */
export function complexKeyOffset(events: readonly Event[]): number {
  const stack: { map: boolean; atKey: boolean }[] = [];
  const advance = () => {
    const top = stack[stack.length - 1];
    if (top?.map) top.atKey = !top.atKey;
  };
  for (const event of events) {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const top = stack[stack.length - 1];
      if (top?.map && top.atKey) return event.start;
      advance();
      stack.push({ map: event.type === EVENT_ID.MAPPING, atKey: true });
    } else if (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS) advance();
    else if (event.type === EVENT_ID.POP) stack.pop();
  }
  return 0;
}
