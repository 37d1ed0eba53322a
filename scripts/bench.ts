// Whole-process benchmark of validate, oncall, the change report, the pre-commit hook and the site build,
// from the shipped data to 10,000 pipelines.
//   npm run bench [-- --quick] [--runs N] [--sizes 5,100,1000,10000] [--only validate,oncall,changes,build,tests] [--against REF] [--keep] [--out DIR]
// Prints a table and writes bench/results.json. See docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCli, runCli, UsageError } from '../src/cli/args.ts';
import { createBareAstro } from './benchmark/bare-astro.ts';
import { CommandFailed, hasGnuTime, measure, measureInterleaved, median, type Command, type Measurement } from './benchmark/measure.ts';
import { pageStats, type PageStats } from './benchmark/pages.ts';
import { benchRepo } from './benchmark/git-repo.ts';
import { buildPhases, describePhases } from './benchmark/phases.ts';
import { evaluateTargets, type SizeResult } from './benchmark/targets.ts';
import { TEST_PROJECTS, testTargets, type SuiteTimes } from './benchmark/tests.ts';
import { writeOrg } from './org/write.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'astro.js');
/** Mon 1 Jun 2026, 00:00 UTC: "today" for every run, so the numbers do not drift with the calendar. */
const SOURCE_DATE_EPOCH = String(Date.UTC(2026, 5, 1) / 1000);
const ONCALL_FROM = '2026-06-01';
const SEED = 'bench';
const ONCALL_ROTATIONS = 10;

const USAGE = `usage: npm run bench -- [--quick] [--runs N] [--sizes 5,100,1000,10000] [--only validate,oncall,changes,build,tests] [--against REF] [--keep] [--out DIR]`;

