// Answers of the API carry contact data, figures and who is signed in: no browser or proxy
// may keep them (Cache-Control: no-store), unless a route chose its own policy.
import type { FastifyReply, FastifyRequest } from "fastify";

const API_ROUTE = /^\/(trpc|api)\//;

export async function noStoreForApi(req: FastifyRequest, reply: FastifyReply, payload: unknown) {
  if (API_ROUTE.test(req.routeOptions.url ?? "") && !reply.hasHeader("cache-control"))
    reply.header("cache-control", "no-store");
  return payload;
}
