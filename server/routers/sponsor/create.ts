import { z } from "zod";
import { campaignFor } from "../../access";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { sponsorView } from "../views";
import { sponsorInput } from "./fields";

/** Organiser, admin: a new sponsor; a name already in the campaign is a CONFLICT. */
export const sponsorCreate = staffProcedure
  .input(z.object({ campaignId: id, ...sponsorInput }))
  .mutation(async ({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
    const { campaignId: _, ...fields } = input;
    const actor = { userId: ctx.user.id, now: ctx.now() };
    return sponsorView(await ctx.services.ledger.run((c) => c.createSponsor(actor, campaign.id, fields)));
  });
