import { z } from 'zod';

/**
 * Text written in Markdown (CommonMark with GitHub tables, task lists and autolinks). Kept as
 * written, not trimmed: leading spaces can make an indented code block. Its links are checked by
 * the cross-file rules (src/core/markdown/), which know the site's pages.
 */
export const markdownText = (what: string, description: string, example: string) =>
  z
    .string({ error: `expected ${what} as text (Markdown), e.g. "${example}"` })
    .regex(/\S/, { error: `${what} must not be empty` })
    .meta({ description, examples: [example], contentMediaType: 'text/markdown' });
