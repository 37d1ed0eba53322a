import { resolveNow } from '../core/now.ts';
import type { Model } from '../core/model.ts';
import { isoInZone, pagerDutyPlans, type PdSchedulePlan } from '../pager/pagerduty.ts';
import { PagerDutyClient, PagerDutyError, PAGERDUTY_API_URL } from '../pager/pagerduty-api.ts';
import { planSync, type SyncPlan, type WantedOverride } from '../pager/pagerduty-sync.ts';
import { existingDataDir, fromEnvironment, parseCli, runCli, UsageError } from './args.ts';
import { checkRotationFlag, loadModelOrReport, personLine } from './load-model.ts';
import { weeksFlag } from './range-flags.ts';
import { redactOutput } from './redact-output.ts';

const USAGE = `usage: npm run sync -- --pagerduty [--apply] [--data DIR] [--rotation ID] [--weeks N]

Brings PagerDuty's schedule overrides in line with the data: the overrides \`npm run export -- --format
pagerduty\` writes to overrides.json (overrides, holiday swaps, covers: whatever the schedule's layers
don't give), from now through --weeks. It finds each rotation's schedule by the id in its
file (pagerduty: {schedule: ID}), else by its name (as the export names it), and each person by email, then compares the overrides from now on: missing ones are
created, ones the data does not give (still running or to come) are deleted; past ones are left alone.
By default it prints the plan; --apply carries it out. Needs a PagerDuty REST API key in
$PAGERDUTY_TOKEN (read-only is enough for the plan); it is never printed. A 429 or 5xx is retried
(after Retry-After, else 1, 2, 4, 8 s). Exit 0 in line (or applied), 1 on a refusal, a person or
schedule PagerDuty does not have, or data problems, 2 on a usage error.
  --pagerduty     sync with PagerDuty (the only tool for now)
  --apply         create and delete the overrides (default: print the plan)
  --data DIR      the data directory (default: $RUNBOOKS_DATA, then data/)
  --rotation ID   only this rotation's schedule (default: all)
  --weeks N       how many weeks ahead (default: calendar.futureWeeks in site.yaml)
  $PAGERDUTY_API_URL replaces ${PAGERDUTY_API_URL} (for tests)`;

// Whatever this process prints (a library's message included), the token is not in it.
if (process.env.PAGERDUTY_TOKEN) redactOutput([process.env.PAGERDUTY_TOKEN], '[PAGERDUTY_TOKEN]');

