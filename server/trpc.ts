// The one initTRPC of the server: error shape and the procedure tiers.
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "./context";
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

/** Anyone, with or without a session. */
export const publicProcedure = t.procedure;

/** Any signed-in user; `ctx.user` is set. Campaign roles are checked per campaign (access.ts). */
export const signedInProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in first" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Admins only: campaigns and users. */
export const adminProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isAdmin) throw new TRPCError({ code: "FORBIDDEN", message: "only an admin may do this" });
  return next();
});
