import { z } from "zod";
import { campaignFor } from "../../access";
import { reviewQueue } from "../../queries/bankEntries";
import { staffProcedure } from "../../trpc";
import { id } from "../inputs";
import { bankEntryView } from "./view";

/**
 * Organiser, admin: the credits waiting for staff (or, with `show: "dismissed"`, those marked
 * as not the campaign's), oldest first, at most 500 (`total` counts all).
 */
export const paymentReviewQueue = staffProcedure
  .input(z.object({ campaignId: id, show: z.enum(["waiting", "dismissed"]).optional() }))
  .query(({ ctx, input }) => {
    campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
    const { rows, total } = reviewQueue(ctx.db, input.campaignId, input.show);
    return {
      total,
      items: rows.map((r) => ({
        ...bankEntryView(r.entry),
        suggestion:
          r.entry.state !== "unmatched" && r.entry.pledgeId !== null && r.reference !== null
            ? {
                pledgeId: r.entry.pledgeId,
                reference: r.reference,
                sponsorName: r.sponsorName,
                status: r.pledgeStatus,
                amountCents: r.pledgeAmountCents,
                openCents: (r.pledgeAmountCents ?? 0) - (r.pledgeReceivedCents ?? 0),
              }
            : null,
      })),
    };
  });
