import { describe, expect, it } from 'vitest';
import { reasonBadge } from '../../src/site/words.ts';

describe('reasonBadge', () => {
  it('returns no badge for the plain rotation and a labelled one for overrides and swaps', () => {
    expect(reasonBadge({ reason: 'rotation', agreed: false })).toBeUndefined();
    expect(reasonBadge({ reason: 'override', agreed: false })).toEqual({ label: 'Override', className: 'badge override' });
    expect(reasonBadge({ reason: 'override', agreed: true })).toEqual({ label: 'Override, agreed', className: 'badge override' });
    expect(reasonBadge({ reason: 'holiday-swap', agreed: false })).toEqual({ label: 'Holiday swap', className: 'badge swap' });
  });
});
