// Writes come only from our own pages or from scripts. Every request that may change
// something (any method but GET, HEAD and OPTIONS, whatever its path: the router decodes
// `/%74rpc/…` to `/trpc/…`, so the path is no guide) with a foreign Origin gets 403. An
// Origin is ours when it is PUBLIC_URL's, or when its host is the request's and its scheme
// the one the request came in by (X-Forwarded-Proto counts only with TRUST_PROXY=on).
// Scripts send no Origin. tRPC mutations must also be JSON: a form or text/plain post (the
// classic CSRF vectors) gets 415.
import type { FastifyReply, FastifyRequest } from "fastify";
import { forbidden } from "../domain/errors";
import { sendError } from "./errorReply";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function trpcError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply
    .code(status)
    .header("cache-control", "no-store")
    .send({ error: { message, code: status === 415 ? -32600 : -32003, data: { code, httpStatus: status } } });
}

/** True when the request carries no Origin or one of ours. */
export function fromOwnOrigin(req: FastifyRequest, publicUrl: string | null): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl) {
    const own = new URL(publicUrl);
    if (url.origin === own.origin) return true;
    return url.protocol === own.protocol && url.host === req.headers.host;
  }
  return url.protocol === `${req.protocol}:` && url.host === req.headers.host;
}

/** The route the router matched (decoded), not the raw path. */
function isTrpcRoute(req: FastifyRequest): boolean {
  return (req.routeOptions.url ?? "").startsWith("/trpc/");
}

export function mutationGuard(publicUrl: string | null) {
  return async function guardMutations(req: FastifyRequest, reply: FastifyReply) {
    if (SAFE_METHODS.has(req.method)) return;
    const trpc = isTrpcRoute(req);
    if (!fromOwnOrigin(req, publicUrl)) {
      const message = "cross-site requests are refused";
      return trpc ? trpcError(reply, 403, "FORBIDDEN", message) : sendError(req, reply, forbidden(message));
    }
    if (!trpc) return;
    const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
    if (type !== "application/json") {
      return trpcError(reply, 415, "UNSUPPORTED_MEDIA_TYPE", "mutations must be sent as application/json");
    }
  };
}
