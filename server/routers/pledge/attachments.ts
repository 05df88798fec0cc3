import { z } from "zod";
import { pledgeForReader } from "../../access";
import { listAttachments } from "../../attachments/records";
import { sessionProcedure } from "../../trpc";
import { id } from "../inputs";

/**
 * Organiser, committee, admin of the campaign, and the pledge's own sponsor: its
 * attachments, oldest first, each with the `url` to download it. Removed ones are left out.
 * Uploading and downloading are plain HTTP, because they carry files: server/http/attachments.ts.
 */
export const pledgeAttachments = sessionProcedure.input(z.object({ pledgeId: id })).query(({ ctx, input }) => {
  const { pledge, viewer } = pledgeForReader(ctx.db, ctx, input.pledgeId);
  return listAttachments(ctx.db, pledge.id, viewer);
});
