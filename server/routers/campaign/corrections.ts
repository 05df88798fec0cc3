import { z } from "zod";
import { campaignFor } from "../../access";
import { readCorrections } from "../../queries/corrections";
import { staffProcedure } from "../../trpc";
import { id, instant, pastView } from "../inputs";
import { viewDay } from "../viewDay";

/**
 * Organiser, committee, admin: "Nachträgliche Änderungen": changes recorded after `knownAt`
 * whose business date is on or before `asOf` (default: the day of `knownAt`), newest first.
 */
export const campaignCorrections = staffProcedure
  .input(z.object({ campaignId: id, asOf: pastView.asOf, knownAt: instant }))
  .query(({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
    const { asOf } = viewDay(input, ctx.now());
    return readCorrections(ctx.db, campaign.id, asOf, input.knownAt);
  });
