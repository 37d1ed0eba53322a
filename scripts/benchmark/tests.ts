// The test suite's time by vitest project, for `npm run bench -- --only tests` (issue 14: `npm run test:unit`
// under 10 s, `npm test` under 3 minutes, on a quiet 2-core machine).
import type { Target } from './targets.ts';

/** The vitest projects (tests/vitest.config.ts), each run on its own as `npm run test:<project>`. */
export const TEST_PROJECTS = ['unit', 'cli', 'build', 'browser'] as const;
export type TestProject = (typeof TEST_PROJECTS)[number];

export interface SuiteTimes {
  /** Wall time of `npm run test:<project>`, each a run of its own. */
  projects: Partial<Record<TestProject, number>>;
  /** Wall time of `npm test`, the whole suite in one run. */
  suiteMs?: number;
}

export const UNIT_LIMIT_MS = 10_000;
export const SUITE_LIMIT_MS = 180_000;

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function testTargets({ projects, suiteMs }: SuiteTimes): Target[] {
  const unitMs = projects.unit;
  return [
    { description: 'npm run test:unit < 10 s', measured: unitMs === undefined ? '–' : s(unitMs), met: unitMs === undefined ? undefined : unitMs < UNIT_LIMIT_MS },
    { description: 'npm test < 3 min', measured: suiteMs === undefined ? '–' : s(suiteMs), met: suiteMs === undefined ? undefined : suiteMs < SUITE_LIMIT_MS },
  ];
}
