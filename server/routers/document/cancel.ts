import { z } from "zod";
import { assertCampaignAccess } from "../../access";
import { cancelDocument } from "../../documents/issue";
import { notFound } from "../../domain/errors";
import { documentById } from "../../queries/cancelPlan";
import { staffProcedure } from "../../trpc";
import { id, shortText } from "../inputs";

/**
 * Organiser, admin: cancel an issued document; it stays as issued. An invoice gets its
 * Stornorechnung, a receipt a corrected replacement over its payments that still stand (none
 * when all were reversed); its payments are released (queries/cancelPlan.ts).
 */
export const documentCancel = staffProcedure
  .input(z.object({ documentId: id, reason: shortText(1000) }))
  .mutation(async ({ ctx, input }) => {
    const document = documentById(ctx.db, input.documentId);
    if (!document) throw notFound("document");
    assertCampaignAccess(ctx.user, document.campaignId, "write", "document");
    const actor = { userId: ctx.user.id, now: ctx.now() };
    const { correction } = await cancelDocument(ctx.services, actor, document.id, document.campaignId, input.reason);
    return {
      cancelledDocumentId: document.id,
      correction: correction && { documentId: correction.id, number: correction.number, kind: correction.kind },
    };
  });
