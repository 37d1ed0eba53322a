import { describe, expect, it } from 'vitest';
import { load, problemsWith, dataDir, yaml } from '../../helpers/data-dir.ts';

const growth = (lines: string) => ({ 'pipelines/growth.yaml': `name: Growth\narea: growth\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-a}\n${lines}` });

describe('loadData: links in Markdown', () => {
  it('reports a javascript: link inside a block scalar at its own line and column', () => {
    expect(
      problemsWith(
        growth(yaml`
          description: |
            Growth per arm.

            See [the dashboard](javascript:alert(1)) first.
        `),
      ),
    ).toEqual([
      'pipelines/growth.yaml:8:7: "javascript:" links are not allowed in Markdown; link to an https://, http:// or mailto: address, or to a page of this site such as /oncall/',
    ]);
  });

  it('reports disguised schemes: entities, tabs and upper case are decoded as a browser would', () => {
    const problems = problemsWith(
      growth(yaml`
        commonIssues:
          - title: Late
            checks: "[a](jav&#97;script:x) and [b](JAVASCRIPT:x)"
            fix: "[c](data:text/html,hi) <vbscript:x>"
      `),
    );
    expect(problems.map((p) => p.replace(/;.*/, ''))).toEqual([
      'pipelines/growth.yaml:7:14: "javascript:" links are not allowed in Markdown',
      'pipelines/growth.yaml:7:40: "javascript:" links are not allowed in Markdown',
      'pipelines/growth.yaml:8:11: "data:" links are not allowed in Markdown',
      'pipelines/growth.yaml:8:34: "vbscript:" links are not allowed in Markdown',
    ]);
  });

  it('reports a site-relative link to a page that does not exist, suggesting the closest', () => {
    expect(problemsWith(growth('description: "Owned with [Profit](/pipelines/profitt/) and [A](/people/engineer-a/)."\n'))).toEqual([
      'pipelines/growth.yaml:5:26: link "/pipelines/profitt/" points at no page of this site; did you mean "/pipelines/profit/"? pages are /, /pipelines/, /pipelines/<id>/, /people/, /people/<id>/, /teams/, /teams/<id>/, /areas/<id>/, /oncall/, /oncall/<rotation>/ and /search/',
    ]);
  });

  it('accepts https, http, mailto, fragments and existing pages, with or without the trailing slash', () => {
    const text = '"[a](https://x.example) [b](http://x.example) [c](mailto:a@example.com) [d](#sla) [e](/oncall/on-call) [f](/teams/finance-data/#x) www.example.com"';
    expect(problemsWith(growth(`description: ${text}\n`))).toEqual([]);
  });

  it('reports relative and scheme-less links with the fix', () => {
    expect(problemsWith(growth('description: "[a](docs/run.md) [b](//evil.example/x)"\n')).map((p) => p.replace(/^[^ ]+ /, ''))).toEqual([
      'link "docs/run.md" is relative; start it with / for a page of this site (e.g. /pipelines/<id>/), or write a full https:// URL',
      'link "//evil.example/x" has no scheme; write it in full: https://evil.example/x',
    ]);
  });
});

describe('loadData: links to pages whose existence depends on the data', () => {
  // The valid fixture: one investor pipeline, two areas of one pipeline each, one rotation (start
  // 2026-01-01), calendar 0 weeks back and 8 ahead of TEST_NOW (Mon 2 Mar 2026).
  const dangling = (files: Record<string, string>, links: readonly string[]) =>
    problemsWith({ ...files, 'pipelines/growth.md': links.map((l) => `[x](${l})`).join('\n') + '\n' })
      .filter((p) => p.includes('points at no page'))
      .map((p) => /link "([^"]+)"/.exec(p)![1]);

  it('reports /sla/ when the SLA board is not built (10 investor pipelines or fewer), and numbered pages past the last', () => {
    expect(dangling({}, ['/sla/', '/areas/profit/', '/areas/profit/2/', '/oncall/rotations/2/', '/people/engineer-a/primary/', '/teams/finance-data/feeds/'])).toEqual([
      '/sla/',
      '/areas/profit/2/',
      '/oncall/rotations/2/',
      '/people/engineer-a/primary/',
      '/teams/finance-data/feeds/',
    ]);
  });

  it('accepts /sla/ with 11 investor pipelines, as the build then writes it', () => {
    const investors = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`pipelines/inv-${i}.yaml`, `name: Inv ${i}\narea: profit\naudience: investors\nowners: {primary: engineer-a, secondary: engineer-b}\nreviewed: 2026-02-02\n`]),
    );
    expect(dangling(investors, ['/sla/', '/sla/2/'])).toEqual(['/sla/2/']);
  });

  it('accepts the year pages of a long calendar and reports the years it has no page for', () => {
    const site = 'title: Test runbooks\ncalendar:\n  pastWeeks: 0\n  futureWeeks: 120\nareas:\n  - id: profit\n    name: Profit\n  - id: growth\n    name: Growth\n';
    expect(dangling({ 'site.yaml': site }, ['/oncall/on-call/2026/', '/oncall/on-call/2028/', '/oncall/on-call/2029/', '/oncall/on-call/2025/', '/oncall/no-such/2026/'])).toEqual([
      '/oncall/on-call/2029/',
      '/oncall/on-call/2025/',
      '/oncall/no-such/2026/',
    ]);
    // The default horizon fits the rotation's own page: no year pages at all.
    expect(dangling({}, ['/oncall/on-call/2026/'])).toEqual(['/oncall/on-call/2026/']);
  });

  it('accepts pages that depend on counts when a file failed its schema, so no false follow-up error is reported', () => {
    expect(dangling({ 'pipelines/broken.yaml': 'name: Broken\n' }, ['/sla/', '/areas/profit/2/', '/oncall/on-call/2026/', '/pipelines/nowhere/'])).toEqual(['/pipelines/nowhere/']);
  });
});

