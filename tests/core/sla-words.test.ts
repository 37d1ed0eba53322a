import { describe, expect, it } from 'vitest';
import { deliveryInWords, targetInWords } from '../../src/core/sla-words.ts';

describe('deliveryInWords', () => {
  it('returns "Daily by HH:MM ZONE"', () => {
    expect(deliveryInWords({ cadence: 'daily', deadline: '06:00', timezone: 'UTC', businessDays: false })).toBe('Daily by 06:00 UTC');
    expect(deliveryInWords({ cadence: 'daily', deadline: '09:30', timezone: 'Europe/London', businessDays: false })).toBe('Daily by 09:30 Europe/London');
  });
});

describe('targetInWords', () => {
  it.each([
    [{ metric: 'accuracy', operator: 'within', percent: 1, reference: 'Finance DB' }, 'Accuracy within 1% of Finance DB'],
    [{ metric: 'completeness', operator: '>', percent: 98 }, 'Completeness > 98%'],
    [{ metric: 'event ingestion', operator: '>=', percent: 99.5 }, 'Event ingestion ≥ 99.5%'],
    [{ metric: 'late rows', operator: '<=', percent: 0.1 }, 'Late rows ≤ 0.1%'],
    [{ metric: 'duplicates', operator: '<', percent: 2, reference: 'the raw feed' }, 'Duplicates < 2% of the raw feed'],
  ] as const)('returns words for %o', (target, words) => {
    expect(targetInWords(target)).toBe(words);
  });
});

describe('deliveryInWords: every cadence', () => {
  it('returns hourly, daily, business days, weekly and monthly deliveries in words', () => {
    expect(deliveryInWords({ cadence: 'hourly', minute: 15, timezone: 'UTC' })).toBe('Hourly, by :15 past each hour');
    expect(deliveryInWords({ cadence: 'hourly', minute: 5, timezone: 'Asia/Kolkata' })).toBe('Hourly, by :05 past each hour (Asia/Kolkata)');
    expect(deliveryInWords({ cadence: 'daily', deadline: '06:00', timezone: 'UTC', businessDays: true })).toBe('Daily, Monday to Friday, by 06:00 UTC');
    expect(deliveryInWords({ cadence: 'weekly', day: 'monday', deadline: '07:00', timezone: 'UTC' })).toBe('Weekly, Mondays by 07:00 UTC');
    expect(deliveryInWords({ cadence: 'monthly', dayOfMonth: 1, deadline: '09:00', timezone: 'Europe/London' })).toBe('Monthly, on the 1st by 09:00 Europe/London');
    expect(deliveryInWords({ cadence: 'monthly', dayOfMonth: 22, deadline: '09:00', timezone: 'UTC' })).toBe('Monthly, on the 22nd by 09:00 UTC');
    expect(deliveryInWords({ cadence: 'monthly', dayOfMonth: 'last', deadline: '18:00', timezone: 'UTC' })).toBe('Monthly, on the last day by 18:00 UTC');
  });
});
