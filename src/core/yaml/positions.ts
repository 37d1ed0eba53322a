import type { YamlNode } from './read.ts';
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

/**
 * Records the offset of every node under `root` by its data path, so that a zod issue path
 * (`["owners", "primary"]`) finds its line and column.
 */
export function collectOffsets(root: YamlNode | undefined, text: string): Map<string, NodeOffsets> {
  const offsets = new Map<string, NodeOffsets>();
  if (!root) return offsets;
  const visit = (node: YamlNode, path: PathSegment[], key: number | undefined) => {
    // An empty value has no text of its own: point at its key.
    const value = isEmpty(node) && key !== undefined ? key : nodeStart(text, node);
    offsets.set(pathKey(path), key === undefined ? { value } : { value, key });
    if (node.kind === 'mapping') {
      for (const { key: k, value: v } of mappingEntries(text, unwrap(node))) {
        const keyOffset = nodeStart(text, k);
        const childPath = [...path, String(k.result)];
        if (v) visit(v, childPath, keyOffset);
        else offsets.set(pathKey(childPath), { value: keyOffset, key: keyOffset });
      }
    } else if (node.kind === 'sequence' && Array.isArray(node.result)) {
      // An empty item (`-` alone) has no text of its own: point at its list.
      const items = itemNodes(unwrap(node));
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item) visit(item, [...path, i], undefined);
        else offsets.set(pathKey([...path, i]), { value });
      }
    }
  };
  visit(root, [], undefined);
  return offsets;
}