await runCli(USAGE, async () => {
  const flags = parseCli(process.argv.slice(2), {
    pagerduty: { type: 'boolean' },
    apply: { type: 'boolean' },
    data: { type: 'string' },
    rotation: { type: 'string' },
    weeks: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!flags.pagerduty) throw new UsageError('say which tool to sync with: --pagerduty');
  const token = process.env.PAGERDUTY_TOKEN || undefined;
  if (!token) {
    throw new UsageError(
      'PAGERDUTY_TOKEN is not set; the sync compares with the schedule in PagerDuty, so it needs a REST API key (a read-only one for the plan); to see the overrides without PagerDuty, run npm run export -- --format pagerduty',
    );
  }
  const now = fromEnvironment(() => resolveNow());
  const dataDir = existingDataDir(flags.data, process.env);
  const model = loadModelOrReport(dataDir);
  if (!model) return 1;
  checkRotationFlag(model, flags.rotation);
  const weeks = weeksFlag(flags.weeks, model.site.calendar.futureWeeks);
  const plans = pagerDutyPlans(model, now, weeks, flags.rotation);
  const client = new PagerDutyClient(token, process.env.PAGERDUTY_API_URL || PAGERDUTY_API_URL);
  try {
    return await sync(model, dataDir, plans, client, now, Boolean(flags.apply));
  } catch (error) {
    if (!(error instanceof PagerDutyError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
});

async function sync(model: Model, dataDir: string, plans: readonly PdSchedulePlan[], client: PagerDutyClient, now: Date, apply: boolean): Promise<number> {
  // Everyone first, so that every missing person is named in one run.
  const people = [...new Set(plans.flatMap((p) => p.overrides.filter((o) => o.end > now).map((o) => o.person)))];
  const userIds = new Map<string, string>();
  const problems: string[] = [];
  for (const id of people) {
    const person = model.byId.people.get(id)!;
    if (!person.email) {
      problems.push(`${personLine(model, dataDir, id)}: error: ${person.name} (${id}) is on call through an override but has no email; add \`email:\` to ${id} in people.yaml (the address of their PagerDuty login)`);
      continue;
    }
    const user = await client.userByEmail(person.email);
    if (user) userIds.set(id, user.id);
    else problems.push(`${personLine(model, dataDir, id)}: error: PagerDuty has no user with the email ${person.email} (${person.name}); invite them in PagerDuty, or correct \`email:\` of ${id} in people.yaml`);
  }
  const schedules = new Map<string, string>();
  for (const plan of plans) {
    const pinned = model.byId.rotations.get(plan.rotation)!.pagerduty?.schedule;
    if (pinned) {
      schedules.set(plan.rotation, pinned);
      continue;
    }
    const found = await client.schedulesNamed(plan.name);
    if (found.length === 1) schedules.set(plan.rotation, found[0]!.id);
    else if (found.length === 0) problems.push(`error: PagerDuty has no schedule named "${plan.name}" (rotation ${plan.rotation}); create it with npm run export -- --format pagerduty and terraform apply`);
    else problems.push(`error: PagerDuty has ${found.length} schedules named "${plan.name}" (${found.map((s) => s.id).join(', ')}); rename all but the one for rotation ${plan.rotation}, or name it in rotations/${plan.rotation}.yaml: pagerduty: {schedule: ID}`);
  }
  if (problems.length) {
    process.stderr.write(problems.map((p) => `${p}\n`).join(''));
    return 1;
  }

  let creates = 0;
  let removes = 0;
  let failed = false;
  for (const plan of plans) {
    const scheduleId = schedules.get(plan.rotation)!;
    const since = isoInZone(new Date(Math.max(now.getTime(), plan.horizon.start.getTime())), plan.timeZone);
    const until = isoInZone(plan.horizon.end, plan.timeZone);
    const existing = plan.horizon.end > now ? await client.overrides(scheduleId, since, until) : [];
    const wanted: WantedOverride[] = plan.overrides.map((override) => ({ override, userId: userIds.get(override.person) ?? '' }));
    const change = planSync(wanted, existing, now);
    process.stdout.write(describe(model, plan, scheduleId, change));
    creates += change.create.length;
    removes += change.remove.length;
    if (!apply) continue;
    if (change.create.length) {
      const refused = await client.createOverrides(
        scheduleId,
        change.create.map((c) => ({ start: isoInZone(c.start, plan.timeZone), end: isoInZone(c.wanted.override.end, plan.timeZone), userId: c.wanted.userId })),
      );
      for (const [i, why] of refused) {
        failed = true;
        process.stderr.write(`error: PagerDuty refused the override ${range(change.create[i]!.start, change.create[i]!.wanted.override.end, plan.timeZone)}: ${why}\n`);
      }
      process.stdout.write(`  created ${change.create.length - refused.size}\n`);
    }
    for (const o of change.remove) {
      const how = await client.deleteOverride(scheduleId, o.id);
      process.stdout.write(`  ${how === 'truncated' ? 'ended now' : 'deleted'} ${o.id}\n`);
    }
  }
  if (!apply) {
    process.stdout.write(creates + removes ? `plan: ${creates} to create, ${removes} to delete; run with --apply to carry it out\n` : 'PagerDuty is in line with the data\n');
  }
  return failed ? 1 : 0;
}

function describe(model: Model, plan: PdSchedulePlan, scheduleId: string, change: SyncPlan): string {
  const lines = [`PagerDuty schedule "${plan.name}" (${scheduleId}), rotation ${plan.rotation}, times in ${plan.timeZone}:`];
  for (const c of change.create) {
    const person = model.byId.people.get(c.wanted.override.person)!;
    lines.push(`  + create ${range(c.start, c.wanted.override.end, plan.timeZone)}  ${person.name} <${person.email}>  ${c.wanted.override.reasons.join('; ')}`);
  }
  for (const o of change.remove) lines.push(`  - delete ${range(new Date(o.start), new Date(o.end), plan.timeZone)}  ${o.user.summary ?? o.user.id}  (${o.id}: not in the data)`);
  lines.push(`  ${change.matching} ${change.matching === 1 ? 'override already matches' : 'overrides already match'}`);
  return `${lines.join('\n')}\n`;
}

/** "2026-12-14 00:00 → 2026-12-21 00:00" in the schedule's zone. */
function range(start: Date, end: Date, timeZone: string): string {
  const local = (d: Date) => isoInZone(d, timeZone).slice(0, 16).replace('T', ' ');
  return `${local(start)} → ${local(end)}`;
}

