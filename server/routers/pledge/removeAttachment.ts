import { z } from "zod";
import { removeAttachment } from "../../attachments/records";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

/** Organiser, admin: takes an attachment off the pledge. The record and the file are kept; the audit log says who. */
export const pledgeRemoveAttachment = staffProcedure
  .input(z.object({ attachmentId: id }))
  .mutation(({ ctx, input }) => {
    removeAttachment(ctx.db, { user: ctx.user, now: ctx.now(), ip: ctx.ip }, input.attachmentId);
    return { ok: true as const };
  });
