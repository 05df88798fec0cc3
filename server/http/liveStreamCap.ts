// The public live stream (publicCampaign.onSummary, the barometer) needs no sign-in, so one
// address could hold thousands of connections open. Each address may hold `perAddress` of
// them; one more is answered 429 before tRPC starts it (once an SSE stream has begun, an
// error could only travel inside it, under status 200). The address is Fastify's `req.ip`:
// behind a proxy with TRUST_PROXY=on, the client's from X-Forwarded-For.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../domain/errors";
import { sendError } from "./errorReply";

/** The procedures anyone may stream without signing in. */
const PUBLIC_STREAMS = new Set(["publicCampaign.onSummary"]);

export function capPublicStreams(app: FastifyInstance, perAddress: number): void {
  const open = new Map<string, number>();
  app.addHook("onRequest", async (req, reply) => {
    if (req.method !== "GET" || !isPublicStream(req)) return;
    const address = req.ip;
    const count = open.get(address) ?? 0;
    if (count >= perAddress) {
      reply.header("retry-after", "30");
      return sendError(req, reply, new DomainError("throttled", `at most ${perAddress} open live streams per address`));
    }
    open.set(address, count + 1);
    reply.raw.once("close", () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/** A request tRPC will read as a public stream: its path, decoded as tRPC decodes it, names one. */
function isPublicStream(req: FastifyRequest): boolean {
  if (req.routeOptions.url !== "/trpc/:path") return false;
  let path: string;
  try {
    path = decodeURIComponent((req.params as { path: string }).path);
  } catch {
    return false; // tRPC refuses it as BAD_REQUEST
  }
  return path.split(",").some((p) => PUBLIC_STREAMS.has(p));
}
