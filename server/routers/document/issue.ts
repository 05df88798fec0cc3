import { z } from "zod";
import { assertCampaignAccess } from "../../access";
import { issueDocument } from "../../documents/issue";
import { campaignOfIssue, type IssueRequest } from "../../queries/documentPlan";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";

export const issueDocumentInput = z
  .object({
    /** A receipt (donation) or an invoice (sponsoring) for this payment. */
    paymentId: id.optional(),
    /** A collective receipt over the sponsor's donation payments of `year` not on a receipt yet. */
    sponsorId: id.optional(),
    year: z.int().min(1900).max(2999).optional(),
  })
  .superRefine((input, ctx) => {
    const collective = input.sponsorId !== undefined || input.year !== undefined;
    if (input.paymentId !== undefined && collective)
      ctx.addIssue({ code: "custom", path: ["paymentId"], message: "Give paymentId, or sponsorId and year; not both" });
    else if (input.paymentId === undefined && input.sponsorId === undefined)
      ctx.addIssue({ code: "custom", path: ["paymentId"], message: "Give paymentId, or sponsorId and year" });
    else if (input.paymentId === undefined && input.year === undefined)
      ctx.addIssue({ code: "custom", path: ["year"], message: "A collective receipt is for a calendar year" });
  });

function requestOf(input: z.infer<typeof issueDocumentInput>): IssueRequest {
  if (input.paymentId !== undefined) return { paymentId: input.paymentId };
  return { sponsorId: input.sponsorId ?? 0, year: input.year ?? 0 };
}

/**
 * Organiser, admin: issue a Zuwendungsbestätigung for a donation payment, an invoice for a
 * sponsoring payment, or a collective receipt for a sponsor and year (documents/issue.ts:
 * the number is taken only by a stored document, never twice).
 */
export const documentIssue = staffProcedure.input(issueDocumentInput).mutation(async ({ ctx, input }) => {
  const request = requestOf(input);
  const campaignId = campaignOfIssue(ctx.db, request);
  assertCampaignAccess(ctx.user, campaignId, "write", "paymentId" in request ? "payment" : "sponsor");
  const actor = { userId: ctx.user.id, now: ctx.now() };
  const row = await issueDocument(ctx.services, actor, request, campaignId);
  return { documentId: row.id, number: row.number, kind: row.kind };
});
