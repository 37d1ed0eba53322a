// Vocabulary for synthetic organisations: plausible enough that the site reads like a real one.

export const FIRST_NAMES = [
  'Ada', 'Ben', 'Chiara', 'Dev', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Lars', 'Maya', 'Nikhil',
  'Olga', 'Pablo', 'Qian', 'Rosa', 'Sami', 'Tara', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Amara', 'Bruno',
  'Chen', 'Dana', 'Emil', 'Fatima', 'Gustav', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lena', 'Mateo', 'Noor',
] as const;

export const LAST_NAMES = [
  'Okafor', 'Lindqvist', 'Moreau', 'Patel', 'Yilmaz', 'Haddad', 'Kowalski', 'Tanaka', 'Silva', 'Becker', 'Adeyemi',
  'Nilsen', 'Cohen', 'Rao', 'Ivanova', 'Garcia', 'Zhang', 'Rossi', 'Khan', 'Murphy', 'Novak', 'Santos', 'Kim', 'Weber',
  'Mensah', 'Dubois', 'Costa', 'Schmidt', 'Ahmed', 'Larsen', 'Fischer', 'Popescu', 'Nakamura', 'Oliveira', 'Jensen',
  'Horvat', 'Bianchi', 'Mendes', 'Walsh', 'Sato',
] as const;

export const TIMEZONES = ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata'] as const;

export const AREAS = [
  { id: 'profit', name: 'Profit' },
  { id: 'growth', name: 'Growth' },
  { id: 'engagement', name: 'Engagement' },
  { id: 'marketing', name: 'Marketing' },
  { id: 'operations', name: 'Operations' },
  { id: 'risk', name: 'Risk' },
] as const;

/** What a pipeline measures, per area. */
export const SUBJECTS: Record<string, readonly string[]> = {
  profit: ['profit', 'revenue', 'margin', 'cost', 'refunds', 'invoices', 'payouts', 'tax'],
  growth: ['growth', 'signups', 'churn', 'retention', 'subscriptions', 'trials', 'referrals', 'activation'],
  engagement: ['engagement', 'sessions', 'clicks', 'searches', 'notifications', 'watch-time', 'shares', 'ratings'],
  marketing: ['campaigns', 'attribution', 'spend', 'leads', 'conversions', 'impressions', 'coupons', 'affiliates'],
  operations: ['orders', 'shipments', 'inventory', 'returns', 'tickets', 'deliveries', 'suppliers', 'warehouses'],
  risk: ['fraud', 'chargebacks', 'disputes', 'exposure', 'limits', 'defaults', 'alerts', 'sanctions'],
};

export const GRAINS = ['aggregate', 'daily', 'hourly', 'weekly', 'unit-level', 'monthly', 'regional', 'cohort'] as const;

export const TEAM_DOMAINS = [
  'finance', 'sales', 'customer', 'subscription', 'application', 'payments', 'marketing', 'logistics', 'identity', 'search',
  'mobile', 'web', 'billing', 'risk', 'support', 'partner', 'catalog', 'pricing', 'ads', 'messaging',
] as const;

export const TEAM_FUNCTIONS = ['data', 'systems', 'platform', 'services', 'reporting', 'analytics', 'engineering', 'operations', 'logging', 'insights'] as const;

export const ROTATION_NAMES = [
  'data-platform', 'ingestion', 'finance-analytics', 'growth-analytics', 'product-data', 'marketing-data', 'risk-data',
  'operations-data', 'experimentation', 'warehouse', 'streaming', 'reporting',
] as const;

export const METRICS = [
  { metric: 'accuracy', operator: 'within', percent: 1, reference: 'Finance DB' },
  { metric: 'accuracy', operator: 'within', percent: 0.5, reference: 'the billing ledger' },
  { metric: 'completeness', operator: '>', percent: 98 },
  { metric: 'completeness', operator: '>=', percent: 99.5 },
  { metric: 'event ingestion', operator: '>', percent: 99 },
  { metric: 'duplicate rows', operator: '<', percent: 0.1 },
  { metric: 'late records', operator: '<=', percent: 2 },
  { metric: 'row count', operator: 'within', percent: 5, reference: 'the source system' },
] as const;

/** Common issues; `{up}` is an upstream team's name, `{down}` a downstream team's. */
export const ISSUES = [
  {
    title: 'Delay in the {up} sync',
    symptoms: 'The dashboard shows yesterday as partial and the freshness check is red.',
    checks: 'Compare the last load time with the {up} export schedule.',
    fix: 'Ask {up} whether the export ran, then re-run the sync task once it lands.',
  },
  {
    title: 'Mismatched ids across systems',
    symptoms: 'Joins drop rows and totals are lower than in the source.',
    checks: 'Count unmatched ids per source in the reconciliation table.',
    fix: 'Refresh the id mapping table and backfill the affected days.',
  },
  {
    title: 'Schema drift in source events',
    symptoms: 'The load fails with an unknown column or a type error.',
    checks: 'Diff the latest event schema against the contract.',
    fix: 'Agree the change with {up}, update the contract and re-run.',
  },
  {
    title: 'Duplicate records after a retry',
    symptoms: 'Totals jump on one day and the duplicate check fails.',
    checks: 'Look for two loads with the same batch id.',
    fix: 'Delete the later batch and re-run the aggregation.',
  },
  {
    title: 'Late-arriving data from {up}',
    symptoms: 'Numbers for the last day keep changing after delivery.',
    checks: 'Check the arrival lag histogram for the last seven days.',
    fix: 'Hold delivery until the lag is under an hour and tell {down}.',
  },
  {
    title: 'Currency conversion rates missing',
    symptoms: 'Converted amounts are null for some markets.',
    checks: 'Check that the rates table has a row for every currency today.',
    fix: 'Load the rates manually from the treasury feed and re-run.',
  },
  {
    title: 'Warehouse quota exceeded',
    symptoms: 'Queries are queued or cancelled near the deadline.',
    checks: 'Look at the slot usage graph for the morning batch.',
    fix: 'Move the job to the reserved pool and warn {down} about the delay.',
  },
] as const;