describe('loadData: long-form runbooks', () => {
  it('attaches pipelines/<id>.md to its pipeline', () => {
    const result = load(dataDir({ 'pipelines/growth.md': '# Backfill\n\nRun it.\n' }));
    expect(result.problems).toEqual([]);
    expect(result.model!.byId.pipelines.get('growth')!.runbook).toEqual({ file: 'pipelines/growth.md', markdown: '# Backfill\n\nRun it.\n' });
    expect(result.fileCount).toBe(7);
  });

  it('reports a .md without a YAML sibling, naming it and the closest pipeline', () => {
    expect(problemsWith({ 'pipelines/grwth.md': '# x\n' })).toEqual([
      'pipelines/grwth.md:1:1: pipelines/grwth.md has no pipelines/grwth.yaml beside it: a long-form runbook belongs to a pipeline of the same name; did you mean "growth.md"? rename it, or add pipelines/grwth.yaml',
    ]);
  });

  it('reports a bad link in the .md at its line and column', () => {
    expect(problemsWith({ 'pipelines/growth.md': '# Backfill\n\nFirst\n  [x](javascript:void(0)) and [y](/nowhere/).\n' }).map((p) => p.replace(/;.*/, ''))).toEqual([
      'pipelines/growth.md:4:3: "javascript:" links are not allowed in Markdown',
      'pipelines/growth.md:4:31: link "/nowhere/" points at no page of this site',
    ]);
  });
});

describe('loadData: common issue anchors', () => {
  it('gives each issue its id, or the slug of its title', () => {
    const result = load(dataDir(growth('commonIssues:\n  - title: "Delay in Finance DB sync!"\n  - {id: late-fx, title: Late FX rates}\n  - title: "日本"\n')));
    expect(result.model!.byId.pipelines.get('growth')!.commonIssues.map((i) => i.id)).toEqual(['delay-in-finance-db-sync', 'late-fx', 'issue-3']);
  });

  it('reports two issues with one anchor, and an anchor the page uses', () => {
    expect(problemsWith(growth('commonIssues:\n  - title: Late data\n  - title: "Late: data"\n  - {id: sla, title: Missed}\n'))).toEqual([
      'pipelines/growth.yaml:7:12: two common issues have the anchor "late-data" (the other is on line 6); give this one a different id, e.g. id: late-data-2',
      'pipelines/growth.yaml:8:10: the anchor "sla" is a section of the runbook page itself; give the issue an id such as id: sla-issue',
    ]);
  });

  it('reports an id that is not kebab-case', () => {
    expect(problemsWith(growth('commonIssues:\n  - {id: Late_FX, title: Late}\n'))).toEqual([
      'pipelines/growth.yaml:6:10: commonIssues[0].id: issue id must be kebab-case (lowercase words joined by "-"), e.g. "finance-db-sync-delay"; got "Late_FX"',
    ]);
  });
});

describe('loadData: summary, links and reviewed', () => {
  it('returns the first sentence of the description as plain text', () => {
    const result = load(dataDir(growth('description: |\n  Daily **growth** per [arm](https://x.example). Read by analysts.\n')));
    expect(result.model!.byId.pipelines.get('growth')!.summary).toBe('Daily growth per arm.');
  });

  it('reports a link that is not https or http, and an unknown kind', () => {
    expect(problemsWith(growth('links:\n  - {title: DAG, url: "ftp://x.example", kind: dag}\n'))).toEqual([
      'pipelines/growth.yaml:6:23: links[0].url: "ftp:" links are not allowed; expected a URL starting with https://, http://, e.g. "https://airflow.example.com/dags/aggregate_profit"; got "ftp://x.example"',
      'pipelines/growth.yaml:6:48: links[0].kind: expected one of dashboard, orchestrator, alerts, logs, repository, docs, data, other; got "dag", did you mean "data"?',
    ]);
  });

  it('reports a reviewed date that is not real', () => {
    expect(problemsWith(growth('reviewed: 2026-02-30\n'))).toEqual([
      'pipelines/growth.yaml:5:11: reviewed: 2026-02-30 is not a real calendar date: February 2026 has 28 days',
    ]);
  });
});
