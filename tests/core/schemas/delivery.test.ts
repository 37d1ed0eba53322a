import { describe, expect, it } from 'vitest';
import { load, dataDir, problemsWith } from '../../helpers/data-dir.ts';

const withDelivery = (delivery: string) => ({
  'pipelines/growth.yaml': `name: Growth\narea: growth\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-a}\nsla:\n  delivery: ${delivery}\n`,
});
const delivery = (text: string) => load(dataDir(withDelivery(text))).model!.byId.pipelines.get('growth')!.sla!.delivery;

describe('sla.delivery cadences', () => {
  it('returns one shape per cadence, daily by default', () => {
    expect(delivery('{deadline: "06:00", timezone: UTC}')).toEqual({ cadence: 'daily', deadline: '06:00', timezone: 'UTC', businessDays: false });
    expect(delivery('{deadline: "06:00", timezone: UTC, businessDays: true}')).toEqual({ cadence: 'daily', deadline: '06:00', timezone: 'UTC', businessDays: true });
    expect(delivery('{cadence: hourly, minute: 15}')).toEqual({ cadence: 'hourly', minute: 15, timezone: 'UTC' });
    expect(delivery('{cadence: weekly, day: monday, deadline: "07:00", timezone: Europe/Berlin}')).toEqual({ cadence: 'weekly', day: 'monday', deadline: '07:00', timezone: 'Europe/Berlin' });
    expect(delivery('{cadence: monthly, dayOfMonth: last, deadline: "18:00", timezone: UTC}')).toEqual({ cadence: 'monthly', dayOfMonth: 'last', deadline: '18:00', timezone: 'UTC' });
  });

  it('reports a deadline on an hourly delivery, and a missing minute', () => {
    expect(problemsWith(withDelivery('{cadence: hourly, deadline: "06:00"}'))).toEqual([
      'pipelines/growth.yaml:6:3: missing required key "minute" in sla.delivery; add it: minute: 15 for an hourly delivery',
      'pipelines/growth.yaml:6:41: sla.delivery.deadline: deadline belongs to a daily or weekly or monthly delivery, not hourly; remove it (an hourly delivery takes minute: 15); got "06:00"',
    ]);
  });

  it('reports what each cadence is missing', () => {
    expect(problemsWith(withDelivery('{cadence: weekly, deadline: "07:00", timezone: UTC}'))).toEqual([
      'pipelines/growth.yaml:6:3: missing required key "day" in sla.delivery; add it: day: monday for a weekly delivery',
    ]);
    expect(problemsWith(withDelivery('{cadence: monthly, dayOfMonth: 31, deadline: "07:00", timezone: UTC}'))).toEqual([
      'pipelines/growth.yaml:6:44: sla.delivery.dayOfMonth: expected a day of the month from 1 to 28, or last; got 31',
    ]);
    expect(problemsWith(withDelivery('{cadence: daily, timezone: UTC, day: monday}'))).toEqual([
      'pipelines/growth.yaml:6:3: missing required key "deadline" in sla.delivery; add it: deadline: "06:00" for a daily delivery',
      'pipelines/growth.yaml:6:50: sla.delivery.day: day belongs to a weekly delivery, not daily; remove it (a daily delivery takes deadline: "06:00", timezone: UTC); got "monday"',
    ]);
  });
});
