// The one place where a refusal becomes an answer. The domain, the ledger and the access
// checks raise DomainErrors with a reason; procedures (trpc.ts) and the plain HTTP routes
// (http/errorReply.ts) both turn them into the same tRPC code and HTTP status here. Field
// errors travel to the client as `error.data.fieldErrors: {field: [message]}`, zod's shape.
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import { DomainError, type ErrorReason, type FieldErrors } from "./domain/errors";

const CODE_OF: Record<ErrorReason, TRPCError["code"]> = {
  invalid: "BAD_REQUEST",
  unauthenticated: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  throttled: "TOO_MANY_REQUESTS",
  too_large: "PAYLOAD_TOO_LARGE",
  unsupported_type: "UNSUPPORTED_MEDIA_TYPE",
};

/** A DomainError as the TRPCError a client gets (the domain error stays its cause); other errors as they are. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) {
    return error.cause instanceof DomainError ? toTRPCError(error.cause) : error;
  }
  if (error instanceof DomainError)
    return new TRPCError({ code: CODE_OF[error.reason], message: error.message, cause: error });
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}

/** The HTTP status of an error once mapped: 400 for `invalid`, 409 for `conflict` … */
export function httpStatusOf(error: TRPCError): number {
  return getHTTPStatusCodeFromError(error);
}

/** Field errors of a zod failure or of a DomainError; nested paths joined with dots. */
export function fieldErrorsOf(cause: unknown): FieldErrors | undefined {
  if (cause instanceof DomainError) return cause.fieldErrors;
  if (!(cause instanceof ZodError)) return undefined;
  const out: FieldErrors = {};
  for (const issue of cause.issues) {
    const field = issue.path.map(String).join(".") || "input";
    out[field] = [...(out[field] ?? []), issue.message];
  }
  return out;
}
