import { z } from "zod";
import { audit } from "../../audit";
import { sponsorProcedure } from "../../trpc";

/** A sponsor: whether it gets payment reminders by e-mail (on unless it opts out here). */
export const sponsorPortalSetReminders = sponsorProcedure
  .input(z.object({ enabled: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const { sponsorId, campaignId } = ctx.sponsor;
    const now = ctx.now();
    const { before } = await ctx.services.ledger.run((c) => c.setReminders(sponsorId, input.enabled, now));
    if (before !== input.enabled)
      audit(ctx.db, now, {
        action: "reminders_changed",
        sponsorId,
        campaignId,
        ip: ctx.ip,
        detail: { before, after: input.enabled },
      });
    return { remindersEnabled: input.enabled };
  });
