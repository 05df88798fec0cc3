// The one initTRPC of the server: error shape and the procedure tiers. Refusals raised below
// (DomainErrors from the domain, the ledger and the access checks) become tRPC errors here,
// through the one mapping in errors.ts.
import { initTRPC } from "@trpc/server";
import { adminOnly, funderMayCall, signedIn, sponsorOnly, staffOnly, tokenMayCall } from "./access";
import type { Context } from "./context";
import { fieldErrorsOf, toTRPCError } from "./errors";

const isDevelopment = process.env.NODE_ENV === "development";

const t = initTRPC.context<Context>().create({
  isDev: isDevelopment,
  errorFormatter({ shape, error }) {
    const hidden = error.code === "INTERNAL_SERVER_ERROR" && !isDevelopment;
    const fieldErrors = error.code === "BAD_REQUEST" ? fieldErrorsOf(error.cause) : undefined;
    // Unexpected errors may carry SQL or paths: outside development say nothing more.
    let message = hidden ? "Internal server error" : shape.message;
    if (fieldErrors) {
      message = `Invalid input: ${Object.entries(fieldErrors)
        .map(([f, m]) => `${f}: ${m[0]}`)
        .join("; ")}`;
    }
    return { ...shape, message, data: { ...shape.data, fieldErrors } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure: a refusal from below gets its tRPC code, and after a successful mutation
 * the open live summaries of the campaigns it touched look again (campaign.onSummary).
 */
const mapped = t.procedure.use(async ({ ctx, type, next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  if (type === "mutation") ctx.services.feed.publish();
  return result;
});

/**
 * Every procedure, then: an API token stays within its scope (access.ts, tokenMayCall), and a
 * funder account within the few procedures it may call (funderMayCall), before its input is read.
 */
const base = mapped.use(({ ctx, path, type, next }) => {
  tokenMayCall(ctx, path, type === "mutation");
  funderMayCall(ctx, path);
  return next();
});

/** Anyone, with or without a session. */
export const publicProcedure = base;

/** A user or a sponsor session. What each sees is decided per object (access.ts). */
export const sessionProcedure = base.use(({ ctx, next }) => {
  signedIn(ctx);
  return next();
});

/** Organisers, committee members and admins; a sponsor session is FORBIDDEN. Roles per campaign: access.ts. */
export const staffProcedure = base.use(({ ctx, next }) => next({ ctx: { ...ctx, user: staffOnly(ctx) } }));

/** A sponsor signed in through its link; a user is FORBIDDEN. */
export const sponsorProcedure = base.use(({ ctx, next }) => next({ ctx: { ...ctx, sponsor: sponsorOnly(ctx) } }));

/** Admins only: campaigns and users. */
export const adminProcedure = base.use(({ ctx, next }) => next({ ctx: { ...ctx, user: adminOnly(ctx) } }));

/**
 * A subscription's events, started on the first read as an async generator would be; a
 * refusal met on the way (no access, access lost, page switched off) is mapped like any other.
 */
export async function* liveStream<T>(events: () => AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    yield* events();
  } catch (error) {
    throw toTRPCError(error);
  }
}
