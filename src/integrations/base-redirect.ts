import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';

/**
 * In `npm run dev -- --base /runbooks/`, "/runbooks" (the base without its slash) redirects to
 * "/runbooks/" instead of Astro's 404. Astro puts its own base check first in the stack once the
 * server is set up, so this goes in front of it when the server listens.
 */
export function redirectBareBase(server: ViteDevServer, base: string): void {
  if (base === '/') return;
  const bare = base.slice(0, -1);
  server.httpServer?.once('listening', () => {
    server.middlewares.stack.unshift({
      route: '',
      handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const [path, query] = (req.url ?? '').split(/\?(.*)/s, 2);
        if (path !== bare) return next();
        res.writeHead(301, { Location: `${base}${query ? `?${query}` : ''}` });
        res.end();
      },
    });
  });
}
