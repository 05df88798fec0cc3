import { z } from "zod";
import { campaignFor } from "../../access";
import { listDocuments } from "../../queries/documents";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

/** Organiser, committee, admin: the campaign's issued documents, newest first, of one sponsor or pledge if asked. */
export const documentList = staffProcedure
  .input(z.object({ campaignId: id, sponsorId: id.optional(), pledgeId: id.optional() }))
  .query(({ ctx, input }) => {
    campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
    return listDocuments(ctx.db, input);
  });
