import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { id, version } from "../inputs";
import { sponsorView } from "../views";
import { sponsorUpdateInput } from "./fields";
import { liveSponsorFor } from "./load";

/** Organiser, admin: correct a sponsor. A new kind or country re-buckets its figures on every past day. */
export const sponsorUpdate = staffProcedure
  .input(z.object({ sponsorId: id, expectedVersion: version, ...sponsorUpdateInput }))
  .mutation(async ({ ctx, input }) => {
    const { sponsorId, expectedVersion, ...fields } = input;
    const sponsor = liveSponsorFor(ctx, sponsorId, "write");
    return sponsorView(
      await ctx.services.ledger.run((c) => c.updateSponsor(sponsor.id, expectedVersion, fields, ctx.now())),
    );
  });
