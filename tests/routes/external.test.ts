import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/routes/external.ts';

describe('editUrl', () => {
  it('returns the GitHub edit URL of the data file on main', () => {
    expect(editUrl('https://github.com/acme/runbooks', 'data', 'pipelines/aggregate-profit.yaml')).toBe(
      'https://github.com/acme/runbooks/edit/main/data/pipelines/aggregate-profit.yaml',
    );
  });

  it('uses the branch of a /tree/<branch> repository URL and a nested data directory', () => {
    expect(editUrl('https://github.com/acme/runbooks/tree/trunk/', 'ops/data/', 'people.yaml')).toBe('https://github.com/acme/runbooks/edit/trunk/ops/data/people.yaml');
  });

  it('makes an absolute data directory relative to the working directory', () => {
    expect(editUrl('https://github.com/acme/runbooks', '/repo/data', 'site.yaml', '/repo')).toBe('https://github.com/acme/runbooks/edit/main/data/site.yaml');
  });

  it('returns undefined without a repository', () => {
    expect(editUrl(undefined, 'data', 'site.yaml')).toBeUndefined();
  });
});
