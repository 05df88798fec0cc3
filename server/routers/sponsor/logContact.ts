import { z } from "zod";
import { CONTACT_CHANNELS } from "../../domain/codes";
import { staffProcedure } from "../../trpc";
import { businessDate, id, nullableText, rejectFutureDates } from "../inputs";
import { liveSponsorFor } from "./load";

/**
 * Organiser, admin: a contact with the sponsor (a call, an e-mail, a meeting, a letter) on
 * day `at`, appended to its log; `nextContactOn` sets (null clears) when to get in touch next.
 */
export const sponsorLogContact = staffProcedure
  .input(
    z.object({
      sponsorId: id,
      at: businessDate,
      channel: z.enum(CONTACT_CHANNELS),
      note: nullableText(2000),
      nextContactOn: businessDate.nullable().optional(),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    rejectFutureDates(now, { at: input.at });
    const sponsor = liveSponsorFor(ctx, input.sponsorId, "write");
    const actor = { userId: ctx.user.id, now };
    const row = await ctx.services.ledger.run((c) => c.logContact(actor, { ...input, sponsorId: sponsor.id }));
    return {
      id: row.id,
      sponsorId: row.sponsorId,
      at: row.at,
      channel: row.channel,
      note: row.note,
      createdAt: new Date(row.createdAt).toISOString(),
      createdByName: ctx.user.name,
    };
  });
