// Astro's types for import.meta.env and asset imports. `astro sync` writes the same reference into
// .astro/types.d.ts, but that file is ignored by git: without this one, `npm run typecheck` failed on a
// fresh clone until something had run `astro sync`.
/// <reference types="astro/client" />
