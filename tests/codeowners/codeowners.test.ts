import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Codeowners from 'codeowners';
import { describe, expect, it } from 'vitest';
import { CODEOWNERS_HEADER, renderCodeowners } from '../../src/codeowners/codeowners.ts';
import type { Model } from '../../src/core/model.ts';
import { INTEGRATIONS_FIXTURE, modelOf } from '../helpers/data-dir.ts';

const model = modelOf(INTEGRATIONS_FIXTURE);
const handleOf = (m: Model, id: string) => m.byId.people.get(id)!.github;

/** Writes `text` as a repository's .github/CODEOWNERS and reads it back with the `codeowners` library. */
function parsed(text: string): InstanceType<typeof Codeowners> {
  const repo = mkdtempSync(join(tmpdir(), 'runbooks-codeowners-'));
  try {
    mkdirSync(join(repo, '.github'));
    writeFileSync(join(repo, '.github', 'CODEOWNERS'), text);
    return new Codeowners(repo); // reads the file here, once
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

describe('renderCodeowners', () => {
  const text = renderCodeowners(model, { dataPath: 'data' });
  const owners = parsed(text);

  it("returns exactly each pipeline's owners' handles for its YAML file, as GitHub resolves them", () => {
    for (const p of model.pipelines) {
      const expected = [p.owners.primary, p.owners.secondary].map((id) => handleOf(model, id)).filter((h) => h !== undefined);
      const resolved = owners.getOwner(`data/${p.file}`);
      // A pipeline without any handle falls back to the maintainers of data/pipelines/, see below.
      if (expected.length > 0) expect(resolved, p.id).toEqual(expected);
    }
    expect(owners.getOwner('data/pipelines/profit.yaml')).toEqual(['@alice-a', '@acme/data-platform']);
    expect(owners.getOwner('data/pipelines/half-owned.yaml')).toEqual(['@carol-c']);
  });

  it('returns the same owners for a pipeline\'s .md file when it exists, and none of its own otherwise', () => {
    expect(owners.getOwner('data/pipelines/profit.md')).toEqual(['@alice-a', '@acme/data-platform']);
    expect(text).not.toContain('growth.md');
  });

  it('returns the maintainers with a handle for the shared files, and for pipeline files not listed', () => {
    for (const file of ['data/site.yaml', 'data/people.yaml', 'data/teams.yaml', 'data/rotations/platform.yaml', 'data/rotations/new.yaml']) {
      expect(owners.getOwner(file), file).toEqual(['@alice-a']);
    }
    expect(owners.getOwner('data/pipelines/new-pipeline.yaml')).toEqual(['@alice-a']);
    expect(owners.getOwner('data/pipelines/unowned.yaml')).toEqual(['@alice-a']);
    expect(owners.getOwner('src/cli/codeowners.ts')).toEqual([]);
  });

  it('lists a file whose owners have no handle as a comment that says why, instead of dropping it', () => {
    expect(text).toContain('# /data/pipelines/unowned.yaml has no owner with a handle (owners of unowned): no github handle for engineer-d, engineer-e in people.yaml\n');
    expect(text).toContain('# owners of half-owned: no github handle for engineer-d in people.yaml\n/data/pipelines/half-owned.yaml @carol-c\n');
    expect(text).toContain('# site.yaml maintainers: no github handle for engineer-d in people.yaml\n/data/site.yaml @alice-a\n');
  });

  it('says so when site.yaml lists no maintainers', () => {
    const bare = renderCodeowners({ ...model, site: { ...model.site, maintainers: [] } }, { dataPath: 'data' });
    expect(bare).toContain('# /data/people.yaml has no owner with a handle (site.yaml maintainers): site.yaml lists no maintainers\n');
  });

  it('returns a generated header, then lines sorted by path, and the same bytes every time', () => {
    expect(text.startsWith(`${CODEOWNERS_HEADER.join('\n')}\n\n`)).toBe(true);
    const paths = text
      .split('\n')
      .filter((l) => l.startsWith('/') || /^# \/\S+ has no owner/.test(l))
      .map((l) => /\/\S+/.exec(l)![0]);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(5 + 4 + 1); // shared files, pipelines, profit.md
    const reversed = { ...model, pipelines: [...model.pipelines].reverse() };
    expect(renderCodeowners(reversed, { dataPath: 'data' })).toBe(text);
  });

  it('returns patterns under the data directory as given from the repository root', () => {
    const nested = renderCodeowners(model, { dataPath: './ops/runbooks/' });
    expect(nested).toContain('/ops/runbooks/pipelines/profit.yaml @alice-a @acme/data-platform\n');
    expect(parsed(nested).getOwner('ops/runbooks/pipelines/profit.yaml')).toEqual(['@alice-a', '@acme/data-platform']);
    expect(parsed(nested).getOwner('data/pipelines/profit.yaml')).toEqual([]);
  });
});
