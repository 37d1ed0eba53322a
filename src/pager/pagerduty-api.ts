/**
 * The few PagerDuty REST API v2 calls the sync makes, with retries: a 429 or a 5xx (or a network
 * error) is tried again after `Retry-After` when PagerDuty sends one, else after 1, 2, 4, 8 s; at most
 * 5 attempts, and never a wait over a minute. The token goes only into the Authorization header: no
 * message built here contains it, nor the request.
 */

export const PAGERDUTY_API_URL = 'https://api.pagerduty.com';

const ATTEMPTS = 5;
const MAX_WAIT_MS = 60_000;
const TIMEOUT_MS = 30_000;

export class PagerDutyError extends Error {}

export interface PdUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

export interface PdSchedule {
  readonly id: string;
  readonly name: string;
}

export interface PdExistingOverride {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly user: { readonly id: string; readonly summary?: string };
}

export interface PdNewOverride {
  readonly start: string;
  readonly end: string;
  readonly userId: string;
}

type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class PagerDutyClient {
  private readonly base: string;

  constructor(
    private readonly token: string,
    baseUrl: string = PAGERDUTY_API_URL,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.base = baseUrl.replace(/\/+$/, '');
  }

  /** The user whose login email is `email` (case-insensitive), or undefined. */
  async userByEmail(email: string): Promise<PdUser | undefined> {
    const users = await this.list<PdUser>('/users', { query: email }, 'users');
    return users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  }

  /** Schedules named exactly `name` (PagerDuty's query matches parts of names too). */
  async schedulesNamed(name: string): Promise<PdSchedule[]> {
    const schedules = await this.list<PdSchedule>('/schedules', { query: name }, 'schedules');
    return schedules.filter((s) => s.name === name);
  }

  /** Overrides overlapping [since, until), with their whole range (overflow). */
  async overrides(scheduleId: string, since: string, until: string): Promise<PdExistingOverride[]> {
    const body = (await this.call('GET', `/schedules/${encodeURIComponent(scheduleId)}/overrides`, { since, until, overflow: 'true' })) as {
      overrides?: PdExistingOverride[];
    };
    return body.overrides ?? [];
  }

  /** Creates overrides in one request; returns the error of each that PagerDuty refused (by index). */
  async createOverrides(scheduleId: string, overrides: readonly PdNewOverride[]): Promise<Map<number, string>> {
    const body = {
      overrides: overrides.map((o) => ({ start: o.start, end: o.end, user: { id: o.userId, type: 'user_reference' } })),
    };
    const result = (await this.call('POST', `/schedules/${encodeURIComponent(scheduleId)}/overrides`, {}, body)) as {
      status?: number;
      errors?: string[];
    }[];
    const refused = new Map<number, string>();
    (Array.isArray(result) ? result : []).forEach((r, i) => {
      if (r.status !== undefined && r.status !== 201) refused.set(i, `HTTP ${r.status}${r.errors?.length ? `: ${r.errors.join('; ')}` : ''}`);
    });
    return refused;
  }

  /** Deletes an override; one that has started is cut short at now (PagerDuty answers 200 then). */
  async deleteOverride(scheduleId: string, overrideId: string): Promise<'deleted' | 'truncated'> {
    const status = await this.call('DELETE', `/schedules/${encodeURIComponent(scheduleId)}/overrides/${encodeURIComponent(overrideId)}`, {}, undefined, true);
    return status === 200 ? 'truncated' : 'deleted';
  }

  private async list<T>(path: string, query: Record<string, string>, key: string): Promise<T[]> {
    const out: T[] = [];
    for (let offset = 0; ; ) {
      const page = (await this.call('GET', path, { ...query, limit: '100', offset: String(offset) })) as Record<string, unknown> & { more?: boolean };
      const items = (page[key] as T[] | undefined) ?? [];
      out.push(...items);
      if (!page.more || items.length === 0) return out;
      offset += items.length;
    }
  }

  private async call(method: string, path: string, query: Record<string, string>, body?: unknown, statusOnly = false): Promise<unknown> {
    const url = `${this.base}${path}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`;
    const what = `${method} ${path}`;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            Authorization: `Token token=${this.token}`,
            Accept: 'application/vnd.pagerduty+json;version=2',
            'Content-Type': 'application/json',
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        const cause = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
        if (attempt < ATTEMPTS) {
          await this.sleep(backoff(attempt));
          continue;
        }
        throw new PagerDutyError(`could not reach PagerDuty for ${what}: ${cause} (after ${ATTEMPTS} attempts); check the network and PAGERDUTY_API_URL`);
      }
      if (response.status === 429 || response.status >= 500) {
        const wait = retryAfter(response.headers.get('retry-after')) ?? backoff(attempt);
        if (attempt < ATTEMPTS && wait <= MAX_WAIT_MS) {
          await response.body?.cancel();
          await this.sleep(wait);
          continue;
        }
        throw new PagerDutyError(`PagerDuty answered ${what} with HTTP ${response.status}${await reason(response)} (after ${attempt} attempts); try again later`);
      }
      if (!response.ok) throw new PagerDutyError(`PagerDuty refused ${what}: HTTP ${response.status}${await reason(response)}${advice(response.status)}`);
      if (statusOnly) {
        await response.body?.cancel();
        return response.status;
      }
      const text = await response.text();
      try {
        return text ? JSON.parse(text) : {};
      } catch {
        throw new PagerDutyError(`PagerDuty answered ${what} with something that is not JSON; check PAGERDUTY_API_URL`);
      }
    }
  }
}

/** 1, 2, 4, 8 s. */
const backoff = (attempt: number) => 1000 * 2 ** (attempt - 1);

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** PagerDuty's own words about a refusal ({error: {message, errors}}), short. */
async function reason(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string; errors?: string[] } };
    const words = [body.error?.message, ...(body.error?.errors ?? [])].filter(Boolean).join('; ');
    return words ? `: ${words.slice(0, 300)}` : '';
  } catch {
    return '';
  }
}

function advice(status: number): string {
  if (status === 401) return '; PAGERDUTY_TOKEN must be a current REST API key (Integrations, API Access Keys)';
  if (status === 403) return '; the key may not do this: --apply needs a key that is not read-only';
  if (status === 404) return '; check the schedule id (pagerduty.schedule in the rotation file) and PAGERDUTY_API_URL';
  return '';
}
