import { z } from 'zod';

/**
 * Text written in Markdown (CommonMark with GitHub tables, task lists and autolinks). Kept as
 * written, not trimmed: leading spaces can make an indented code block. Its links are checked by
 * the cross-file rules (src/core/markdown/), which know the site's pages.
 */
export const markdownText = (what: string, description: string, example: string): MarkdownSchema =>
  z
    .string({ error: `expected ${what} as text (Markdown), e.g. "${example}"` })
    .regex(/\S/, { error: `${what} must not be empty` })
    .meta({ description, examples: [example], contentMediaType: 'text/markdown' }) as MarkdownSchema;

/**
 * A Markdown field's schema: a string schema, tagged for the type checker too (the `contentMediaType` in
 * its meta tags it at run time), so that faces can treat every Markdown field alike (MarkdownKeys) while a
 * new field of any other kind still fails compilation until each face decides what to do with it.
 */
export type MarkdownSchema = z.ZodString & { readonly '~markdown': true };

/** The keys of an object schema's shape whose fields are Markdown, optional or not. */
export type MarkdownKeys<Shape> = { [K in keyof Shape]-?: Shape[K] extends MarkdownSchema | z.ZodOptional<MarkdownSchema> ? K : never }[keyof Shape];
