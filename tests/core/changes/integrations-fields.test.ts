import { describe, expect, it } from 'vitest';
import { compareDirs, dataPair } from './data-pair.ts';

describe('compareData: the fields CODEOWNERS reads', () => {
  it('reports a GitHub handle given to a person', () => {
    const { base, head } = dataPair();
    head.replace('people.yaml', '    name: Engineer C\n', '    name: Engineer C\n    github: "@engineer-c"\n');
    expect(compareDirs(base, head).people.changed).toEqual([
      { id: 'engineer-c', name: 'Engineer C', file: 'people.yaml', changes: [{ kind: 'added', key: 'github', field: 'GitHub handle', value: '@engineer-c' }] },
    ]);
  });

  it('reports maintainers added and removed in site.yaml, by display name', () => {
    const { base, head } = dataPair();
    base.replace('site.yaml', 'title: Team Runbooks (test fixture)\n', 'title: Team Runbooks (test fixture)\nmaintainers: [engineer-a]\n');
    head.replace('site.yaml', 'title: Team Runbooks (test fixture)\n', 'title: Team Runbooks (test fixture)\nmaintainers: [engineer-b]\n');
    expect(compareDirs(base, head).site).toEqual([
      { kind: 'added', key: 'maintainers', field: 'maintainer', value: 'Engineer B' },
      { kind: 'removed', key: 'maintainers', field: 'maintainer', value: 'Engineer A' },
    ]);
  });
});
