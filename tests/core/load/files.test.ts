import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, load, problemsWith } from '../../helpers/data-dir.ts';

describe('loadData: the file and its name', () => {
  it('reports an empty data file, naming it', () => {
    expect(problemsWith({ 'pipelines/growth.yaml': '' })).toEqual([
      'pipelines/growth.yaml:1:1: pipelines/growth.yaml is empty; it must be a YAML mapping of keys to values',
    ]);
  });

  it('reports a data file that is not a mapping, naming it', () => {
    expect(problemsWith({ 'teams.yaml': '- finance-data\n- investor-relations\n', 'pipelines/profit.yaml': null })).toEqual([
      'teams.yaml:1:1: teams.yaml must be a YAML mapping of keys to values, but it is a list',
    ]);
  });

  it('reports a pipeline file name that is not a kebab-case id, suggesting one', () => {
    expect(problemsWith({ 'pipelines/Daily_Growth.yaml': 'name: x\n' })).toEqual([
      'pipelines/Daily_Growth.yaml:1:1: file name "Daily_Growth" is not a kebab-case id; rename the file to pipelines/daily-growth.yaml',
    ]);
  });

  it('reports a rotation file name in camelCase, suggesting the kebab-case one', () => {
    expect(problemsWith({ 'rotations/weekendOnCall.yaml': 'name: x\n' })).toEqual([
      'rotations/weekendOnCall.yaml:1:1: file name "weekendOnCall" is not a kebab-case id; rename the file to rotations/weekend-on-call.yaml',
    ]);
  });

  it('reports the .yml extension', () => {
    expect(problemsWith({ 'pipelines/extra.yml': 'name: x\n' })).toEqual([
      'pipelines/extra.yml:1:1: use the .yaml extension; rename pipelines/extra.yml to pipelines/extra.yaml',
    ]);
  });

  it('returns one problem saying which to delete when x.yml and x.yaml differ', () => {
    expect(problemsWith({ 'pipelines/growth.yml': 'name: Growth, edited\n' })).toEqual([
      'pipelines/growth.yml:1:1: pipelines/growth.yml and pipelines/growth.yaml both exist, and only the .yaml one is read; move what pipelines/growth.yml adds into pipelines/growth.yaml, then delete pipelines/growth.yml',
    ]);
  });

  it('returns one problem saying the folder is flat and where each file goes when pipelines/ has a subfolder', () => {
    const files: Record<string, string> = {};
    for (const id of ['a', 'b', 'c', 'd']) files[`pipelines/growth/growth-${id}.yaml`] = 'name: x\n';
    files['pipelines/growth/growth.yaml'] = 'name: x\n';
    expect(problemsWith(files)).toEqual([
      "pipelines/growth:1:1: pipelines/growth/ is a folder, but pipelines/ is flat: files in a subfolder are not read; move pipelines/growth/growth-a.yaml to pipelines/growth-a.yaml, pipelines/growth/growth-b.yaml to pipelines/growth-b.yaml, pipelines/growth/growth-c.yaml to pipelines/growth-c.yaml, and 2 more (pipelines/growth.yaml already exists: delete the subfolder's copy if it is the same, else rename it), then delete the folder; a pipeline's area comes from its area: key, not from a folder",
    ]);
  });

  it('returns one problem saying to delete an empty subfolder of rotations/', () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'rotations/old'));
    expect(load(dir).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'rotations/old:1:1: rotations/old/ is a folder, but rotations/ is flat: files in a subfolder are not read; it is empty: delete it',
    ]);
  });

  it('reports a file in pipelines/ that is not YAML', () => {
    expect(problemsWith({ 'pipelines/notes.txt': 'x' })).toEqual([
      'pipelines/notes.txt:1:1: unexpected file in pipelines/; only <id>.yaml files and <id>.md runbooks belong here, move or delete it',
    ]);
  });

  it('reports a misspelt folder instead of silently ignoring the pipelines in it', () => {
    expect(problemsWith({ 'pipeline/extra.yaml': 'name: x\n' })).toEqual([
      'pipeline:1:1: unexpected entry in the data directory; did you mean "pipelines"? rename it',
    ]);
  });

  it('reports a misspelt top-level file', () => {
    expect(problemsWith({ 'team.yaml': 'teams: []\n' })).toEqual(['team.yaml:1:1: unexpected file in the data directory; did you mean "teams.yaml"? rename it']);
  });

  it('reports any other file in the data directory, listing what belongs there', () => {
    expect(problemsWith({ 'notes.md': '# notes' })).toEqual([
      'notes.md:1:1: unexpected file in the data directory; only site.yaml, people.yaml, teams.yaml, rotations/ and pipelines/ belong here, move or delete it',
    ]);
  });

  it('reports a missing site.yaml', () => {
    expect(problemsWith({ 'site.yaml': null })).toEqual(['site.yaml:1:1: site.yaml is missing; every data directory needs one']);
  });

  it('reports a data file that cannot be read, such as a directory named site.yaml', () => {
    expect(problemsWith({ 'site.yaml': null, 'site.yaml/title.txt': 'x' })).toEqual([
      'site.yaml:1:1: site.yaml cannot be read: it is a directory, not a file; it must be a YAML file',
    ]);
  });

  it('ignores hidden files and a README', () => {
    expect(problemsWith({ '.DS_Store': 'x', 'README.md': '# Data', 'pipelines/.gitkeep': '' })).toEqual([]);
  });
});
