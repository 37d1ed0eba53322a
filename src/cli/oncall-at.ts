import { formatWallClock } from '../core/format-dates.ts';
import type { Model } from '../core/model.ts';
import { onCallAt, pipelineOnCallAt, type OnCall } from '../core/schedules.ts';
import { rfc3339 } from '../feeds/oncall-json.ts';
import { didYouMean } from '../core/suggest.ts';
import { namesOf } from '../core/rules/names.ts';
import { UsageError } from './args.ts';
import { alignTable } from './format-oncall.ts';

/** An instant with its zone said outright: `2026-12-09T19:00Z`, `2026-12-09T19:00:30+01:00`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** `--at`, checked: an ISO 8601 instant with `Z` or an offset, since a bare local time would depend on the machine's zone. */
export function atFlag(value: string): Date {
  const at = new Date(value);
  if (!INSTANT.test(value) || Number.isNaN(at.getTime())) {
    const bare = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(value) ? `; add Z for UTC or an offset, e.g. "${value}Z" or "${value}+01:00"` : '';
    throw new UsageError(`--at must be an instant as YYYY-MM-DDTHH:MM with Z or an offset, e.g. 2026-12-09T19:00Z, got "${value}"${bare}`);
  }
  return at;
}

/** `--pipeline ID` checked against the data: an unknown id is a usage error that suggests the closest. */
export function checkPipelineFlag(model: Model, pipeline: string): void {
  if (model.byId.pipelines.has(pipeline)) return;
  const known = [...model.byId.pipelines.keys()];
  const hint = didYouMean(pipeline, known);
  throw new UsageError(`unknown pipeline "${pipeline}"${hint ? `; ${hint}` : ''}`);
}

/** One rotation's answer: who, or nobody (outside its hours or before its start). */
interface AtRow {
  readonly rotation: string;
  readonly onCall?: OnCall;
}

export interface OncallAtJson {
  readonly at: string;
  readonly rotations: readonly OncallAtJsonEntry[];
  /** With --pipeline: the first of its layers with someone on call; null when none has. */
  readonly pipeline?: { readonly id: string; readonly layer: number | null; readonly onCall: OncallAtJsonEntry | null };
}

export interface OncallAtJsonEntry {
  readonly rotation: string;
  /** null when nobody is on call in the rotation then. */
  readonly engineer: string | null;
  readonly week?: string;
  readonly reason?: string;
  readonly note?: string;
  /** The shift holding the instant, RFC 3339 UTC. */
  readonly start?: string;
  readonly end?: string;
}

const entryJson = ({ rotation, onCall }: AtRow): OncallAtJsonEntry =>
  onCall
    ? {
        rotation,
        engineer: onCall.shift.engineer,
        week: onCall.week.week,
        reason: onCall.shift.reason,
        ...(onCall.shift.note !== undefined ? { note: onCall.shift.note } : {}),
        start: rfc3339(onCall.shift.start),
        end: rfc3339(onCall.shift.end),
      }
    : { rotation, engineer: null };

/**
 * Who is on call at `at`: in each rotation (or `rotation` alone), and with `pipeline`, for that pipeline
 * through its layers, whose rotations are then the ones listed.
 */
export function renderOncallAt(model: Model, at: Date, format: 'text' | 'json', options: { rotation?: string; pipeline?: string }): string {
  const pipeline = options.pipeline !== undefined ? model.byId.pipelines.get(options.pipeline)! : undefined;
  const ids = pipeline ? pipeline.rotations : options.rotation !== undefined ? [options.rotation] : model.rotations.map((r) => r.id);
  const found = new Map(onCallAt(model, at, new Set(ids)).map((o) => [o.rotation, o]));
  const rows: AtRow[] = ids.map((rotation) => ({ rotation, onCall: found.get(rotation) }));
  const through = pipeline ? pipelineOnCallAt(model, pipeline.id, at) : undefined;

  if (format === 'json') {
    const json: OncallAtJson = {
      at: rfc3339(at),
      rotations: rows.map(entryJson),
      ...(pipeline
        ? { pipeline: { id: pipeline.id, layer: through?.layer ?? null, onCall: through ? entryJson({ rotation: through.rotation, onCall: through }) : null } }
        : {}),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
  }

  // For people, by display name; the JSON above keeps ids for scripts.
  const name = namesOf(model.people).person;
  const tz = model.site.calendar.timezone;
  const local = (d: Date) => `${formatWallClock(d, tz)} ${tz}`;
  const why = (o: OnCall) => (o.shift.reason === 'cover' ? `cover: ${o.shift.note}` : o.shift.reason);
  const out = [`On call at ${rfc3339(at)} (${local(at)}):`, ''];
  if (pipeline) {
    if (pipeline.rotations.length === 0) out.push(`${pipeline.name} (${pipeline.id}): no rotation`);
    else if (!through) out.push(`${pipeline.name} (${pipeline.id}): nobody; none of its rotations (${pipeline.rotations.join(', ')}) covers this moment`);
    else {
      const layer = pipeline.rotations.length > 1 ? `, layer ${through.layer + 1} of ${pipeline.rotations.length}` : '';
      out.push(`${pipeline.name} (${pipeline.id}): ${name(through.shift.engineer)} through ${through.rotation}${layer}, until ${local(through.shift.end)}`);
    }
    out.push('');
  }
  if (rows.length === 0) return `${[...out, 'No rotations.'].join('\n')}\n`;
  out.push(
    ...alignTable([
      ['ROTATION', 'ON CALL', 'WHY', `UNTIL (${tz})`],
      ...rows.map(({ rotation, onCall }) =>
        onCall ? [rotation, name(onCall.shift.engineer), why(onCall), formatWallClock(onCall.shift.end, tz)] : [rotation, 'nobody', 'outside its hours or weeks', ''],
      ),
    ]),
  );
  return `${out.join('\n')}\n`;
}
