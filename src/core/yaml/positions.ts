import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event } from 'js-yaml';

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
  key: string | undefined;
  keyOffset: number;
}
interface SeqFrame {
  kind: 'seq';
  path: PathSegment[];
  index: number;
}
type Frame = MapFrame | SeqFrame;

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
      offsets.set('', { value: start });
      return [];
    }
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

  // Where the source has been read up to: empty values have no offset of their own.
  let lastOffset = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) lastOffset = event.start;
    else if (event.type === EVENT_ID.SCALAR && event.valueStart >= 0) lastOffset = event.valueEnd;
    else if (event.type === EVENT_ID.ALIAS) lastOffset = event.anchorEnd;
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        // A quoted value starts at its quote, which is what people see; js-yaml's range starts inside it.
        const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        const value = quoted && event.valueStart > 0 ? event.valueStart - 1 : event.valueStart;
        let start = event.anchorStart >= 0 ? Math.min(event.anchorStart, value) : value;
        // An empty value (`name:` with nothing after it) has no offset: point at its key, or its "-".
        if (start < 0) {
          start = emptyValueOffset(stack[stack.length - 1], source, lastOffset);
          lastOffset = Math.max(lastOffset, start + 1);
        }
        place(start, () => getScalarValue(source, event));
        break;
      }
      case EVENT_ID.ALIAS:
        place(event.anchorStart - 1, () => `*${source.slice(event.anchorStart, event.anchorEnd)}`);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = place(event.start, () => '[complex key]') ?? ['[complex key]'];
        stack.push(
          event.type === EVENT_ID.MAPPING ? { kind: 'map', path, key: undefined, keyOffset: -1 } : { kind: 'seq', path, index: 0 },
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

/** Where an empty scalar sits: at its key in a mapping, at the next "-" in a block list. */
function emptyValueOffset(top: Frame | undefined, source: string, lastOffset: number): number {
  if (top?.kind === 'map') return top.key === undefined ? lastOffset : top.keyOffset;
  if (top?.kind === 'seq') {
    const dash = source.indexOf('-', lastOffset);
    if (dash >= 0) return dash;
  }
  return lastOffset;
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
