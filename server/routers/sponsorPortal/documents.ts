import { listDocuments } from "../../queries/documents";
import { sponsorProcedure } from "../../trpc";

/** A sponsor: its own receipts and invoices, newest first (downloaded from GET /api/documents/:id.pdf). */
export const sponsorPortalDocuments = sponsorProcedure.query(({ ctx }) =>
  listDocuments(ctx.db, { campaignId: ctx.sponsor.campaignId, sponsorId: ctx.sponsor.sponsorId }),
);
