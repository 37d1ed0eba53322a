import { EVENT_ID, getScalarValue, type Event } from 'js-yaml';

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

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        const start = event.anchorStart >= 0 ? Math.min(event.anchorStart, event.valueStart) : event.valueStart;
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
