// Writes a synthetic, valid data directory for benchmarks and load tests:
//   npm run generate-org -- --out DIR --pipelines P [--engineers E] [--rotations R] [--seed S] [--year Y]
//     [--past-weeks N] [--future-weeks N] [--force]
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCli, runCli, UsageError } from '../src/cli/args.ts';
import { MIN_MEMBERS, type OrgOptions } from './org/generate.ts';
import { writeOrg } from './org/write.ts';

const USAGE = `usage: npm run generate-org -- --out DIR --pipelines P [--engineers E] [--rotations R] [--seed S] [--year Y]
                             [--past-weeks N] [--future-weeks N] [--force]

Writes a valid synthetic data directory: P pipelines (about a third investor-facing, with full
runbooks), E engineers with holidays, R on-call rotations. The same options give the same files.
  --out DIR        where to write (must be empty or missing, unless --force replaces an old data directory)
  --pipelines P    number of pipelines (required)
  --engineers E    number of engineers (default: max(4R, P/10, 8))
  --rotations R    number of rotations (default: E/6, at least 1)
  --seed S         any text (default 1)
  --year Y         holidays fall in Y-1 … Y+2 (default 2026)
  --past-weeks N   site.yaml's calendar.pastWeeks (default 8)
  --future-weeks N site.yaml's calendar.futureWeeks (default 52)`;

/** A whole number of at least `min`, or undefined when the flag is absent. */
function count(flag: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min) throw new UsageError(`--${flag} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

function parseOptions(argv: string[]): OrgOptions & { out: string; force: boolean } {
  const values = parseCli(argv, {
    out: { type: 'string' },
    pipelines: { type: 'string' },
    engineers: { type: 'string' },
    rotations: { type: 'string' },
    seed: { type: 'string' },
    year: { type: 'string' },
    'past-weeks': { type: 'string' },
    'future-weeks': { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!values.out) throw new UsageError('--out is required');
  const pipelines = count('pipelines', values.pipelines) ?? required('--pipelines');
  const rotationsFlag = count('rotations', values.rotations);
  const engineers = count('engineers', values.engineers) ?? Math.max(MIN_MEMBERS * (rotationsFlag ?? 1), Math.ceil(pipelines / 10), 8);
  const rotations = rotationsFlag ?? Math.max(1, Math.floor(engineers / 6));
  if (engineers < MIN_MEMBERS * rotations) {
    throw new UsageError(`${rotations} rotations need at least ${MIN_MEMBERS * rotations} engineers (${MIN_MEMBERS} each), got --engineers ${engineers}`);
  }
  const year = count('year', values.year) ?? 2026;
  const pastWeeks = count('past-weeks', values['past-weeks'], 0);
  const futureWeeks = count('future-weeks', values['future-weeks']);
  if ((pastWeeks ?? 0) > 520 || (futureWeeks ?? 1) > 520) throw new UsageError('--past-weeks and --future-weeks are at most 520, as in site.yaml');
  return {
    out: values.out,
    force: values.force ?? false,
    pipelines,
    engineers,
    rotations,
    seed: values.seed ?? '1',
    year,
    ...(pastWeeks !== undefined ? { pastWeeks } : {}),
    ...(futureWeeks !== undefined ? { futureWeeks } : {}),
  };
}

const required = (flag: string): never => {
  throw new UsageError(`${flag} is required`);
};

function main(): number {
  const options = parseOptions(process.argv.slice(2));
  const out = resolve(options.out);
  if (existsSync(out) && readdirSync(out).length > 0) {
    // Only ever delete something that looks like a data directory, so a typo in --out cannot wipe a home folder.
    if (!options.force) throw new UsageError(`${options.out} is not empty; pass --force to replace the data directory in it`);
    if (!existsSync(join(out, 'site.yaml'))) throw new UsageError(`${options.out} is not empty and holds no site.yaml; refusing to delete it`);
    rmSync(out, { recursive: true });
  }
  const files = writeOrg(out, options);
  const rotations = files.filter((f) => f.kind === 'rotation').length;
  process.stdout.write(
    `${options.out}: ${options.pipelines} pipelines, ${options.engineers} engineers, ${rotations} rotations (seed ${options.seed}), ${files.length} files\n`,
  );
  return 0;
}

await runCli(USAGE, main);
