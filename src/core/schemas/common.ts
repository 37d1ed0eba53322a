import { z } from 'zod';
import { parsePhoneNumberFromString } from '../phone.ts';
import { didYouMean } from '../suggest.ts';

/**
 * What a text field holds, beyond "text", declared on the schema itself: the field tables in docs/data-format.md name
 * it ("IANA time zone", "week, YYYY-Www"), and the editor JSON Schemas carry it as `x-kind`.
 */
export type TextKind = 'id' | 'date' | 'date-time' | 'time' | 'time-zone' | 'week' | 'url' | 'phone' | 'slack-id';
export const kind = (textKind: TextKind) => ({ 'x-kind': textKind }) as const;

/** Kebab-case: lowercase letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = (what: string, example: string) =>
  z
    .string({ error: `expected ${what} id as a string, e.g. "${example}"` })
    .regex(ID_PATTERN, { error: `${what} id must be kebab-case (lowercase words joined by "-"), e.g. "${example}"` })
    .meta({ description: `${what} id, kebab-case.`, examples: [example], ...kind('id') });

/** A person id used as a reference (owners, members, override engineers). */
export const personRef = (description: string, example = 'engineer-a') =>
  id('person', example).meta({ description: `${description} A person id from people.yaml.`, examples: [example] });
/** A team id used as a reference (upstream, downstream). */
export const teamRef = (description: string, example = 'finance-data') =>
  id('team', example).meta({ description: `${description} A team id from teams.yaml.`, examples: [example] });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a YYYY-MM-DD string is not a real date: "February 2027 has 28 days". */
