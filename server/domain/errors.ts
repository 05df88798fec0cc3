// How the domain and the ledger say no, without knowing about HTTP or tRPC: a decision that
// went against the caller, or an error with a reason (and the field it concerns). One place in
// the server's kernel (server/errors.ts) turns a reason into the answer a client gets.

/** What a pure rule decides: the value, or why not. */
export type Decision<T> = { ok: true; value: T } | { ok: false; reason: string };

export type ErrorReason =
  /** The input is wrong: a field names what. */
  | "invalid"
  /** No one is signed in. */
  | "unauthenticated"
  /** Signed in, but this kind of account or this role may not do it. */
  | "forbidden"
  /** Unknown, or not visible to the caller: the same answer, so existence does not leak. */
  | "not_found"
  /** The object's state forbids the change (stale version, illegal move, overpayment). */
  | "conflict"
  /** Too many attempts. */
  | "throttled"
  /** A file or body larger than allowed. */
  | "too_large"
  /** A file of a type that is not accepted. */
  | "unsupported_type";

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly reason: ErrorReason,
    message: string,
    /** For `invalid`: the fields and what is wrong with each, as zod reports them. */
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function badField(field: string, message: string): DomainError {
  return new DomainError("invalid", `${field}: ${message}`, { [field]: [message] });
}

export function badFields(fieldErrors: FieldErrors): DomainError {
  const text = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
    .join("; ");
  return new DomainError("invalid", text, fieldErrors);
}

export function notFound(what: string): DomainError {
  return new DomainError("not_found", `${what} not found`);
}

export function conflict(message: string): DomainError {
  return new DomainError("conflict", message);
}

export function staleVersion(what: string, current: number, expected: number): DomainError {
  return conflict(
    `${what} was changed by someone else (now version ${current}, you sent ${expected}); reload and try again`,
  );
}

export function forbidden(message: string): DomainError {
  return new DomainError("forbidden", message);
}

export function unauthenticated(): DomainError {
  return new DomainError("unauthenticated", "sign in first");
}

/** The decided value, or the refusal as a CONFLICT: the object's state forbids the change. */
export function orConflict<T>(decision: Decision<T>): T {
  if (!decision.ok) throw conflict(decision.reason);
  return decision.value;
}

/** The decided value, or the refusal as a bad field. */
export function orBadField<T>(decision: Decision<T>, field: string): T {
  if (!decision.ok) throw badField(field, decision.reason);
  return decision.value;
}
