// Mutations are JSON POSTs only, and never from a foreign page: a form or text/plain post
// (the classic CSRF vectors) gets 415, a foreign Origin 403. Scripts send no Origin.
import type { FastifyReply, FastifyRequest } from "fastify";

function trpcError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply
    .code(status)
    .send({ error: { message, code: status === 415 ? -32600 : -32003, data: { code, httpStatus: status } } });
}

export async function guardMutations(req: FastifyRequest, reply: FastifyReply) {
  if (req.method !== "POST" || !req.url.startsWith("/trpc")) return;
  const origin = req.headers.origin;
  if (origin && !sameHost(origin, req.headers.host)) {
    return trpcError(reply, 403, "FORBIDDEN", "cross-site requests are refused");
  }
  const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") {
    return trpcError(reply, 415, "UNSUPPORTED_MEDIA_TYPE", "mutations must be sent as application/json");
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
