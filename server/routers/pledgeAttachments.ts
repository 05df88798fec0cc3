// A pledge's attachments: the list and removing one. Spread into the pledge router
// (pledge.attachments, pledge.removeAttachment). Uploading and downloading are plain HTTP,
// because they carry files: server/http/attachments.ts.
import { z } from "zod";
import { listAttachments, pledgeForReader, removeAttachment } from "../attachments/records";
import { sessionProcedure, staffProcedure } from "../trpc";
import { id } from "../validation";

export const pledgeAttachmentProcedures = {
  /**
   * Organiser, committee, admin of the campaign, and the pledge's own sponsor: its
   * attachments, oldest first, each with the `url` to download it. Removed ones are left out.
   */
  attachments: sessionProcedure.input(z.object({ pledgeId: id })).query(({ ctx, input }) => {
    const { pledge, viewer } = pledgeForReader(ctx.db, ctx, input.pledgeId);
    return listAttachments(ctx.db, pledge.id, viewer);
  }),

  /** Organiser, admin: takes an attachment off the pledge. The record and the file are kept; the audit log says who. */
  removeAttachment: staffProcedure.input(z.object({ attachmentId: id })).mutation(({ ctx, input }) => {
    removeAttachment(ctx.db, { user: ctx.user, now: ctx.now(), ip: ctx.ip }, input.attachmentId);
    return { ok: true as const };
  }),
};
