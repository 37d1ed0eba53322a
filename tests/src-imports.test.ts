import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering the code map in docs/development.md describes, checked on every import in src/ (type-only ones
 * too): no import cycle, the core imports no face (only the route table, which imports nothing), the engine
 * (core/calendar) imports no rule, and no face but the CLIs imports the CLIs.
 */
const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
/** The route table (src/routes/): every path the site writes, used by the core's link check and every face. */
const ROUTES = join(SRC, 'routes') + '/';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Relative imports of a file: `import … from './x.ts'`, `export … from`, `import './x.ts'`, `import('./x.ts')`, `<script src="./x.ts">`. */
export function importsOf(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g),
    ...text.matchAll(/<script[^>]*\bsrc=["'](\.{1,2}\/[^"']+)["']/g),
  ].map((m) => m[1]!);
  return [...new Set(specifiers.map((s) => resolve(dirname(file), s)))];
}

const graph = new Map(files(SRC).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
const name = (file: string) => relative(ROOT, file);

/** Every cycle, as the files on it, found with a depth-first search that reports each back edge. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map(name));
      else if (!state.has(next) && edges.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** Imports from files under `from` to files under `to`, as "a -> b". */
function edgesFrom(edges: ReadonlyMap<string, readonly string[]>, from: string, to: string): string[] {
  return [...edges].flatMap(([file, imports]) => (file.startsWith(from) ? imports.filter((i) => i.startsWith(to)).map((i) => `${name(file)} -> ${name(i)}`) : []));
}

describe('imports in src/', () => {
  it('resolve to files that exist, so the checks below see every edge', () => {
    const missing = [...graph].flatMap(([file, imports]) => imports.filter((i) => !existsSync(i)).map((i) => `${name(file)} -> ${name(i)}`));
    expect(missing).toEqual([]);
  });

  it('form no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('returns the cycle when there is one, so the check above can fail', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    expect(cycles(new Map([[a, [b]], [b, [a]]]))).toEqual([['src/a.ts', 'src/b.ts', 'src/a.ts']]);
    expect(importsOf(a, "import type { X } from './b.ts';\nexport { y } from '../c.ts';\n<script src=\"../d.ts\"></script>")).toEqual([
      b,
      join(ROOT, 'c.ts'),
      join(ROOT, 'd.ts'),
    ]);
  });

  it('from src/core reach nothing outside it but the route table: the core knows no face', () => {
    const core = join(SRC, 'core') + '/';
    const leaks = [...graph].flatMap(([file, imports]) =>
      file.startsWith(core) ? imports.filter((i) => !i.startsWith(core) && !i.startsWith(ROUTES)).map((i) => `${name(file)} -> ${name(i)}`) : [],
    );
    expect(leaks).toEqual([]);
  });

  it('from src/routes reach nothing outside it: the route table sits below the core and every face', () => {
    const leaks = [...graph].flatMap(([file, imports]) =>
      file.startsWith(ROUTES) ? imports.filter((i) => !i.startsWith(ROUTES)).map((i) => `${name(file)} -> ${name(i)}`) : [],
    );
    expect(leaks).toEqual([]);
  });

  it('from src/core/calendar never reach src/core/rules: the engine computes, the rules check its output', () => {
    expect(edgesFrom(graph, join(SRC, 'core/calendar') + '/', join(SRC, 'core/rules') + '/')).toEqual([]);
  });

  it('from src/core/rules never reach src/core/load: the loader runs the rules, the rules read file-view.ts', () => {
    expect(edgesFrom(graph, join(SRC, 'core/rules') + '/', join(SRC, 'core/load') + '/')).toEqual([]);
  });

  it('returns the edge from the engine to the rules when there is one, so the check above can fail', () => {
    const engine = join(SRC, 'core/calendar/engine.ts');
    const rule = join(SRC, 'core/rules/week-problems.ts');
    expect(edgesFrom(new Map([[engine, [rule]]]), join(SRC, 'core/calendar') + '/', join(SRC, 'core/rules') + '/')).toEqual([
      'src/core/calendar/engine.ts -> src/core/rules/week-problems.ts',
    ]);
  });

  it('never reach src/cli from outside it (the site, the integrations, the pages, the components or any other face)', () => {
    const cli = join(SRC, 'cli') + '/';
    const leaks = [...graph].flatMap(([file, imports]) =>
      file.startsWith(cli) ? [] : imports.filter((i) => i.startsWith(cli)).map((i) => `${name(file)} -> ${name(i)}`),
    );
    expect(leaks).toEqual([]);
  });
});

