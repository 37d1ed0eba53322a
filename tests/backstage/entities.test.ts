import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS, catalogEntities, catalogNameProblems, rotationGroupName, type Entity } from '../../src/backstage/entities.ts';
import { siteUrls } from '../../src/routes/routes.ts';
import { INTEGRATIONS_FIXTURE, modelOf } from '../helpers/data-dir.ts';
import { validateEntity } from './catalog-model.ts';

const model = modelOf(INTEGRATIONS_FIXTURE);
const urls = siteUrls('https://acme.github.io/runbooks');
const catalog = catalogEntities(model, { urls, dataDir: 'data' });
const all = [...catalog.pipelines, ...catalog.people, ...catalog.groups];
const named = (kind: Entity['kind'], name: string) => all.find((e) => e.kind === kind && e.metadata.name === name)!;

describe('catalogEntities', () => {
  it("returns entities that @backstage/catalog-model's own validators accept", async () => {
    for (const entity of all) await expect(validateEntity(entity), `${entity.kind} ${entity.metadata.name}`).resolves.toBeUndefined();
  });

  it('is checked by validators that do refuse what Backstage refuses', async () => {
    const profit = named('Component', 'profit');
    await expect(validateEntity({ ...profit, spec: { ...profit.spec, lifecycle: undefined } })).rejects.toThrow(/lifecycle/);
    await expect(validateEntity({ ...profit, metadata: { ...profit.metadata, tags: ['Area Profit'] } })).rejects.toThrow(/tags/);
  });

  it('returns a Component per pipeline, a User per person, a Group per team and per rotation', () => {
    expect(catalog.pipelines.map((e) => [e.kind, e.metadata.name])).toEqual(['growth', 'half-owned', 'profit', 'unowned'].map((n) => ['Component', n]));
    expect(catalog.people.map((e) => e.metadata.name)).toEqual(model.people.map((p) => p.id));
    expect(catalog.people.every((e) => e.kind === 'User')).toBe(true);
    expect(catalog.groups.map((e) => [e.metadata.name, e.spec.type])).toEqual([
      ['finance-data', 'team'],
      ['investor-relations', 'team'],
      ['rotation-platform', 'rotation'],
      ['rotation-reporting', 'rotation'],
    ]);
  });

  it("returns a pipeline's owner, tags, dependencies, links and annotations", () => {
    const profit = named('Component', 'profit');
    expect(profit.metadata.title).toBe('Profit (investors)');
    expect(profit.metadata.description).toBe('Daily profit per business unit, for the investor report.');
    expect(named('Component', 'growth').metadata.description).toBe('Growth pipeline for experiments.');
    expect(profit.metadata.tags).toEqual(['audience-investors', 'area-profit']);
    expect(profit.spec).toEqual({
      type: 'pipeline',
      lifecycle: 'production',
      owner: 'user:default/engineer-a',
      dependsOn: ['group:default/finance-data'],
      dependencyOf: ['group:default/investor-relations'],
    });
    expect(profit.metadata.annotations).toMatchObject({
      [ANNOTATIONS.runbook]: 'https://acme.github.io/runbooks/pipelines/profit/',
      [ANNOTATIONS.oncallFeed]: 'https://acme.github.io/runbooks/oncall/platform.ics',
      [ANNOTATIONS.oncallCalendar]: 'https://acme.github.io/runbooks/oncall/platform/',
      [ANNOTATIONS.rotation]: 'platform',
      [ANNOTATIONS.secondaryOwner]: 'user:default/engineer-b',
    });
    expect(profit.metadata.links).toEqual([
      { url: 'https://acme.github.io/runbooks/pipelines/profit/', title: 'Runbook', icon: 'docs', type: 'runbook' },
      { url: 'https://acme.github.io/runbooks/oncall/platform/', title: 'On-call calendar', icon: 'calendar', type: 'on-call' },
      { url: 'https://airflow.example.com/dags/profit', title: 'Airflow DAG', type: 'orchestrator' },
      { url: 'https://bi.example.com/profit', title: 'Profit dashboard', icon: 'dashboard', type: 'dashboard' },
    ]);
    expect(profit.metadata.annotations?.[ANNOTATIONS.reviewed]).toBe('2026-02-20');
    // No upstream or downstream teams: no empty relation lists.
    expect(named('Component', 'unowned').spec).not.toHaveProperty('dependsOn');
    expect(named('Component', 'unowned').spec).not.toHaveProperty('dependencyOf');
  });

  it("returns each rotation's group with its members and its ICS feed, and people as members of their rotations", () => {
    const reporting = named('Group', rotationGroupName('reporting'));
    expect(reporting.spec.members).toEqual(['user:default/engineer-c', 'user:default/engineer-d']);
    expect(reporting.metadata.annotations?.[ANNOTATIONS.oncallFeed]).toBe('https://acme.github.io/runbooks/oncall/reporting.ics');
    expect(named('User', 'engineer-c').spec.memberOf).toEqual(['group:default/rotation-platform', 'group:default/rotation-reporting']);
    expect(named('User', 'engineer-e').spec.memberOf).toEqual([]);
  });

  it("returns the members of every line-up in a rotation's group, versions included", () => {
    const reporting = model.byId.rotations.get('reporting')!;
    const versioned = { ...reporting, versions: [{ from: '2026-W20', members: ['engineer-d', 'engineer-e'] }] };
    const rotations = model.rotations.map((r) => (r.id === 'reporting' ? versioned : r));
    const withVersion = { ...model, rotations, byId: { ...model.byId, rotations: new Map(rotations.map((r) => [r.id, r])) } };
    const { groups, people } = catalogEntities(withVersion, { urls, dataDir: 'data' });
    expect(groups.find((g) => g.metadata.name === 'rotation-reporting')!.spec.members).toEqual([
      'user:default/engineer-c',
      'user:default/engineer-d',
      'user:default/engineer-e',
    ]);
    expect(people.find((p) => p.metadata.name === 'engineer-e')!.spec.memberOf).toEqual(['group:default/rotation-reporting']);
  });

  it('returns the GitHub login of a person as github.com/user-login, and none for a team handle', () => {
    expect(named('User', 'engineer-a').metadata.annotations).toEqual({ 'github.com/user-login': 'alice-a' });
    expect(named('User', 'engineer-b').metadata).not.toHaveProperty('annotations');
    expect(named('User', 'engineer-a').spec.profile).toEqual({ displayName: 'Alice Example', email: 'alice@example.com' });
  });

  it('returns only references to entities in the export', () => {
    const names = new Set(all.map((e) => stringifyEntityRef({ kind: e.kind, name: e.metadata.name })));
    const refs = all.flatMap((e) => [e.spec.owner, e.spec.dependsOn, e.spec.dependencyOf, e.spec.members, e.spec.memberOf].flat().filter((r): r is string => typeof r === 'string'));
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(names, ref).toContain(stringifyEntityRef(parseEntityRef(ref)));
  });

  it('returns an edit link to the data file when site.yaml has a repository', () => {
    const withRepo = catalogEntities({ ...model, site: { ...model.site, repository: 'https://github.com/acme/runbooks/tree/trunk' } }, { urls, dataDir: 'data' });
    expect(withRepo.pipelines.find((e) => e.metadata.name === 'profit')!.metadata.annotations?.['backstage.io/edit-url']).toBe(
      'https://github.com/acme/runbooks/edit/trunk/data/pipelines/profit.yaml',
    );
    expect(named('Component', 'profit').metadata.annotations).not.toHaveProperty('backstage.io/edit-url');
  });

  it('returns no name problems for the fixture, and one per name or tag over 63 characters', async () => {
    expect(catalogNameProblems(all)).toEqual([]);
    const long = 'a'.repeat(60);
    const group = { ...named('Group', 'rotation-platform'), metadata: { ...named('Group', 'rotation-platform').metadata, name: `rotation-${long}` } };
    const component = { ...named('Component', 'profit'), metadata: { ...named('Component', 'profit').metadata, tags: [`area-${long}`] } };
    expect(catalogNameProblems([group, component])).toEqual([
      `Group name "rotation-${long}" has 69 characters, over Backstage's 63; shorten the id it comes from`,
      `tag "area-${long}" of Component "profit" has 65 characters, over Backstage's 63; shorten the area id`,
    ]);
    // Backstage itself refuses both.
    await expect(validateEntity(group)).rejects.toThrow();
    await expect(validateEntity(component)).rejects.toThrow();
  });
});
