import { FILE_SCHEMAS, type FileKind } from './index.ts';
import { renderJsonSchemas } from './json-schema.ts';
import type { TextKind } from './common.ts';

/**
 * The "Data format" reference (docs/data-format.md), generated from the same JSON Schemas editors use, so the
 * documentation cannot drift from what the validator accepts. `npm run schemas` writes it
 * between the data-format markers; tests/core/schemas/json-schema.test.ts keeps it in sync.
 */

export const START_MARKER = '<!-- data-format:start -->';
export const END_MARKER = '<!-- data-format:end -->';

interface JsonSchema {
  type?: string;
  /** Set by `kind()` in common.ts. */
  'x-kind'?: TextKind;
  title?: string;
  description?: string;
  examples?: unknown[];
  default?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  const?: unknown;
  contentMediaType?: string;
}


/** A value as it is written in YAML: quoted only where YAML would misread it. */
function yamlText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlText).join(', ')}]`;
  if (typeof value !== 'string') return JSON.stringify(value);
  const needsQuotes = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|^\d\d:\d\d$|^(yes|no|true|false|null|~)$/i.test(value) || value === '';
  return needsQuotes ? JSON.stringify(value) : value;
}

const code = (text: string) => `\`${text}\``;

const KIND_TEXT: Record<TextKind, string> = {
  id: 'id (kebab-case)',
  date: `date, ${code('YYYY-MM-DD')}`,
  'date-time': `local date-time, ${code('YYYY-MM-DDTHH:MM')}, optional offset`,
  time: `time, ${code('"HH:MM"')}, 00:00 to 23:59`,
  'time-zone': 'IANA time zone',
  week: `week, ${code('YYYY-Www')}`,
  url: 'URL',
  phone: `international phone number, ${code('"+49 151 1234 5678"')}`,
  'slack-id': `Slack member id, ${code('U…')} or ${code('W…')}`,
};

function typeText(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeText).join(' or ');
  if (s.const !== undefined) return code(yamlText(s.const));
  if (s.contentMediaType === 'text/markdown') return 'Markdown';
  if (s.enum) return `one of ${s.enum.map((v) => code(yamlText(v))).join(', ')}`;
  const range = (what: string) =>
    s.minimum !== undefined && s.maximum !== undefined ? `${what}, ${s.minimum} to ${s.maximum}` : what;
  switch (s.type) {
    case 'string':
      if (s['x-kind']) return KIND_TEXT[s['x-kind']];
      if (s.format === 'email') return 'email address';
      return 'text';
    case 'number':
      return range('number');
    case 'integer':
      return range('whole number');
    case 'boolean':
      return '`true` or `false`';
    case 'array': {
      const item = s.items ?? {};
      const of = item.type === 'object' ? 'mappings, fields below' : `${typeText(item).replace(/^id /, 'ids ')}`;
      return `list of ${of}${s.minItems ? `, at least ${s.minItems}` : ''}`;
    }
    case 'object':
      return 'mapping, fields below';
    default:
      return 'any';
  }
}

function requiredText(s: JsonSchema, required: boolean): string {
  if (required) return '**required**';
  if (s.default === undefined) return 'optional';
  if (typeof s.default === 'object' && s.default !== null && !Array.isArray(s.default)) return 'optional';
  return `default ${code(yamlText(s.default).replace(/^\[\]$/, '[]'))}`;
}

function exampleText(s: JsonSchema): string {
  if (s.examples?.length) return code(yamlText(s.examples[0]));
  // A list of plain values: show the list its items' example would make.
  const item = s.type === 'array' && s.items?.type !== 'object' ? s.items?.examples?.[0] : undefined;
  return item === undefined ? '' : code(yamlText([item]));
}

// The default is in its own column; the schemas' descriptions repeat it for editors' hovers.
const descriptionText = (s: JsonSchema) => (s.description ?? '').replace(/\s*Default [^.]*\.$/, '');

const cell = (text: string) => text.replaceAll('|', '\\|');

function rows(schema: JsonSchema, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${key}`;
    const required = schema.required?.includes(key) ?? false;
    out.push(`| ${[code(path), typeText(prop), requiredText(prop, required), descriptionText(prop), exampleText(prop)].map(cell).join(' | ')} |`);
    if (prop.type === 'object') out.push(...rows(prop, `${path}.`));
    if (prop.type === 'array' && prop.items?.type === 'object') out.push(...rows(prop.items, `${path}[].`));
  }
  return out;
}

const ORDER: FileKind[] = ['site', 'people', 'teams', 'rotation', 'pipeline'];

/** The Markdown between the markers of docs/data-format.md, without the markers. */
export function renderDataFormat(): string {
  const schemas = renderJsonSchemas();
  const sections = ORDER.filter((kind) => kind in FILE_SCHEMAS).map((kind) => {
    const schema = JSON.parse(schemas[kind]) as JsonSchema;
    return [
      `### \`${schema.title}\``,
      '',
      `${schema.description} Editor schema: [\`schemas/${kind}.schema.json\`](../schemas/${kind}.schema.json).`,
      '',
      '| field | type | required | meaning | example |',
      '| --- | --- | --- | --- | --- |',
      ...rows(schema, ''),
    ].join('\n');
  });
  return `\n<!-- Generated by \`npm run schemas\` from src/core/schemas/*.ts; edit the .meta() there, not this table. -->\n\n${sections.join('\n\n')}\n\n`;
}

/** A document's text with the part between `<!-- name:start -->` and `<!-- name:end -->` replaced; throws when the markers are missing. */
export function withSection(readme: string, name: string, body: string): string {
  const [open, close] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start) throw new Error(`the document needs the markers ${open} and ${close}`);
  return readme.slice(0, start + open.length) + body + readme.slice(end);
}

/** docs/data-format.md's text with the generated part replaced; throws when the markers are missing. */
export const withDataFormat = (readme: string): string => withSection(readme, 'data-format', renderDataFormat());
