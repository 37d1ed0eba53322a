import type { YamlNode } from './parse.ts';
import { contentStart, previousNonBlank } from './scan.ts';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Where a node sits in the source: the value's offset, and for a mapping entry the key's. */
export interface NodeOffsets {
  value: number;
  key?: number;
}

const SEP = '\u0001';
export const pathKey = (path: Path): string => path.join(SEP);

const COLON = 0x3a;
const LEFT_BRACE = 0x7b;

/** True when nothing was read for the node: an empty value such as `name:` with nothing after it. */
export const isEmpty = (node: YamlNode) => node.kind === null && node.result === null;

/** Where the node's own text starts: at its `&anchor`, `!tag`, opening quote, bracket, `|` or first key. */
export const nodeStart = (text: string, node: YamlNode) => contentStart(text, node.open);

export interface Entry {
  readonly key: YamlNode;
  /** Absent for a key js-yaml read without a value (`? key` alone, or `{a}`). */
  readonly value?: YamlNode;
}

/**
 * The key and value nodes of a mapping node, in source order. In a block mapping js-yaml opens a
 * value right after its ":"; in brackets, at its text after the ":" and any spaces.
 */
export function mappingEntries(text: string, mapping: YamlNode): Entry[] {
  const inBrackets = text.charCodeAt(nodeStart(text, mapping)) === LEFT_BRACE;
  const entries: Entry[] = [];
  let key: YamlNode | undefined;
  for (const child of mapping.children) {
    const isValue = text.charCodeAt(inBrackets ? previousNonBlank(text, child.open) : child.open - 1) === COLON;
    if (isValue) {
      if (key) entries.push({ key, value: child });
      key = undefined;
    } else {
      if (key) entries.push({ key });
      key = child;
    }
  }
  // js-yaml also opens a node where a mapping ends, to see whether another key follows.
  if (key && !isEmpty(key)) entries.push({ key });
  return entries;
}

/**
 * The node of each item of a list node, by index. js-yaml composes no node for an empty item
 * (`-` alone), so children are matched to the items they produced.
 */
function itemNodes(list: YamlNode): (YamlNode | undefined)[] {
  const items = list.result as unknown[];
  const nodes: (YamlNode | undefined)[] = new Array(items.length);
  let next = 0;
  for (let i = 0; i < items.length; i++) {
    const child = list.children[next];
    if (child && Object.is(child.result, items[i])) {
      nodes[i] = child;
      next++;
    }
  }
  return nodes;
}

/**
 * The node that holds a collection's entries. js-yaml first tries a value on its own line as the
 * first key of a mapping; when it is a list or mapping in brackets instead, the node it opened for
 * that try is the collection, and the outer node only passes its result on.
 */
export function unwrap(node: YamlNode): YamlNode {
  while (node.children.length === 1 && node.children[0]!.kind === node.kind && Object.is(node.children[0]!.result, node.result)) {
    node = node.children[0]!;
  }
  return node;
}

// Built once per collection that a problem is located in: a file with 100,000 problems in one list
// must not walk the list once per problem.
const keys = new WeakMap<YamlNode, Map<string, Entry>>();
const items = new WeakMap<YamlNode, (YamlNode | undefined)[]>();

function keyIndex(text: string, mapping: YamlNode): Map<string, Entry> {
  let index = keys.get(mapping);
  if (!index) {
    index = new Map();
    // The first entry of a key wins, as js-yaml refuses a second one.
    for (const entry of mappingEntries(text, mapping)) if (!index.has(String(entry.key.result))) index.set(String(entry.key.result), entry);
    keys.set(mapping, index);
  }
  return index;
}

/** The offsets of the node at `path`, or of its nearest ancestor that exists (`depth` says which). */
export interface Found extends NodeOffsets {
  /** How many segments of the path were found: `path.length` when the node itself exists. */
  depth: number;
}

/**
 * Finds the node at a data path (a zod issue path such as `["owners", "primary"]`) by walking the
 * recorded nodes from `root`, and returns its offset and its key's. Walks only the path asked for:
 * a problem needs a handful of positions in its file, not a map of every node.
 */
export function findOffsets(text: string, root: YamlNode | undefined, path: Path): Found {
  if (!root) return { depth: 0, value: 0 };
  let found: Found = { depth: 0, value: nodeStart(text, root) };
  let node: YamlNode | undefined = root;
  for (let i = 0; i < path.length && node; i++) {
    const inner: YamlNode = unwrap(node);
    const segment = path[i]!;
    node = undefined;
    if (inner.kind === 'mapping') {
      const entry = keyIndex(text, inner).get(String(segment));
      if (!entry) break;
      const key = nodeStart(text, entry.key);
      // An empty value has no text of its own: point at its key.
      found = { depth: i + 1, value: !entry.value || isEmpty(entry.value) ? key : nodeStart(text, entry.value), key };
      node = entry.value;
    } else if (inner.kind === 'sequence' && Array.isArray(inner.result) && typeof segment === 'number' && segment < inner.result.length) {
      const item = (items.get(inner) ?? items.set(inner, itemNodes(inner)).get(inner)!)[segment];
      // An empty item (`-` alone) has no text of its own: point at its list.
      found = { depth: i + 1, value: item ? nodeStart(text, item) : found.value };
      node = item;
    } else break;
  }
  return found;
}
