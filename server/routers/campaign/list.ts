import { roleIn } from "../../access";
import { campaignById, listCampaigns } from "../../queries/campaigns";
import { sessionProcedure } from "../../trpc";
import { campaignView } from "../views";

/** Signed in: the campaigns the caller takes part in (admins: all; a sponsor: its own). */
export const campaignList = sessionProcedure.query(({ ctx }) => {
  const { user, sponsor } = ctx;
  if (!user) {
    const own = sponsor ? campaignById(ctx.db, sponsor.campaignId) : undefined;
    return own ? [campaignView(own, "sponsor")] : [];
  }
  return listCampaigns(ctx.db).flatMap((c) => {
    const role = roleIn(user, c.id);
    return role ? [campaignView(c, role)] : [];
  });
});
