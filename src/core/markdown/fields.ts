/**
 * Which fields of a record hold Markdown, and reading them, without the schema: the field lists are
 * read from the schema in core/schemas/markdown-fields.ts, and handed to whatever renders (the build's
 * Markdown worker among them, which so loads no zod and no schema).
 */
export interface MarkdownFieldPaths {
  /** Top-level fields, in schema order (`description`). */
  readonly top: readonly string[];
  /** Fields of each item of a list, in schema order (`commonIssues` → `symptoms`, `checks`, `fix`). */
  readonly lists: Readonly<Record<string, readonly string[]>>;
}

/** The text of a Markdown field of `item`, when it is there. */
export const textOf = (item: { readonly [key: string]: unknown }, key: string): string | undefined => (typeof item[key] === 'string' ? item[key] : undefined);

/** Every Markdown text of `value` as [path, text], in schema order; absent fields are left out. */
export function markdownTexts(value: object, fields: MarkdownFieldPaths): [path: readonly (string | number)[], text: string][] {
  const record = value as Record<string, unknown>;
  const out: [readonly (string | number)[], string][] = [];
  for (const key of fields.top) {
    const text = textOf(record, key);
    if (text !== undefined) out.push([[key], text]);
  }
  for (const [list, keys] of Object.entries(fields.lists)) {
    const items = record[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null) return;
      for (const key of keys) {
        const text = textOf(item as Record<string, unknown>, key);
        if (text !== undefined) out.push([[list, i, key], text]);
      }
    });
  }
  return out;
}
