import { describe, expect, it } from 'vitest';
import { problemsWith, warningsWith, yaml } from '../../helpers/data-dir.ts';

const copy = (name: string) => yaml`
  name: ${name}
  area: growth
  audience: experiments
  owners:
    primary: engineer-a
    secondary: engineer-b
`;

describe('duplicatePipelineNames', () => {
  it('returns one warning naming both files when a copied pipeline keeps the name', () => {
    const files = { 'pipelines/growth-copy.yaml': copy('Growth (experiments)') };
    expect(warningsWith(files).filter((w) => !w.includes('review'))).toEqual([
      'pipelines/growth.yaml:1:7: pipeline name "Growth (experiments)" is also the name of pipelines/growth-copy.yaml; give one of the two another name, or delete one if it is a copy',
    ]);
    expect(problemsWith(files)).toEqual([]);
  });

  it('returns the warning for names that differ only in case and spacing', () => {
    const warnings = warningsWith({ 'pipelines/growth-copy.yaml': copy('growth  (Experiments)') });
    expect(warnings.filter((w) => w.includes('is also the name of pipelines/growth-copy.yaml'))).toHaveLength(1);
  });

  it('returns no warning when the names differ', () => {
    expect(warningsWith({ 'pipelines/growth-eu.yaml': copy('Growth EU (experiments)') }).filter((w) => w.includes('is also the name'))).toEqual([]);
  });
});
