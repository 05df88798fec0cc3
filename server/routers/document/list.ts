import { z } from "zod";
import { campaignFor } from "../../access";
import { documentPage } from "../../queries/documents";
import { staffProcedure } from "../../trpc";
import { DEFAULT_PAGE_SIZE, id, pageLimit } from "../inputs";

/**
 * Organiser, committee, admin: a page of the campaign's issued documents, newest first, of one
 * sponsor or pledge if asked. The cursor is the `nextCursor` of the page before.
 */
export const documentList = staffProcedure
  .input(
    z.object({
      campaignId: id,
      sponsorId: id.optional(),
      pledgeId: id.optional(),
      cursor: id.optional(),
      limit: pageLimit.optional(),
    }),
  )
  .query(({ ctx, input }) => {
    campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "read");
    const { cursor, limit, ...filter } = input;
    return documentPage(ctx.db, filter, { beforeId: cursor, limit: limit ?? DEFAULT_PAGE_SIZE });
  });
