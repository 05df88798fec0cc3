import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { businessDate, cents, id, optionalText } from "../inputs";
import { writeStatePayment } from "./write";

/** Organiser, admin: state money received on `receivedAt` (the bank date); refused before the grant is recorded. */
export const statePaymentRecord = staffProcedure
  .input(z.object({ campaignId: id, amountCents: cents, receivedAt: businessDate, note: optionalText(500) }))
  .mutation(({ ctx, input }) =>
    writeStatePayment(
      ctx,
      {
        campaignId: input.campaignId,
        kind: "receipt",
        amountCents: input.amountCents,
        on: input.receivedAt,
        note: input.note || null,
      },
      "receivedAt",
    ),
  );