/**
 * Imports that stay in the built code: no `import type`, and in an .astro file only its frontmatter
 * (a <script> there is browser code, bundled apart).
 */
export function valueImportsOf(file: string, text: string): string[] {
  const code = file.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
  const specifiers = [
    ...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]/g),
  ].map((m) => m[1]!);
  return [...new Set(specifiers.map((s) => resolve(dirname(file), s)))];
}

/** Every file the pages load when they render: what Astro bundles for a build. */
function pageReach(): string[] {
  const values = new Map([...graph.keys()].map((file) => [file, valueImportsOf(file, readFileSync(file, 'utf8'))]));
  const seen = new Set<string>();
  const stack = [...values.keys()].filter((file) => file.startsWith(join(SRC, 'pages') + '/'));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(values.get(file) ?? []));
  }
  return [...seen].map(name).sort();
}

describe('what the pages load', () => {
  it('never reaches the loader, the schemas, the rules or the Markdown renderer: the build computes those once and hands the pages words and HTML', () => {
    const heavy = /^src\/(core\/(load|yaml|schemas|rules)\/|site\/markdown\/(render|pipeline-markdown)\.ts)/;
    const reach = pageReach();
    expect(reach.length).toBeGreaterThan(20);
    expect(reach).toContain('src/site/page-context.ts');
    expect(reach.filter((file) => heavy.test(file))).toEqual([]);
  });

  it('returns only imports kept in the built code, so the check above follows what Astro bundles', () => {
    const page = join(SRC, 'pages/x.astro');
    const text = "---\nimport type { A } from '../a.ts';\nimport { b } from '../b.ts';\nimport '../c.ts';\nconst d = await import('../d.ts');\n---\n<script>\n  import { e } from '../e.ts';\n</script>";
    expect(valueImportsOf(page, text)).toEqual([join(SRC, 'b.ts'), join(SRC, 'c.ts'), join(SRC, 'd.ts')]);
  });
});

/** A site path written by hand in code (a string or template starting with one of the site's folders). */
const HAND_PATH = /[`'"]\/(people|oncall|pipelines|teams|areas|sla|search|api)(\/|[`'"])/;

/** Lines of code with a site path written by hand: comments are left out. */
export function handPaths(file: string, text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.replace(/\/\/ .*$/, ''), at: `${name(file)}:${i + 1}` }))
    .filter(({ line }) => !/^\s*(\*|\/\*\*|\/\/)/.test(line) && HAND_PATH.test(line))
    .map(({ at }) => at);
}

describe('site paths', () => {
  it('are written only in the route table (src/routes): pages, scripts and faces take them from it', () => {
    // dev.ts names the dev server's feed routes by Astro's route patterns, which are not links.
    const allowed = [join(SRC, 'integrations/dev.ts')];
    const found = [...graph.keys()].filter((file) => !file.startsWith(ROUTES) && !allowed.includes(file)).flatMap((file) => handPaths(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('returns the lines of code that spell a site path, not those of comments', () => {
    const file = join(SRC, 'client/x.ts');
    expect(handPaths(file, "// see `/people/<id>/`\n * (`/oncall/<id>.ics`)\nconst a = `/people/${id}/`;\nconst b = base.startsWith('/areas/');")).toEqual(['src/client/x.ts:3', 'src/client/x.ts:4']);
  });
});
