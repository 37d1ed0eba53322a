import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { time, timezone } from '../../../src/core/schemas/common.ts';
import { END_MARKER, renderDataFormat, START_MARKER, withDataFormat } from '../../../src/core/schemas/data-format.ts';
import { renderJsonSchemas } from '../../../src/core/schemas/json-schema.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REGENERATE = 'run `npm run schemas` after changing a zod schema';

interface Node {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
}

/** Every field of a JSON Schema, as `path: node`. */
function fields(node: Node, prefix = ''): [string, Node][] {
  const out: [string, Node][] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    out.push([`${prefix}${key}`, child], ...fields(child, `${prefix}${key}.`));
    if (child.items?.properties) out.push(...fields(child.items, `${prefix}${key}[].`));
  }
  return out;
}

describe('renderJsonSchemas', () => {
  it(`matches the committed schemas/ files (${REGENERATE})`, () => {
    for (const [kind, text] of Object.entries(renderJsonSchemas())) {
      expect(readFileSync(join(ROOT, `schemas/${kind}.schema.json`), 'utf8'), kind).toBe(text);
    }
  });

  it('rejects unknown keys in editors too, as the validator does', () => {
    const pipeline = JSON.parse(renderJsonSchemas().pipeline);
    expect(pipeline.additionalProperties).toBe(false);
    expect(pipeline.properties.owners.additionalProperties).toBe(false);
  });

  it('describes every field, so editors and the README can explain it', () => {
    for (const [kind, text] of Object.entries(renderJsonSchemas())) {
      const undescribed = fields(JSON.parse(text)).filter(([, node]) => !node.description?.trim());
      expect(undescribed.map(([path]) => `${kind}: ${path}`)).toEqual([]);
    }
  });
});

describe('renderDataFormat', () => {
  it(`matches the field tables of docs/data-format.md (${REGENERATE})`, () => {
    const readme = readFileSync(join(ROOT, 'docs/data-format.md'), 'utf8');
    const section = readme.slice(readme.indexOf(START_MARKER) + START_MARKER.length, readme.indexOf(END_MARKER));
    expect(section).toBe(renderDataFormat());
  });

  it('has one table row for every field of every file kind', () => {
    const rows = renderDataFormat()
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => /^\| `([^`]+)`/.exec(line)![1]);
    const expected = Object.values(renderJsonSchemas()).flatMap((text) => fields(JSON.parse(text)).map(([path]) => path));
    expect(rows).toEqual(expected);
  });

  it('shows defaults, ranges and examples as written in YAML', () => {
    const text = renderDataFormat();
    expect(text).toContain('| `calendar.firstWeekContainsDate` | whole number, 1 to 7 | default `4` |');
    expect(text).toContain('| `handoff` | time, `"HH:MM"`, 00:00 to 23:59 | default `"00:00"` |');
    expect(text).toContain('| `sla.targets[].operator` | one of `">"`, `">="`, `<`, `<=`, `within` | **required** |');
    expect(text).toContain('| `members` | list of ids (kebab-case), at least 2 | **required** | Person ids in rotation order, from the start week until the first version; at least 2, each once. | `[engineer-a, engineer-b, engineer-c, engineer-d]` |');
  });
});

describe('field kinds', () => {
  it('returns the kind a schema declares (x-kind), not one guessed from its examples', () => {
    const withExamples = (examples: string[]) => z.toJSONSchema(timezone('A zone.').meta({ examples })) as Record<string, unknown>;
    expect(withExamples(['UTC'])['x-kind']).toBe('time-zone');
    expect(withExamples(['Europe/London'])['x-kind']).toBe('time-zone');
    expect((z.toJSONSchema(time('A time.', '09:00')) as Record<string, unknown>)['x-kind']).toBe('time');
  });

  it('names time zones, times and weeks in the field tables by their declared kind', () => {
    const text = renderDataFormat();
    expect(text).toContain('| `people[].timezone` | IANA time zone |');
    expect(text).toContain('| `sla.delivery.deadline` | time, `"HH:MM"`, 00:00 to 23:59 |');
    expect(text).toContain('| `overrides[].week` | week, `YYYY-Www` |');
  });
});

describe('withDataFormat', () => {
  it('replaces only the text between the markers', () => {
    const readme = `# Title\n\n${START_MARKER}\nstale\n${END_MARKER}\n\nAfter.\n`;
    expect(withDataFormat(readme)).toBe(`# Title\n\n${START_MARKER}${renderDataFormat()}${END_MARKER}\n\nAfter.\n`);
  });

  it('throws when the document lost its markers, rather than write nothing', () => {
    expect(() => withDataFormat('# Title\n')).toThrow(/data-format:start/);
  });
});

describe('data/', () => {
  const KINDS: [RegExp, string][] = [
    [/^site\.yaml$/, 'site'],
    [/^people\.yaml$/, 'people'],
    [/^teams\.yaml$/, 'teams'],
    [/^rotations\/[^/]+\.yaml$/, 'rotation'],
    [/^pipelines\/[^/]+\.yaml$/, 'pipeline'],
  ];
  const files = (readdirSync(join(ROOT, 'data'), { recursive: true }) as string[])
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

  it.each(files)('%s starts with its editor schema line, pointing at an existing schema', (file) => {
    const kind = KINDS.find(([pattern]) => pattern.test(file))?.[1];
    expect(kind, `${file} is not a known data file`).toBeDefined();
    const schema = relative(dirname(join(ROOT, 'data', file)), join(ROOT, 'schemas', `${kind}.schema.json`)).replaceAll('\\', '/');
    const firstLine = readFileSync(join(ROOT, 'data', file), 'utf8').split('\n', 1)[0];
    expect(firstLine).toBe(`# yaml-language-server: $schema=${schema}`);
    expect(existsSync(join(dirname(join(ROOT, 'data', file)), schema))).toBe(true);
  });
});
