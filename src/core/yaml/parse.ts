import { CORE_SCHEMA, loadAll, type State } from 'js-yaml';
import { contentStart, previousNonBlank } from './scan.ts';

// js-yaml 4.3 takes a depth limit; its published types predate the option.
declare module 'js-yaml' {
  interface LoadOptions {
    maxDepth?: number;
  }
}

/** Deeper nesting than any data file needs; js-yaml stops there instead of recursing on. */
export const MAX_DEPTH = 32;

/**
 * One node as js-yaml composed it, recorded by its `listener`. js-yaml opens a node where it starts
 * reading it: at its text, or (for a mapping value) just after the ":" before it. Its kind and value
 * are known once it closes. A node can hold one child that is itself (js-yaml tries every list item
 * and top-level value as a mapping key first); only mappings' and lists' children are read.
 */
export interface YamlNode {
  readonly open: number;
  readonly parent: YamlNode | undefined;
  readonly children: YamlNode[];
  closed: boolean;
  kind: string | null;
  result: unknown;
  /** Where js-yaml stood when the node closed: just past its text. */
  end: number;
}

/** What the listener saw, for positions and for explaining a syntax error. */
export interface Trace {
  /** One root node per document. */
  readonly roots: YamlNode[];
  /** The nodes open when the parse stopped, innermost last; empty after a clean parse. */
  readonly open: YamlNode[];
}

/** A node refused by the runbook rules although YAML allows it, with the offset of its text. */
export class RefusedNode extends Error {
  constructor(
    readonly refusal: 'alias' | 'complex-key',
    readonly offset: number,
  ) {
    super(refusal);
  }
}

const STAR = 0x2a;
const COLON = 0x3a;
const QUESTION = 0x3f;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * The rules YAML allows but runbook data does not, checked as each node closes:
 * - an alias (`*name`), refused at the first one, so an alias bomb costs nothing;
 * - a list or mapping used as a key (`[a, b]: x`, `? [a, b]`), which js-yaml would turn into text.
 * `open` is where js-yaml opened the node, `kind` and `position` its state as the node closes.
 */
function checkClosed(text: string, open: number, kind: string | null, position: number): void {
  if (kind === 'scalar') return;
  if (kind === null) {
    // An alias is the only node with content whose kind js-yaml leaves unset.
    const start = contentStart(text, open);
    if (text.charCodeAt(start) === STAR) throw new RefusedNode('alias', start);
    return;
  }
  // A collection is a key when ":" follows it on its line, or when it follows an explicit "? ".
  let next = position;
  while (text.charCodeAt(next) === SPACE || text.charCodeAt(next) === TAB) next++;
  const before = previousNonBlank(text, open);
  const explicitKey = text.charCodeAt(before) === QUESTION && (before === 0 || /[\s[{,]/.test(text[before - 1]!));
  if (text.charCodeAt(next) === COLON || explicitKey) throw new RefusedNode('complex-key', contentStart(text, open));
}

/** A character without which no node can be refused (see readYaml). */
const MAY_REFUSE = /[*?[{]/;

// js-yaml passes every warning here; runbook data has none: a continuation line indented less than
// its value ("deficient indentation") is how an unclosed quote or bracket first shows.
const refuseWarnings = (warning: Error) => {
  throw warning;
};

/**
 * Parses `text` (no BOM) into its documents with the core schema: strings, numbers, booleans and
 * null only, so dates and times stay the text written, and "<<" is a plain key. Throws js-yaml's
 * YAMLException for a syntax error, or a RefusedNode. With `trace`, also records every node.
 */
export function readYaml(text: string, filename: string, trace?: Trace): unknown[] {
  const options = { filename, schema: CORE_SCHEMA, maxDepth: MAX_DEPTH, json: false, onWarning: refuseWarnings };
  if (trace) return loadAll(text, null, { ...options, listener: tracer(text, trace) });
  // An alias needs "*", and a key that is a collection needs "[", "{" or "?" (js-yaml reads a block
  // list or mapping as a key only after "? "): text without any of them has nothing to refuse, and
  // js-yaml then reads it without calling the listener at every node.
  if (!MAY_REFUSE.test(text)) return loadAll(text, null, options);
  // The plain parse keeps only the open offsets, in a plain array: this runs for every node of every file.
  const opens: number[] = [];
  let depth = 0;
  return loadAll(text, null, {
    ...options,
    listener(event: string, state: State) {
      if (event === 'open') opens[depth++] = state.position;
      else checkClosed(text, opens[--depth]!, state.kind, state.position);
    },
  });
}

function tracer(text: string, trace: Trace) {
  return (event: string, state: State) => {
    const open = trace.open;
    if (event === 'open') {
      const parent = open[open.length - 1];
      const node: YamlNode = { open: state.position, parent, children: [], closed: false, kind: null, result: undefined, end: -1 };
      (parent ? parent.children : trace.roots).push(node);
      open.push(node);
      return;
    }
    const node = open.pop()!;
    node.closed = true;
    node.kind = state.kind;
    node.result = state.result;
    node.end = state.position;
    checkClosed(text, node.open, node.kind, node.end);
  };
}

export const emptyTrace = (): Trace => ({ roots: [], open: [] });
