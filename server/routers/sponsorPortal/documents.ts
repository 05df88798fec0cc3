import { listDocuments } from "../../queries/documents";
import { sponsorProcedure } from "../../trpc";

/**
 * A sponsor: its own receipts and invoices, newest first (downloaded from GET /api/documents/:id.pdf).
 * Whether one was cancelled, and when, but not the organisers' reason nor their hint to cancel.
 */
export const sponsorPortalDocuments = sponsorProcedure.query(({ ctx }) =>
  listDocuments(ctx.db, { campaignId: ctx.sponsor.campaignId, sponsorId: ctx.sponsor.sponsorId }).map(
    ({ cancellation, needsCancellation: _hint, ...row }) => ({
      ...row,
      cancelledAt: cancellation?.at ?? null,
    }),
  ),
);
