import { audit } from "../../audit";
import { endSession } from "../../auth/sessions";
import { endSponsorSession } from "../../auth/sponsorLinks";
import { sessionProcedure } from "../../trpc";

/** A user or a sponsor: ends this session. */
export const authLogout = sessionProcedure.mutation(({ ctx }) => {
  if (ctx.sessionToken) (ctx.user ? endSession : endSponsorSession)(ctx.db, ctx.sessionToken);
  audit(ctx.db, ctx.now(), {
    action: "logout",
    userId: ctx.user?.id ?? null,
    sponsorId: ctx.sponsor?.sponsorId ?? null,
    ip: ctx.ip,
  });
  ctx.cookies.clearSession();
  return { ok: true };
});
