import { readFile } from 'node:fs/promises';
import { FeedError } from './feed-events.ts';

/**
 * Where a feed comes from: a file, or a URL fetched with Node's fetch. A feed URL carries the paging
 * tool's secret token (PagerDuty's /private/<token>/feed/…, Grafana OnCall's export token), so no
 * message made here contains it: the feed is "the feed", and a failure says what went wrong, never where.
 */

/** http(s) and webcal (the subscribe link PagerDuty and Opsgenie give, which is https underneath). */
export const isFeedUrl = (value: string) => /^(https?|webcal):\/\//i.test(value.trim());

export interface FeedSource {
  readonly text: string;
  /** How messages name it: the path for a file, "the feed" for a URL. */
  readonly name: string;
}

const TIMEOUT_MS = 30_000;

/**
 * The one line a command prints for a feed it cannot read: fetch failures name "the feed" already
 * ("the feed answered HTTP 404"); a reading failure gets the file's path, or "the feed" for a URL.
 */
export function feedErrorLine(error: FeedError, value: string): string {
  const own = error.message.startsWith('the feed') || error.message.startsWith('cannot read');
  return `error: ${own ? '' : `${isFeedUrl(value) ? 'the feed' : value}: `}${error.message}\n`;
}

export async function loadFeed(value: string): Promise<FeedSource> {
  return isFeedUrl(value) ? { text: await fetchFeed(value.trim()), name: 'the feed' } : { text: await readFeedFile(value), name: value };
}

async function readFeedFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    throw new FeedError(`cannot read ${path}: ${why}; pass --ics with a feed file or its https:// address`);
  }
}

async function fetchFeed(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url.replace(/^webcal:/i, 'https:'), {
      headers: { accept: 'text/calendar, */*;q=0.5' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new FeedError(`the feed could not be fetched: ${fetchFailure(error)}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    const hint = response.status === 401 || response.status === 403 || response.status === 404 ? ' (was the feed address revoked or regenerated in the paging tool?)' : '';
    throw new FeedError(`the feed answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${hint}`);
  }
  try {
    return await response.text();
  } catch (error) {
    throw new FeedError(`the feed could not be read to the end: ${fetchFailure(error)}`);
  }
}

/** Why a fetch failed, from error codes only: undici's messages and causes may quote the host or the URL. */
function fetchFailure(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string; name?: string } };
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  const code = e.cause?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved (DNS lookup failed)',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the connection timed out',
    UND_ERR_SOCKET: 'the connection closed unexpectedly',
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
  };
  if (code && known[code]) return `${known[code]} (${code})`;
  if (code) return code;
  return e.name === 'TypeError' ? 'the address is not one fetch can request (malformed, or with a user name and password in it)' : 'the request failed';
}
