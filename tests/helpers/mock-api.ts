import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

/** A request as the mock received it. */
export interface MockRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface MockReply {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  /** Sent as JSON unless a string. */
  readonly body?: unknown;
}

/**
 * An HTTP API on 127.0.0.1 for a CLI under test: each request is recorded, then answered by `handle`
 * (which checks what it must and says what to answer). Closed when the test ends.
 */
export async function mockApi(handle: (request: MockRequest, index: number) => MockReply): Promise<{ url: string; requests: MockRequest[] }> {
  const requests: MockRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(request);
      let reply: MockReply;
      try {
        reply = handle(request, requests.length - 1);
      } catch (error) {
        reply = { status: 599, body: { mock: `unexpected request: ${(error as Error).message}` } };
      }
      const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
