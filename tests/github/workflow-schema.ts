import { z } from 'zod';

// Debian has no actionlint package, so the workflow is checked against this schema: GitHub's workflow
// syntax (docs.github.com "Workflow syntax for GitHub Actions"), strict, so a misspelt key fails.

const expression = /^\$\{\{.*\}\}$/s;
const stringMap = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

const PERMISSION_SCOPES = [
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues',
  'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
] as const;
const permissions = z.union([
  z.enum(['read-all', 'write-all']),
  z.partialRecord(z.enum(PERMISSION_SCOPES), z.enum(['read', 'write', 'none'])),
]);

const concurrency = z.union([
  z.string(),
  z.strictObject({ group: z.string().min(1), 'cancel-in-progress': z.union([z.boolean(), z.string().regex(expression)]).optional() }),
]);

// Five cron fields: minute hour day-of-month month day-of-week.
const cron = z.string().regex(/^(\S+\s+){4}\S+$/, 'expected five cron fields');
const filters = z.array(z.string().min(1)).min(1);
const eventFilters = z
  .strictObject({
    branches: filters.optional(),
    'branches-ignore': filters.optional(),
    paths: filters.optional(),
    'paths-ignore': filters.optional(),
    tags: filters.optional(),
    types: filters.optional(),
  })
  .nullable();

const on = z.strictObject({
  pull_request: eventFilters.optional(),
  pull_request_target: eventFilters.optional(),
  push: eventFilters.optional(),
  schedule: z.array(z.strictObject({ cron })).min(1).optional(),
  workflow_dispatch: z.strictObject({ inputs: z.record(z.string(), z.unknown()).optional() }).nullable().optional(),
});

export const stepSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z_][\w-]*$/).optional(),
    name: z.string().optional(),
    if: z.string().optional(),
    uses: z.string().regex(/^[\w.-]+\/[\w./-]+@v\d+(\.\d+)*$/, 'pin an action to a released major version: owner/name@vN').optional(),
    run: z.string().min(1).optional(),
    shell: z.string().optional(),
    with: stringMap.optional(),
    env: stringMap.optional(),
    'working-directory': z.string().optional(),
    'continue-on-error': z.boolean().optional(),
    'timeout-minutes': z.number().int().positive().optional(),
  })
  .refine((s) => (s.uses === undefined) !== (s.run === undefined), 'a step has either uses or run, not both');

export const jobSchema = z.strictObject({
  name: z.string().optional(),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  if: z.string().optional(),
  'runs-on': z.union([z.string(), z.array(z.string())]),
  permissions: permissions.optional(),
  environment: z.union([z.string(), z.strictObject({ name: z.string(), url: z.string().optional() })]).optional(),
  concurrency: concurrency.optional(),
  outputs: stringMap.optional(),
  env: stringMap.optional(),
  defaults: z.strictObject({ run: z.strictObject({ shell: z.string().optional(), 'working-directory': z.string().optional() }) }).optional(),
  'timeout-minutes': z.number().int().positive().optional(),
  'continue-on-error': z.boolean().optional(),
  strategy: z.record(z.string(), z.unknown()).optional(),
  steps: z.array(stepSchema).min(1),
});

export const workflowSchema = z.strictObject({
  name: z.string().optional(),
  'run-name': z.string().optional(),
  on,
  permissions: permissions.optional(),
  env: stringMap.optional(),
  concurrency: concurrency.optional(),
  defaults: jobSchema.shape.defaults,
  jobs: z.record(z.string().regex(/^[A-Za-z_][\w-]*$/), jobSchema),
});

export type Workflow = z.output<typeof workflowSchema>;
export type Job = Workflow['jobs'][string];
export type Step = Job['steps'][number];
