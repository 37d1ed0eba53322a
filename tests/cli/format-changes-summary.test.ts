import { describe, expect, it } from 'vitest';
import { changesToMarkdown, weekCount } from '../../src/cli/format-changes.ts';
import { fifthMemberReport } from '../core/changes/fifth-member.ts';

describe('changesToMarkdown: on-call weeks', () => {
  it('returns the reason once, one row per person with weeks gained and lost, and the weeks folded, when a version adds a fifth member', () => {
    const text = changesToMarkdown(fifthMemberReport(), { dataDir: 'data' });
    const section = text.slice(text.indexOf('#### On-call'));

    expect(section.slice(0, section.indexOf('<details>'))).toBe(
      [
        '#### On-call: Data platform on-call (`data-platform`), 39 weeks change hands',
        '',
        'Why: rotation changed: version from 2026-W49 added: Engineer A, Engineer B, Engineer C, Engineer D, Engineer E',
        '',
        '| Person | Gains | Gives up |',
        '| --- | --- | --- |',
        '| Engineer A | +8 weeks (2026-W51 … 2027-W46) | −10 weeks (2026-W49 … 2027-W45) |',
        '| Engineer B | +8 weeks (2026-W52 … 2027-W47) | −10 weeks (2026-W50 … 2027-W46) |',
        '| Engineer C | +6 weeks (2027-W08 … 2027-W38) | −10 weeks (2026-W51 … 2027-W47) |',
        '| Engineer D | +7 weeks (2026-W49 … 2027-W39) | −9 weeks (2026-W52 … 2027-W40) |',
        '| Engineer E | +10 weeks (2026-W50 … 2027-W45) | −0 |',
        '',
        '',
      ].join('\n'),
    );
    // The 39 week rows follow, folded, with a blank line after <summary> so that GitHub renders the table.
    const folded = section.slice(section.indexOf('<details>'), section.indexOf('</details>'));
    expect(folded.startsWith('<details><summary>The 39 weeks one by one</summary>\n\n| Week | Dates | Before | After | Why |\n')).toBe(true);
    expect(folded.match(/^\| 20\d\d-W\d\d \|/gm)).toHaveLength(39);
    expect(section).toContain('| 2026-W50 | Mon 7 Dec – Sun 13 Dec 2026 | Engineer B | **Engineer E** | rotation changed: version from 2026-W49 added:');
    expect(section).toMatch(/<\/details>\n\nCompared 2026-W48 through 2027-W47\.\n/);
  });
});

describe('weekCount', () => {
  it('returns the count and every week up to three, else the first and last', () => {
    expect(weekCount('+', [])).toBe('+0');
    expect(weekCount('−', ['2027-W02'])).toBe('−1 week (2027-W02)');
    expect(weekCount('+', ['2027-W02', '2027-W07', '2027-W12'])).toBe('+3 weeks (2027-W02, 2027-W07, 2027-W12)');
    expect(weekCount('+', ['2027-W02', '2027-W07', '2027-W12', '2027-W50'])).toBe('+4 weeks (2027-W02 … 2027-W50)');
  });
});
