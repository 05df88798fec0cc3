import { z } from "zod";
import { campaignFor } from "../../access";
import { readOpenReceipts } from "../../queries/openReceipts";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

/**
 * Organiser, committee, admin: the sponsors whose donation payments of `year` no receipt in
 * force covers yet, for the year-end round of collective receipts (issued one by one with
 * document.issue {sponsorId, year}). A batch of sponsors a call; `cursor` is the `nextCursor`
 * of the call before.
 */
export const documentOpenReceipts = staffProcedure
  .input(z.object({ campaignId: id, year: z.int().min(1900).max(2999), cursor: id.optional() }))
  .query(({ ctx, input }) => {
    campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
    return readOpenReceipts(ctx.db, input.campaignId, input.year, input.cursor);
  });
