// How the plain HTTP routes (exports, attachments) answer a refusal or a failure: the same
// code and status a procedure would get (errors.ts), as `{error: {code, message, fieldErrors?}}`,
// never a stack, and never under a download's file name.
import type { FastifyReply, FastifyRequest } from "fastify";
import { fieldErrorsOf, httpStatusOf, toTRPCError } from "../errors";

export function sendError(req: FastifyRequest, reply: FastifyReply, error: unknown) {
  const known = toTRPCError(error);
  let message = known.message;
  if (known.code === "INTERNAL_SERVER_ERROR") {
    req.log.error({ err: error }, "request failed");
    if (process.env.NODE_ENV !== "development") message = "Internal server error";
  }
  const fieldErrors = known.code === "BAD_REQUEST" ? fieldErrorsOf(known.cause) : undefined;
  reply.removeHeader("content-disposition");
  return reply
    .code(httpStatusOf(known))
    .header("cache-control", "no-store")
    .type("application/json; charset=utf-8")
    .send({ error: { code: known.code, message, ...(fieldErrors ? { fieldErrors } : {}) } });
}
