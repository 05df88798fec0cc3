// Structured request logs (pino through Fastify), one JSON line when a request arrives and
// one when it is answered. Nothing secret reaches them: no headers (cookies, tokens), no
// bodies, no query strings (tRPC inputs may name people), and a sponsor link's token is masked.
import type { FastifyServerOptions } from "fastify";

/** `/s/<token>` → `/s/…`; the query string is dropped. */
export function loggedPath(url: string): string {
  const path = url.split("?")[0];
  return path.replace(/^\/s\/[^/]+/, "/s/…");
}

export function requestLogOptions(level: string): NonNullable<FastifyServerOptions["logger"]> {
  return {
    level,
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        path: loggedPath(req.url),
        ip: req.ip,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
