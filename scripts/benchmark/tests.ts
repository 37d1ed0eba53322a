// The test suite's time by vitest project, for `npm run bench -- --only tests` (issue 14: `npm run test:unit`
// under 10 s, `npm test` under 3 minutes, on a quiet 2-core machine).
import type { Target } from './targets.ts';

/** The part of vitest's JSON reporter output (`--reporter=json`) read here. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; startTime: number; endTime: number; assertionResults: unknown[] }[];
}

/** One line of `vitest list --filesOnly --json`. */
export interface ListedFile {
  file: string;
  projectName: string;
}

export interface ProjectTime {
  project: string;
  files: number;
  tests: number;
  /** From the project's first file starting to its last file ending: its share of the run's wall time. */
  spanMs: number;
  /** The files' own durations added up: what the project costs with no parallelism. */
  fileMs: number;
}

export interface SuiteTimes {
  /** `npm run test:unit`, a run of its own. */
  unitMs?: number;
  /** `npm test`, the whole suite. */
  suiteMs?: number;
}

export const UNIT_LIMIT_MS = 10_000;
export const SUITE_LIMIT_MS = 180_000;

/** Times per project of one `npm test` run, in the order the projects are listed; files no project lists count as "other". */
export function timesByProject(report: VitestReport, listed: readonly ListedFile[]): ProjectTime[] {
  const projectOf = new Map(listed.map((l) => [l.file, l.projectName]));
  const order = [...new Set(listed.map((l) => l.projectName))];
  const byProject = new Map<string, ProjectTime & { start: number; end: number }>();
  for (const file of report.testResults) {
    const project = projectOf.get(file.name) ?? 'other';
    const t = byProject.get(project) ?? { project, files: 0, tests: 0, spanMs: 0, fileMs: 0, start: Infinity, end: -Infinity };
    t.files++;
    t.tests += file.assertionResults.length;
    t.fileMs += file.endTime - file.startTime;
    t.start = Math.min(t.start, file.startTime);
    t.end = Math.max(t.end, file.endTime);
    t.spanMs = t.end - t.start;
    byProject.set(project, t);
  }
  const rank = (p: string) => (order.includes(p) ? order.indexOf(p) : order.length);
  return [...byProject.values()].sort((a, b) => rank(a.project) - rank(b.project)).map(({ start: _s, end: _e, ...t }) => t);
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** "unit 4.2 s (48 files, 480 tests), cli 38.0 s (…)": the note beside the `npm test` row. */
export const describeProjects = (projects: readonly ProjectTime[]) =>
  projects.map((p) => `${p.project} ${s(p.spanMs)} (${p.files} files, ${p.tests} tests; ${s(p.fileMs)} of file time)`).join(', ');

export function testTargets({ unitMs, suiteMs }: SuiteTimes): Target[] {
  return [
    { description: 'npm run test:unit < 10 s', measured: unitMs === undefined ? '–' : s(unitMs), met: unitMs === undefined ? undefined : unitMs < UNIT_LIMIT_MS },
    { description: 'npm test < 3 min', measured: suiteMs === undefined ? '–' : s(suiteMs), met: suiteMs === undefined ? undefined : suiteMs < SUITE_LIMIT_MS },
  ];
}