export function dateHint(value: string): string {
  const [y, mo] = value.split('-').map(Number) as [number, number];
  if (mo < 1 || mo > 12) return 'months run from 01 to 12';
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${MONTHS[mo - 1]} ${y} has ${days} days`;
}

export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export const isoDate = (description: string, example = '2026-12-24') =>
  z
    .string({ error: `expected a date as YYYY-MM-DD, e.g. ${example}` })
    // abort: a value that is not YYYY-MM-DD is one problem, not also "not a real date".
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `expected a date as YYYY-MM-DD, e.g. ${example}`, abort: true })
    .refine(isRealDate, { error: (iss) => `${String(iss.input)} is not a real calendar date: ${dateHint(String(iss.input))}` })
    .meta({ description, examples: [example], format: 'date', ...kind('date') });

export const time = (description: string, example: string) =>
  z
    .string({ error: `expected a time as "HH:MM" in quotes, e.g. "${example}"` })
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: `expected a time from "00:00" to "23:59", e.g. "${example}"` })
    .meta({ description, examples: [example], ...kind('time') });

/**
 * The zone's own spelling when Intl knows it ignoring case ("europe/london" → "Europe/London"), else undefined.
 * Aliases keep their name ("Etc/UTC" stays), but case is fixed: other tools (iCalendar readers) are case-sensitive.
 */
function canonicalZone(value: string): string | undefined {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  return resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
}

function timeZoneHint(value: string): string {
  const fixed = canonicalZone(value);
  if (fixed && fixed !== value) return `did you mean "${fixed}"? zone names are case-sensitive; `;
  const hint = didYouMean(value, [...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return hint ? `${hint} ` : '';
}

const zoneCache = new Map<string, boolean>();
export function isTimeZone(value: string): boolean {
  // Intl always knows "UTC" by that name. Answering without it matters: the first Intl.DateTimeFormat
  // of a process loads ICU's calendar data, a noticeable part of validating small data (docs/performance.md),
  // and data that only uses UTC needs Intl nowhere else (the engine's offsets skip UTC too).
  if (value === 'UTC') return true;
  let ok = zoneCache.get(value);
  if (ok === undefined) {
    // Offsets like "+01:00" are accepted by newer Intl versions but are not IANA zones.
    ok = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(value);
    if (ok) ok = canonicalZone(value) === value;
    zoneCache.set(value, ok);
  }
  return ok;
}

export const timezone = (description: string) =>
  z
    .string({ error: 'expected an IANA time zone, e.g. "Europe/London"' })
    .refine(isTimeZone, {
      error: (iss) => {
        const value = String(iss.input);
        return `"${value}" is not an IANA time zone; ${timeZoneHint(value)}use a name like "UTC", "Europe/London" or "America/New_York"`;
      },
    })
    .meta({ description, examples: ['UTC', 'Europe/London'], ...kind('time-zone') });

/** Links from the data end up as `href`s, so only schemes that cannot run script are allowed. */
export const safeUrl = (description: string, example: string, schemes: readonly string[] = ['https:', 'http:', 'mailto:']) =>
  z
    .string({ error: `expected a URL, e.g. "${example}"` })
    .refine(
      (value) => {
        try {
          return schemes.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      {
        error: (iss) => {
          const expected = `expected a URL starting with ${schemes.map((s) => (s === 'mailto:' ? s : `${s}//`)).join(', ')}, e.g. "${example}"`;
          // Name a refused scheme outright: "javascript:" links are the ones that matter.
          const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(String(iss.input))?.[1]?.toLowerCase();
          return scheme && !schemes.includes(`${scheme}:`) ? `"${scheme}:" links are not allowed; ${expected}` : expected;
        },
      },
    )
    .meta({ description, examples: [example], format: 'uri', ...kind('url') });

export const nonEmptyText = (what: string, description: string, example: string) =>
  z
    .string({ error: `expected ${what} as text, e.g. "${example}"` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .meta({ description, examples: [example] });

/** A GitHub login: letters, digits and single hyphens, not at either end, at most 39 characters. */
const LOGIN = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
/** `@login` or `@org/team-slug`, as CODEOWNERS takes them. */
export const GITHUB_HANDLE = new RegExp(`^@${LOGIN}(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$`);

/** Why a value is not a handle, and the handle it most likely meant. */
function githubHandleMessage(value: string): string {
  const expected = 'expected a GitHub handle, "@login" or "@org/team", e.g. "@octocat"';
  const bare = value.trim().replace(/^https:\/\/github\.com\//i, '').replace(/\/+$/, '');
  if (!bare.startsWith('@') && GITHUB_HANDLE.test(`@${bare}`)) return `${expected}; did you mean "@${bare}"? (in YAML, quote it: "@${bare}")`;
  if (/\s/.test(value)) return `${expected}; a handle has no spaces`;
  return `${expected}; logins are letters, digits and single hyphens, at most 39 characters, got "${value}"`;
}

export const githubHandle = (description: string, example: string) =>
  z
    .string({ error: `expected a GitHub handle in quotes, e.g. "${example}"` })
    .refine((value) => GITHUB_HANDLE.test(value), { error: (iss) => githubHandleMessage(String(iss.input)) })
    .meta({ description, examples: [example] });

const PHONE_FORM = 'an international number: "+", the country code and the number, in groups or not, e.g. "+49 151 1234 5678" or "+4915112345678"';

/**
 * An international phone number as people write it ("+49 151 1234 5678") or in E.164 ("+4915112345678").
 * Only "+", digits and single spaces: a national form ("0151 …"), brackets or dashes would have to be
 * guessed at when dialled from abroad. libphonenumber-js then checks that the number exists in its
 * country's plan (length, prefixes), so a missing or extra digit is caught here and not during an incident.
 */
export const phoneNumber = (description: string, example: string) =>
  z
    .string({ error: 'expected a phone number in quotes, e.g. "+49 151 1234 5678"' })
    .refine((value) => /^\+\d+(?: \d+)*$/.test(value) && parsePhoneNumberFromString(value)?.isValid() === true, {
      error: (iss) => {
        const value = String(iss.input);
        if (!value.startsWith('+')) return `"${value}" has no country code; expected ${PHONE_FORM}`;
        if (!/^\+\d+(?: \d+)*$/.test(value)) return `"${value}" may hold only "+", digits and single spaces; expected ${PHONE_FORM}`;
        return `"${value}" is not a valid number for its country code (check the digits); expected ${PHONE_FORM}`;
      },
    })
    .meta({ description, examples: [example], ...kind('phone') });

/** A Slack member id: "U" (or "W" on Enterprise Grid) and upper-case letters and digits. */
export const SLACK_MEMBER_ID = /^[UW][A-Z0-9]{6,}$/;

export const slackMemberId = (description: string, example: string) =>
  z
    .string({ error: `expected a Slack member id, e.g. "${example}"` })
    .regex(SLACK_MEMBER_ID, {
      error: () =>
        `not a Slack member id; expected "U" or "W" and upper-case letters and digits, e.g. "${example}" (in Slack: the person's profile, ⋮, Copy member ID)`,
    })
    .meta({ description, examples: [example], ...kind('slack-id') });
