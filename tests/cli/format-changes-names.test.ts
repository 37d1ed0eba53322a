import { describe, expect, it } from 'vitest';
import { changesToMarkdown } from '../../src/cli/format-changes.ts';
import { compareDirs, dataPair } from '../core/changes/data-pair.ts';

const FOUR = 'members: [engineer-a, engineer-b, engineer-c, engineer-d]';

describe('changesToMarkdown: people by display name', () => {
  it('returns problems with display names and the id once where the fix is YAML, and says validate names them by id', () => {
    const { base, head } = dataPair();
    // Dropping the 2026-W53 override gives Engineer A 2026-W53 and 2027-W01 back to back.
    const rotation = head.read('rotations/data-platform.yaml');
    head.write('rotations/data-platform.yaml', `${rotation.slice(0, rotation.indexOf('overrides:'))}overrides: []\n`);

    const text = changesToMarkdown(compareDirs(base, head), { dataDir: 'data' });

    expect(text).toContain('This change introduces it. `npm run validate` gives the same list, naming people by id.\n');
    expect(text).toContain(
      '- `data/rotations/data-platform.yaml:4:1` Engineer A covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (Engineer B (engineer-b) or Engineer C (engineer-c) can take it without a back-to-back week), or mark one of the weeks agreed: true\n',
    );
    expect(text).toContain('| 2026-W53 | Mon 28 Dec 2026 – Sun 3 Jan 2027 | Engineer B | **Engineer A** | override for 2026-W53 removed |');
  });

  it('returns "the same list" alone when no problem names a person', () => {
    const { base, head } = dataPair();
    head.replace('pipelines/aggregate-profit.yaml', 'upstream: [sales-systems, finance-data]', 'upstream: [sales-systems, finance-dat]');

    const text = changesToMarkdown(compareDirs(base, head), { dataDir: 'data' });

    expect(text).toContain('This change introduces it. `npm run validate` gives the same list.\n');
    expect(text).toContain('- `data/pipelines/aggregate-profit.yaml:');
  });

  it('returns the id after a display name two people share, in the summary, the week rows and the reasons', () => {
    const { base, head } = dataPair();
    // A new engineer-e who is also called "Engineer A" joins the rotation from next week (2026-W49).
    head.replace('people.yaml', '  - id: engineer-d\n', '  - id: engineer-e\n    name: Engineer A\n    holidays: []\n  - id: engineer-d\n');
    head.replace('rotations/data-platform.yaml', FOUR, `${FOUR}\nversions:\n  - from: 2026-W49\n    members: [engineer-a, engineer-b, engineer-c, engineer-d, engineer-e]`);

    const text = changesToMarkdown(compareDirs(base, head), { dataDir: 'data' });

    expect(text).toContain('Why: rotation changed: version from 2026-W49 added: Engineer A (engineer-a), Engineer B, Engineer C, Engineer D, Engineer A (engineer-e)\n');
    expect(text).toContain('| Engineer A (engineer-a) | +8 weeks (2026-W51 … 2027-W46) | −10 weeks (2026-W49 … 2027-W45) |\n');
    expect(text).toContain('| Engineer A (engineer-e) | +10 weeks (2026-W50 … 2027-W45) | −0 |\n');
    // 2026-W50: (50-1) mod 5 = 4, engineer-e, instead of engineer-b.
    expect(text).toMatch(/^\| 2026-W50 \| [^|]+ \| Engineer B \| \*\*Engineer A \(engineer-e\)\*\* \|/m);
    expect(text).toContain('**Added** Engineer A (`engineer-e`)');
  });
});
