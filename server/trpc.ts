// The one initTRPC of the server: error shape and the procedure tiers.
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "./context";
import { feedFor } from "./committee/changeFeed";
import { fieldErrorsOf } from "./errors";

const isDevelopment = process.env.NODE_ENV === "development";

const t = initTRPC.context<Context>().create({
  isDev: isDevelopment,
  errorFormatter({ shape, error }) {
    const hidden = error.code === "INTERNAL_SERVER_ERROR" && !isDevelopment;
    const fieldErrors = error.code === "BAD_REQUEST" ? fieldErrorsOf(error.cause) : undefined;
    // Unexpected errors may carry SQL or paths: outside development say nothing more.
    let message = hidden ? "Internal server error" : shape.message;
    if (fieldErrors) message = `Invalid input: ${Object.entries(fieldErrors).map(([f, m]) => `${f}: ${m[0]}`).join("; ")}`;
    return { ...shape, message, data: { ...shape.data, fieldErrors } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const unauthorized = () => new TRPCError({ code: "UNAUTHORIZED", message: "sign in first" });

/** After every successful mutation, open live summaries look again (campaign.onSummary). */
const announceChanges = t.procedure.use(async ({ ctx, type, next }) => {
  const result = await next();
  if (type === "mutation" && result.ok) feedFor(ctx.db).publish();
  return result;
});

/** Anyone, with or without a session. */
export const publicProcedure = announceChanges;

/** A user or a sponsor session. What each sees is decided per object (access.ts). */
export const sessionProcedure = announceChanges.use(({ ctx, next }) => {
  if (!ctx.user && !ctx.sponsor) throw unauthorized();
  return next();
});

/** Organisers, committee members and admins; a sponsor session is FORBIDDEN. Roles per campaign: access.ts. */
export const staffProcedure = announceChanges.use(({ ctx, next }) => {
  if (ctx.sponsor) throw new TRPCError({ code: "FORBIDDEN", message: "sponsors may not do this" });
  if (!ctx.user) throw unauthorized();
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A sponsor signed in through its link; a user is FORBIDDEN. */
export const sponsorProcedure = announceChanges.use(({ ctx, next }) => {
  if (ctx.user) throw new TRPCError({ code: "FORBIDDEN", message: "only for sponsors signed in through their link" });
  if (!ctx.sponsor) throw unauthorized();
  return next({ ctx: { ...ctx, sponsor: ctx.sponsor } });
});

/** Admins only: campaigns and users. */
export const adminProcedure = staffProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isAdmin) throw new TRPCError({ code: "FORBIDDEN", message: "only an admin may do this" });
  return next();
});
