import { z } from "zod";
import { campaignFor } from "../../access";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { importSheet, MAX_CONTENT_CHARS } from "./importSheet";

/** Organiser, admin: pledges (and new sponsors) from CSV text; all rows or, if any is bad, none. */
export const pledgeImportCsv = staffProcedure
  .input(z.object({ campaignId: id, csv: z.string().max(MAX_CONTENT_CHARS), dryRun: z.boolean() }))
  .mutation(({ ctx, input }) => {
    const { campaign } = campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
    return importSheet(ctx, campaign, { kind: "text", text: input.csv }, input.dryRun);
  });
