import { describe, expect, it } from 'vitest';
import { warningsWith } from '../../helpers/data-dir.ts';
import { reviewStatus } from '../../../src/core/review/status.ts';

// The valid fixture's profit.yaml is investor-facing and reviewed on 2026-02-02; everyDays defaults to 180,
// so its review falls due on Sun 1 Aug 2026 (2026-02-02 + 180 days).
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('review warnings', () => {
  it('returns no warning the day before a review is due', () => {
    expect(warningsWith({}, at('2026-07-31'))).toEqual([]);
  });

  it('returns a review-overdue warning at reviewed on the day it becomes due', () => {
    expect(warningsWith({}, at('2026-08-01'))).toEqual([
      'pipelines/profit.yaml:21:11: review overdue: last reviewed on 2026-02-02, 180 days ago (due 2026-08-01; reviews are due every 180 days, review.everyDays in site.yaml); check the runbook with its owners, then set reviewed: 2026-08-01',
    ]);
  });

  it('returns the warning earlier when site.yaml sets review.everyDays', () => {
    const site = 'title: Test runbooks\nreview:\n  everyDays: 30\nareas:\n  - {id: profit, name: Profit}\n  - {id: growth, name: Growth}\n';
    expect(warningsWith({ 'site.yaml': site }, at('2026-03-03'))).toEqual([]);
    expect(warningsWith({ 'site.yaml': site }, at('2026-03-04'))[0]).toContain('due 2026-03-04; reviews are due every 30 days');
  });

  it('counts "today" in the company time zone', () => {
    // 15:30 UTC on 31 Jul is already 00:30 on 1 Aug in Tokyo (UTC+9); 14:30 UTC is still 31 Jul there.
    const site = 'title: Test runbooks\ncalendar:\n  timezone: Asia/Tokyo\nareas:\n  - {id: profit, name: Profit}\n  - {id: growth, name: Growth}\n';
    expect(warningsWith({ 'site.yaml': site }, new Date('2026-07-31T15:30:00Z'))).toHaveLength(1);
    expect(warningsWith({ 'site.yaml': site }, new Date('2026-07-31T14:30:00Z'))).toHaveLength(0);
  });

  it('returns review-missing for an investor-facing runbook without reviewed, at audience', () => {
    const profit = 'name: Profit\narea: profit\naudience: investors\nowners: {primary: engineer-a, secondary: engineer-b}\nupstream: [finance-data]\ndownstream: [investor-relations]\ncommonIssues: [{title: Late}]\nsla: {delivery: {deadline: "06:00", timezone: UTC}, targets: [{metric: accuracy, operator: within, percent: 1}]}\n';
    expect(warningsWith({ 'pipelines/profit.yaml': profit })).toEqual([
      'pipelines/profit.yaml:3:1: this investor-facing runbook has never been reviewed; check it with its owners, then add reviewed: 2026-03-02',
    ]);
  });

  it('checks experiments pipelines only when they have reviewed', () => {
    const growth = (extra: string) => `name: Growth\narea: growth\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-a}\n${extra}`;
    expect(warningsWith({ 'pipelines/growth.yaml': growth('') }, at('2030-01-01')).filter((w) => w.startsWith('pipelines/growth'))).toEqual([]);
    expect(warningsWith({ 'pipelines/growth.yaml': growth('reviewed: 2026-01-01\n') }, at('2026-06-30'))).toEqual([
      'pipelines/growth.yaml:5:11: review overdue: last reviewed on 2026-01-01, 180 days ago (due 2026-06-30; reviews are due every 180 days, review.everyDays in site.yaml); check the runbook with its owners, then set reviewed: 2026-06-30',
    ]);
  });

  it('returns owner-contact when both owners of an investor-facing pipeline lack email and chat', () => {
    const people = 'people:\n  - {id: engineer-a, name: Engineer A}\n  - {id: engineer-b, name: Engineer B}\n  - {id: engineer-c, name: Engineer C}\n';
    expect(warningsWith({ 'people.yaml': people })).toEqual([
      'pipelines/profit.yaml:4:1: neither owner of this investor-facing pipeline (engineer-a, engineer-b) has a contact method; add an email or chat to one of them in people.yaml',
    ]);
    const oneChat = people.replace('name: Engineer A}', 'name: Engineer A, chat: "@a"}');
    expect(warningsWith({ 'people.yaml': oneChat })).toEqual([]);
  });
});

describe('reviewStatus', () => {
  const site = { review: { everyDays: 10 } };
  it('returns the due date and the state', () => {
    expect(reviewStatus({ audience: 'investors', reviewed: '2026-01-01' }, site, '2026-01-10')).toEqual({ reviewed: '2026-01-01', due: '2026-01-11', ageDays: 9, state: 'current' });
    expect(reviewStatus({ audience: 'investors', reviewed: '2026-01-01' }, site, '2026-01-11').state).toBe('overdue');
    expect(reviewStatus({ audience: 'investors' }, site, '2026-01-11').state).toBe('missing');
    expect(reviewStatus({ audience: 'experiments' }, site, '2026-01-11').state).toBe('current');
  });
});
