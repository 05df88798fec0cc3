import { audit } from "../../audit";
import { endSession } from "../../auth/sessions";
import { endSponsorSession } from "../../auth/sponsorLinks";
import { sessionProcedure } from "../../trpc";

/** A user or a sponsor: ends this session. */
export const authLogout = sessionProcedure.mutation(({ ctx }) => {
  if (ctx.sessionToken) (ctx.user ? endSession : endSponsorSession)(ctx.db, ctx.sessionToken);
  // This session's live streams end; the user's or sponsor's other sessions stream on.
  if (ctx.user) ctx.services.feed.accessChanged({ userId: ctx.user.id });
  if (ctx.sponsor) ctx.services.feed.accessChanged({ sponsorId: ctx.sponsor.sponsorId });
  audit(ctx.db, ctx.now(), {
    action: "logout",
    userId: ctx.user?.id ?? null,
    sponsorId: ctx.sponsor?.sponsorId ?? null,
    ip: ctx.ip,
  });
  ctx.cookies.clearSession();
  return { ok: true };
});
