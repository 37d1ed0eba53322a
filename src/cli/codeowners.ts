import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { renderCodeowners } from '../codeowners/codeowners.ts';
import { existingDataDir, parseCli, runCli, UsageError } from './args.ts';
import { loadModelOrReport } from './load-model.ts';

const USAGE = `usage: npm run codeowners -- [--data DIR] [--out FILE] [--check]

Writes GitHub's CODEOWNERS from the data: each pipeline's files to its owners' github handles, and
rotations/, people.yaml, teams.yaml and site.yaml to site.yaml's maintainers. Run it from the
repository root. Exit 0 when written (or, with --check, up to date), 1 when the data has problems
or --check finds the file out of date, 2 on a usage error.
  --data DIR    the data directory, inside the repository (default: $RUNBOOKS_DATA, then data/)
  --out FILE    where to write (default: .github/CODEOWNERS)
  --check       write nothing; exit 1 when FILE differs from what the data gives`;

await runCli(USAGE, () => {
  const flags = parseCli(process.argv.slice(2), {
    data: { type: 'string' },
    out: { type: 'string' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const dataDir = existingDataDir(flags.data, process.env);
  // CODEOWNERS patterns are paths from the repository root, which is where npm runs scripts.
  const dataPath = relative(process.cwd(), resolve(dataDir));
  if (dataPath.startsWith('..') || isAbsolute(dataPath)) {
    throw new UsageError(`data directory "${dataDir}" is outside the current directory; run from the repository root that holds it`);
  }
  // CODEOWNERS splits a line at white space and starts comments with "#"; GitHub has no escape for either.
  if (/[\s#]/.test(dataPath)) throw new UsageError(`data directory "${dataPath}" has a space or "#" in its path, which CODEOWNERS cannot express; rename it`);
  const out = flags.out ?? join('.github', 'CODEOWNERS');
  const model = loadModelOrReport(dataDir);
  if (!model) return 1;

  const text = renderCodeowners(model, { dataPath: dataPath.split(/[\\/]/).join('/') });
  const fix = `npm run codeowners${flags.out ? ` -- --out ${flags.out}` : ''}`;
  if (flags.check) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
    if (current === text) {
      process.stdout.write(`${out} is up to date\n`);
      return 0;
    }
    const what = current === undefined ? 'is missing' : 'is out of date with the data';
    process.stderr.write(`error: ${out} ${what}; run \`${fix}\` and commit ${out}\n`);
    return 1;
  }
  if (existsSync(out) && readFileSync(out, 'utf8') === text) {
    process.stdout.write(`${out} is up to date\n`);
    return 0;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out}\n`);
  return 0;
});
