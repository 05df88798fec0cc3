import { z } from "zod";
import { staffProcedure } from "../../trpc";
import { businessDate, cents, id } from "../inputs";
import { writeStatePayment } from "./write";

/**
 * Organiser, admin: a call for the state's funds (Mittelabruf) on `calledAt`. Refused before the
 * grant is recorded (CONFLICT) and above what may be called on that day (BAD_REQUEST on
 * amountCents, with the ceiling): campaign.drawdown's `callableCents`.
 */
export const statePaymentCall = staffProcedure
  .input(z.object({ campaignId: id, amountCents: cents, calledAt: businessDate }))
  .mutation(({ ctx, input }) =>
    writeStatePayment(
      ctx,
      { campaignId: input.campaignId, kind: "call", amountCents: input.amountCents, on: input.calledAt, note: null },
      "calledAt",
    ),
  );
