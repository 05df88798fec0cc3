// What statePayment.call and statePayment.record share: the checks before the ledger writes.
import type { SessionUser } from "../../auth/sessions";
import { campaignFor } from "../../access";
import type { Context } from "../../context";
import type { StatePaymentInput } from "../../ledger/ledger";
import { rejectFutureDates } from "../inputs";
import { statePaymentView } from "../views";

/** Organisers and admins of the campaign: the row appended, on a day not in the future. */
export async function writeStatePayment(
  ctx: Context & { user: SessionUser },
  input: StatePaymentInput,
  dateField: "calledAt" | "receivedAt",
) {
  rejectFutureDates(ctx.now(), { [dateField]: input.on });
  campaignFor(ctx.services.lookups, ctx.user, input.campaignId, "write");
  const actor = { userId: ctx.user.id, now: ctx.now() };
  return statePaymentView(await ctx.services.ledger.run((c) => c.recordStatePayment(actor, input)));
}
