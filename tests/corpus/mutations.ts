// Hand-edit-like mutations of YAML text for the property test: the kinds of mistakes people make
// in pull requests (a changed or deleted key, a retyped value, a swapped id, a duplicated entry,
// a wrong indent) plus raw noise. Mutations work on text, so they also break the YAML itself.
import fc from 'fast-check';

export type Mutation =
  | { kind: 'value'; file: number; line: number; value: string }
  | { kind: 'delete-line'; file: number; line: number }
  | { kind: 'rename-key'; file: number; line: number; key: string }
  | { kind: 'retype'; file: number; line: number; shape: 'list' | 'map' | 'number' | 'bool' | 'null' | 'quoted' | 'empty' | 'block' }
  | { kind: 'swap-ids'; file: number; a: number; b: number }
  | { kind: 'replace-id'; file: number; occurrence: number; id: string }
  | { kind: 'duplicate'; file: number; line: number }
  | { kind: 'indent'; file: number; line: number; delta: number }
  | { kind: 'insert'; file: number; offset: number; text: string };

const KEY_LINE = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*):(?:(\s+)(.*))?$/;
const ID = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g;

/** Scalars that are each wrong (or right) in an interesting way somewhere in the schema. */
const TRICKY_VALUES = [
  '0', '-1', '100', '101', '1.5', '1e400', '.nan', '.inf', 'true', 'false', 'null', '~', '""', "''",
  '"06:00"', '06:00', '"24:00"', '9:00', '2026-01-05', '2027-02-30', '2026-13-01', '2026-01-05T09:00:00Z',
  '2026-W53', '2027-W53', '2026-W00', '2026-53', 'monday', 'Monday', 'investors', 'experiments', 'within', '">="', '"=="',
  'UTC', 'Europe/London', 'Mars/Base', '"+01:00"', 'https://example.com/x', 'http://example.com', 'mailto:a@example.com',
  'javascript:alert(1)', '"data:text/html,x"', 'a@example.com', 'not-an-email', '[a, b]', '[]', '{}', '{a: 1}', '&anchor x',
  '*alias', '!!binary aGk=', '!!str 5', '!custom x', '|', '>-', '"unterminated', "'it''s'", "'it's'", '@handle', '`tick`',
  '%x', '- item', '? x', 'x: y', '# comment', '"\\q"', '"\\u00e9"', 'Engineer_A', 'ENGINEER-A', 'engineer-', '-engineer',
];

const KEYS = ['name', 'nmae', 'id', 'title', 'owners', 'primary', 'secondary', 'members', 'week', 'engineer', 'reason', 'agreed',
  'start', 'handoff', 'holidays', 'from', 'to', 'areas', 'calendar', 'sla', 'targets', 'percent', '<<', '__proto__', 'constructor', 'x'];

const index = fc.nat({ max: 10_000 });

/** Mutations of files[file % n]; line and offset numbers wrap round the chosen file. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), file: index, line: index, value: fc.oneof(fc.constantFrom(...TRICKY_VALUES), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('delete-line' as const), file: index, line: index }),
  fc.record({ kind: fc.constant('rename-key' as const), file: index, line: index, key: fc.constantFrom(...KEYS) }),
  fc.record({
    kind: fc.constant('retype' as const),
    file: index,
    line: index,
    shape: fc.constantFrom('list', 'map', 'number', 'bool', 'null', 'quoted', 'empty', 'block'),
  }),
  fc.record({ kind: fc.constant('swap-ids' as const), file: index, a: index, b: index }),
  fc.record({ kind: fc.constant('replace-id' as const), file: index, occurrence: index, id: fc.constantFrom('engineer-x', 'engineer-a', 'engineer-b', 'finance-data', 'profit', 'data-platform', 'x') }),
  fc.record({ kind: fc.constant('duplicate' as const), file: index, line: index }),
  fc.record({ kind: fc.constant('indent' as const), file: index, line: index, delta: fc.constantFrom(-2, -1, 1, 2) }),
  fc.record({ kind: fc.constant('insert' as const), file: index, offset: index, text: fc.string({ minLength: 1, maxLength: 6, unit: 'binary' }) }),
);

/** The block of a list item: its "- " line and the deeper-indented lines after it. */
function itemBlock(lines: readonly string[], at: number): [number, number] {
  const indent = /^\s*/.exec(lines[at]!)![0].length;
  let end = at + 1;
  while (end < lines.length && (lines[end]!.trim() === '' || /^\s*/.exec(lines[end]!)![0].length > indent)) end++;
  return [at, end];
}

function retype(value: string, shape: Extract<Mutation, { kind: 'retype' }>['shape']): string {
  switch (shape) {
    case 'list':
      return `[${value}]`;
    case 'map':
      return `{value: ${value || 'x'}}`;
    case 'number':
      return '42';
    case 'bool':
      return 'true';
    case 'null':
      return 'null';
    case 'quoted':
      return JSON.stringify(value);
    case 'empty':
      return '';
    case 'block':
      return `|\n    ${value}`;
  }
}

/** Applies one mutation to one file's text; a mutation that finds nothing to change leaves it as is. */
export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const keyLines = lines.flatMap((line, i) => (KEY_LINE.test(line) ? [i] : []));
  const pick = (candidates: readonly number[], n: number) => (candidates.length ? candidates[n % candidates.length]! : undefined);
  switch (m.kind) {
    case 'value':
    case 'rename-key':
    case 'retype': {
      const at = pick(keyLines, m.line);
      if (at === undefined) return text;
      const [, lead, key, , value = ''] = KEY_LINE.exec(lines[at]!)!;
      if (m.kind === 'value') lines[at] = `${lead}${key}: ${m.value}`;
      else if (m.kind === 'rename-key') lines[at] = `${lead}${m.key}:${lines[at]!.slice(lead!.length + key!.length + 1)}`;
      else lines[at] = `${lead}${key}: ${retype(value, m.shape)}`;
      return lines.join('\n');
    }
    case 'delete-line':
      lines.splice(m.line % lines.length, 1);
      return lines.join('\n');
    case 'duplicate': {
      const items = lines.flatMap((line, i) => (/^\s*-\s/.test(line) ? [i] : []));
      const at = pick(items.length ? items : keyLines, m.line);
      if (at === undefined) return text;
      const [start, end] = items.length ? itemBlock(lines, at) : [at, at + 1];
      lines.splice(end, 0, ...lines.slice(start, end));
      return lines.join('\n');
    }
    case 'indent': {
      const at = m.line % lines.length;
      lines[at] = m.delta > 0 ? ' '.repeat(m.delta) + lines[at] : lines[at]!.replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return lines.join('\n');
    }
    case 'swap-ids': {
      const ids = [...new Set(text.match(ID) ?? [])];
      if (ids.length < 2) return text;
      const a = ids[m.a % ids.length]!;
      const b = ids[m.b % ids.length]!;
      return text.replace(ID, (id) => (id === a ? b : id === b ? a : id));
    }
    case 'replace-id': {
      const count = text.match(ID)?.length ?? 0;
      if (count === 0) return text;
      let n = 0;
      const target = m.occurrence % count;
      return text.replace(ID, (id) => (n++ === target ? m.id : id));
    }
    case 'insert': {
      const at = m.offset % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
  }
}
