import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reference the site's build is judged against: a bare Astro 5 project with one page per
 * pipeline and no layout. Each page reads its pipeline's YAML and prints the name. It borrows
 * our node_modules through a symlink, so it runs the same Astro and js-yaml versions.
 */
export function createBareAstro(dir: string, nodeModules: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bare-astro-reference', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n");
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export function getStaticPaths() {
  return readdirSync(process.env.BENCH_PIPELINES)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ params: { id: file.slice(0, -'.yaml'.length) } }));
}

const pipeline = load(readFileSync(\`\${process.env.BENCH_PIPELINES}/\${Astro.params.id}.yaml\`, 'utf8'));
---
<h1>{pipeline.name}</h1>
`,
  );
}