function options() {
  const values = parseCli(process.argv.slice(2), {
    quick: { type: 'boolean' },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean' },
    out: { type: 'string' },
    against: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const quick = values.quick ?? false;
  const sizes = (values.sizes ?? (quick ? '5,100,1000' : '5,100,1000,10000')).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !sizes.includes(5)) {
    throw new UsageError('--sizes must be whole numbers and include 5 (the shipped data)');
  }
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && (!Number.isInteger(runs) || runs < 1)) throw new UsageError('--runs must be a whole number of at least 1');
  const only = new Set((values.only ?? 'validate,oncall,changes,build,tests').split(','));
  return {
    quick,
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    // Fast commands get more runs: their medians are otherwise at the mercy of one slow start.
    runs: { validate: runs ?? (quick ? 3 : 10), oncall: runs ?? (quick ? 3 : 5), build: runs ?? (quick ? 1 : 3) },
    warmup: quick ? 0 : 1,
    only,
    keep: values.keep ?? false,
    /** Where results.json and results.md go. */
    out: resolve(values.out ?? join(ROOT, 'bench')),
    /** A commit whose site build is measured in the same turns as ours and bare Astro's (a git ref). */
    against: values.against,
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/**
 * Another commit of this repository, checked out in `dir` as a git worktree (removed by `remove`), with
 * our node_modules linked in: the dependencies of earlier commits are a subset of ours (check
 * package.json when comparing against a commit that had others).
 */
function checkOut(ref: string, dir: string): { ref: string; dir: string; remove(): void } {
  const added = spawnSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', dir, ref], { encoding: 'utf8' });
  if (added.status !== 0) throw new UsageError(`--against ${ref}: git could not check it out (${added.stderr.trim().split('\n').at(-1)})`);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { ref, dir, remove: () => void spawnSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', dir]) };
}
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes?: number) => (bytes === undefined ? '–' : `${Math.round(bytes / 1e6)} MB`);

/** Engineers and rotations for a synthetic organisation of `pipelines`: ten rotations, as in the on-call benchmark. */
const orgShape = (pipelines: number) => ({ pipelines, engineers: Math.max(60, Math.ceil(pipelines / 10)), rotations: ONCALL_ROTATIONS });

const ENV = { SOURCE_DATE_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

interface Row {
  label: string;
  pipelines: number;
  measurement: Measurement;
  note?: string;
}

function main(): number {
  const opts = options();
  if (!existsSync(join(ROOT, '.build', 'cli', 'validate.js'))) {
    log('building the CLI bundles (npm run prepare)…');
    spawnSync(NODE, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  }
  const workspace = mkdtempSync(join(tmpdir(), 'runbooks-bench-'));
  const started = new Date();
  const loadBefore = loadavg();
  log(`bench: ${cpus().length} CPUs, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, workspace ${workspace}`);
  if (!hasGnuTime) log('bench: /usr/bin/time not found, peak RSS will not be reported');

  const rows: Row[] = [];
  const sizes: SizeResult[] = opts.sizes.map((pipelines) => ({ pipelines }));
  const errors: string[] = [];
  const suite: SuiteTimes = { projects: {} };
  const cleanups: (() => void)[] = [];
  const run = (label: string, pipelines: number, command: Command, runs: number, note?: string, warmup = opts.warmup) => {
    log(`  ${label}${pipelines ? ` at ${pipelines} pipelines` : ''}: ${runs} run${runs === 1 ? '' : 's'}…`);
    try {
      const measurement = measure(command, runs, warmup);
      rows.push({ label, pipelines, measurement, ...(note ? { note } : {}) });
      log(`    median ${sec(measurement.medianWallMs)}, peak RSS ${mb(measurement.maxRssBytes)}`);
      return measurement;
    } catch (error) {
      if (!(error instanceof CommandFailed)) throw error;
      errors.push(`${label} at ${pipelines}: ${error.message}`);
      log(`    failed: ${error.message}`);
      return undefined;
    }
  };
  // Commands measured in turns; on a failure each is measured alone, so that one broken build keeps the other's numbers.
  const runInterleaved = (labels: string[], pipelines: number, commands: Command[], runs: number): (Measurement | undefined)[] => {
    log(`  ${labels.join(' and ')} at ${pipelines} pipelines, in turns: ${runs} run${runs === 1 ? '' : 's'} each…`);
    try {
      const measurements = measureInterleaved(commands, runs, opts.warmup);
      measurements.forEach((measurement, k) => {
        rows.push({ label: labels[k]!, pipelines, measurement });
        log(`    ${labels[k]}: median ${sec(measurement.medianWallMs)}, peak RSS ${mb(measurement.maxRssBytes)}`);
      });
      return measurements;
    } catch (error) {
      if (!(error instanceof CommandFailed)) throw error;
      return commands.map((command, k) => run(labels[k]!, pipelines, command, runs));
    }
  };

  try {
    const dataDirs = new Map<number, string>([[5, join(ROOT, 'data')]]);
    // The test suite needs no generated data.
    const needsData = ['validate', 'oncall', 'changes', 'build'].some((step) => opts.only.has(step));
    for (const pipelines of needsData ? opts.sizes : []) {
      if (pipelines === 5) continue;
      const dir = join(workspace, `data-${pipelines}`);
      log(`generating ${pipelines} pipelines…`);
      writeOrg(dir, { ...orgShape(pipelines), seed: SEED, year: 2026 });
      dataDirs.set(pipelines, dir);
    }

    if (opts.only.has('validate')) {
      log('validate');
      for (const size of sizes) {
        const m = run('validate', size.pipelines, { argv: [NODE, '.build/cli/validate.js', '--data', dataDirs.get(size.pipelines)!], cwd: ROOT, env: ENV }, opts.runs.validate);
        if (m) size.validate = { medianWallMs: m.medianWallMs, ...(m.maxRssBytes ? { maxRssBytes: m.maxRssBytes } : {}) };
        // The reference validate is judged against: only reading the files and parsing them with js-yaml 4 and a listener.
        const floor = run('floor: read + js-yaml 4 load with listener, 1 thread', size.pipelines, { argv: [NODE, 'scripts/benchmark/yaml-floor.mjs', dataDirs.get(size.pipelines)!], cwd: ROOT, env: ENV }, opts.runs.validate);
        if (floor && size.validate) size.validate.yamlFloorMs = floor.medianWallMs;
      }
    }

    if (opts.only.has('oncall')) {
      log('oncall');
      const oncallSize = opts.sizes.find((p) => p >= 100);
      if (!existsSync(join(ROOT, '.build', 'cli', 'oncall.js'))) {
        errors.push('oncall: .build/cli/oncall.js does not exist yet (the on-call CLI has not landed)');
        log('  skipped: no oncall CLI');
      } else if (oncallSize) {
        const argv = [NODE, '.build/cli/oncall.js', '--data', dataDirs.get(oncallSize)!, '--weeks', '520', '--from', ONCALL_FROM];
        run(`oncall --weeks 520 (${ONCALL_ROTATIONS} rotations)`, oncallSize, { argv, cwd: ROOT, env: ENV }, opts.runs.oncall);
      }
    }

    if (opts.only.has('changes')) {
      log('changes and pre-commit');
      for (const size of sizes) {
        const repo = benchRepo(join(workspace, `repo-${size.pipelines}`), dataDirs.get(size.pipelines)!, ROOT);
        const report: Command = { argv: [NODE, join(ROOT, '.build/cli/changes.js'), '--base', 'HEAD', '--data', 'data'], cwd: repo, env: ENV };
        const m = run('changes --base HEAD', size.pipelines, report, opts.runs.validate);
        if (m) size.changes = { medianWallMs: m.medianWallMs };
        const hook = run('pre-commit hook', size.pipelines, { argv: ['sh', join(ROOT, 'scripts/pre-commit')], cwd: repo, env: ENV }, opts.runs.validate);
        if (hook) size.hook = { medianWallMs: hook.medianWallMs };
      }
    }

    if (opts.only.has('build')) {
      log('build');
      const hasSite = existsSync(join(ROOT, 'astro.config.mjs')) && existsSync(join(ROOT, 'src', 'pages'));
      if (!hasSite) {
        errors.push('build: the site (astro.config.mjs, src/pages/) has not landed yet');
        log('  skipped our site: no astro.config.mjs or src/pages/');
      }
      const bareDir = join(workspace, 'bare-astro');
      createBareAstro(bareDir, join(ROOT, 'node_modules'));
      const earlier = opts.against && hasSite ? checkOut(opts.against, join(workspace, 'against')) : undefined;
      if (earlier) cleanups.push(earlier.remove);
      for (const size of sizes) {
        const data = dataDirs.get(size.pipelines)!;
        // Inside each project, so that the chunks Astro writes next to the pages resolve its node_modules.
        const outDir = join(ROOT, 'bench', `dist-${size.pipelines}`);
        const bareOut = join(bareDir, `dist-${size.pipelines}`);
        const site: Command = {
          argv: [NODE, ASTRO, 'build', '--outDir', outDir],
          cwd: ROOT,
          env: { ...ENV, RUNBOOKS_DATA: data },
          before: () => rmSync(outDir, { recursive: true, force: true }),
        };
        const bare: Command = {
          argv: [NODE, ASTRO, 'build', '--outDir', bareOut],
          cwd: bareDir,
          env: { ...ENV, BENCH_PIPELINES: join(data, 'pipelines') },
          before: () => rmSync(bareOut, { recursive: true, force: true }),
        };
        const earlierOut = earlier && join(earlier.dir, `dist-${size.pipelines}`);
        const before: Command | undefined = earlier && {
          argv: [NODE, join(earlier.dir, 'node_modules', 'astro', 'astro.js'), 'build', '--outDir', earlierOut!],
          cwd: earlier.dir,
          env: { ...ENV, RUNBOOKS_DATA: data },
          before: () => rmSync(earlierOut!, { recursive: true, force: true }),
        };
        const [ours, reference, then] = hasSite
          ? runInterleaved(
              ['build (our site)', 'build (bare Astro)', ...(earlier ? [`build (${earlier.ref})`] : [])],
              size.pipelines,
              [site, bare, ...(before ? [before] : [])],
              opts.runs.build,
            )
          : [undefined, run('build (bare Astro)', size.pipelines, bare, opts.runs.build)];
        if (ours) {
          const pages: PageStats = pageStats(outDir);
          const phases = describePhases(buildPhases(ours.lastOutput, ours.samples.at(-1)!.wallMs));
          rows.find((r) => r.measurement === ours)!.note = `${pages.pages} pages, largest ${(pages.largest.bytes / 1000).toFixed(1)} KB (${pages.largest.path}); ${phases}`;
          size.build = { medianWallMs: ours.medianWallMs, largestPageBytes: pages.largest.bytes, largestPage: pages.largest.path };
        }
        if (reference) {
          const pages = pageStats(bareOut);
          const phases = describePhases(buildPhases(reference.lastOutput, reference.samples.at(-1)!.wallMs));
          rows.find((r) => r.measurement === reference)!.note = `${pages.pages} pages, largest ${(pages.largest.bytes / 1000).toFixed(1)} KB; ${phases}`;
          size.bare = { medianWallMs: reference.medianWallMs };
        }
        if (ours && reference) {
          // Each pair of runs saw the same moment of the machine's load; their ratio is the fair comparison.
          size.buildRatio = median(ours.samples.map((sample, i) => sample.wallMs / reference.samples[i]!.wallMs));
        }
        if (ours && then && earlier) {
          // The same turns: each round saw one moment of the machine for all three builds.
          const ratio = median(ours.samples.map((sample, i) => sample.wallMs / then.samples[i]!.wallMs));
          const bareRatio = reference ? median(then.samples.map((sample, i) => sample.wallMs / reference.samples[i]!.wallMs)) : undefined;
          size.against = { ref: earlier.ref, medianWallMs: then.medianWallMs, ratio, ...(bareRatio !== undefined ? { bareRatio } : {}) };
          rows.find((r) => r.measurement === then)!.note = `the same site built by ${earlier.ref}; ours takes ${ratio.toFixed(3)}× its time (median of runs in turns)`;
        }
        rmSync(outDir, { recursive: true, force: true });
        rmSync(bareOut, { recursive: true, force: true });
        if (earlierOut) rmSync(earlierOut, { recursive: true, force: true });
      }
    }

    if (opts.only.has('tests')) {
      // Once each, no warm-up: every project on its own (test:unit has its own target), then the whole
      // suite, whose projects share the machine (unit and cli together, then build and browser in turn).
      log('tests');
      for (const project of TEST_PROJECTS) {
        const m = run(`npm run test:${project}`, 0, { argv: ['npm', 'run', '-s', `test:${project}`], cwd: ROOT }, 1, undefined, 0);
        if (m) suite.projects[project] = m.medianWallMs;
      }
      const all = run('npm test', 0, { argv: ['npm', 'test', '-s'], cwd: ROOT }, 1, undefined, 0);
      if (all) suite.suiteMs = all.medianWallMs;
    }
  } finally {
    for (const cleanup of cleanups) cleanup();
    if (!opts.keep) rmSync(workspace, { recursive: true, force: true });
  }

  const targets = [...evaluateTargets(sizes), ...testTargets(suite)];
  const loadAfter = loadavg();
  printReport(rows, targets, errors, loadBefore, loadAfter);
  const results = {
    date: started.toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, platform: `${process.platform}-${process.arch}`, loadavgBefore: loadBefore, loadavgAfter: loadAfter },
    options: { quick: opts.quick, sizes: opts.sizes, runs: opts.runs, warmup: opts.warmup, seed: SEED, sourceDateEpoch: Number(SOURCE_DATE_EPOCH) },
    measurements: rows.map(({ label, pipelines, measurement: { lastOutput: _, ...measurement }, note }) => ({
      command: label,
      pipelines,
      ...measurement,
      ...(note ? { note } : {}),
    })),
    sizes,
    tests: suite,
    targets,
    errors,
  };
  mkdirSync(opts.out, { recursive: true });
  writeFileSync(join(opts.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(opts.out, 'results.md'), markdownReport(rows, targets, loadBefore, loadAfter));
  log(`wrote results.json and results.md in ${opts.out}`);
  return errors.length ? 1 : 0;
}

function tableOf(rows: Row[]): string[][] {
  return [
    ['command', 'pipelines', 'median wall', 'median CPU', 'peak RSS', 'runs', 'notes'],
    ...rows.map((r) => [
      r.label,
      r.pipelines ? r.pipelines.toLocaleString('en-US') : '–',
      sec(r.measurement.medianWallMs),
      Number.isNaN(r.measurement.medianCpuMs) ? '–' : sec(r.measurement.medianCpuMs),
      mb(r.measurement.maxRssBytes),
      String(r.measurement.samples.length),
      r.note ?? '',
    ]),
  ];
}

/** The same numbers as Markdown, for docs/performance.md: bench/results.md. */
function markdownReport(rows: Row[], targets: ReturnType<typeof evaluateTargets>, before: number[], after: number[]): string {
  const table = tableOf(rows);
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const out = [
    `| ${table[0]!.join(' | ')} |`,
    `| ${table[0]!.map((_, i) => (i >= 1 && i <= 5 ? '---:' : '---')).join(' | ')} |`,
    ...table.slice(1).map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    ...targets.map((t) => `| ${cell(t.description)} | ${cell(t.measured)} | ${t.met === undefined ? 'not measured' : t.met ? 'met' : '**not met**'} |`),
    '',
    `Load average (1, 5, 15 min) before ${before.map((l) => l.toFixed(1)).join(', ')}, after ${after.map((l) => l.toFixed(1)).join(', ')}, on ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
  ];
  return `${out.join('\n')}\n`;
}

function printReport(rows: Row[], targets: ReturnType<typeof evaluateTargets>, errors: string[], before: number[], after: number[]) {
  const table = tableOf(rows);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 1 || (i >= 2 && i <= 5) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(table[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line), ''];
  out.push('targets');
  for (const t of targets) out.push(`  ${t.met === undefined ? 'not measured' : t.met ? 'met         ' : 'NOT MET     '}  ${t.description}: ${t.measured}`);
  out.push('', `load average before ${before.map((l) => l.toFixed(2)).join(' ')}, after ${after.map((l) => l.toFixed(2)).join(' ')} (${cpus().length} CPUs)`);
  if (errors.length) out.push('', 'problems:', ...errors.map((e) => `  ${e}`));
  process.stdout.write(`${out.join('\n')}\n`);
}

await runCli(USAGE, main);
