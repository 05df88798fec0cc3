// Errors the routers raise. Field errors travel to the client as
// `error.data.fieldErrors: {field: [message]}`, the same shape zod's errors take.
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

export type FieldErrors = Record<string, string[]>;

/** A BAD_REQUEST that names the field, for checks that need the database (unknown raiser…). */
export class FieldError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`).join("; "));
  }
}

export function badField(field: string, message: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message: `${field}: ${message}`, cause: new FieldError({ [field]: [message] }) });
}

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `${what} not found` });
}

export function conflict(message: string): TRPCError {
  return new TRPCError({ code: "CONFLICT", message });
}

export function staleVersion(what: string, current: number, expected: number): TRPCError {
  return conflict(`${what} was changed by someone else (now version ${current}, you sent ${expected}); reload and try again`);
}

/** Field errors of a zod failure or of a FieldError; nested paths joined with dots. */
export function fieldErrorsOf(cause: unknown): FieldErrors | undefined {
  if (cause instanceof FieldError) return cause.fieldErrors;
  if (!(cause instanceof ZodError)) return undefined;
  const out: FieldErrors = {};
  for (const issue of cause.issues) {
    const field = issue.path.map(String).join(".") || "input";
    (out[field] ??= []).push(issue.message);
  }
  return out;
}
