// The state's share, drawn down: a call for funds (Mittelabruf) or money received, appended as
// a state_payments row with who entered it and when (rows are never changed or deleted). A call
// is checked against what may be called on its day in the same transaction that writes it, so
// two calls sent together cannot both pass the ceiling.
import { eq } from "drizzle-orm";
import { campaigns, statePayments, type StatePaymentRow } from "../../db/schema";
import type { StatePaymentKind } from "../domain/codes";
import { callRoom } from "../domain/drawdown";
import { badField, conflict, notFound } from "../domain/errors";
import { callDays } from "../queries/drawdown";
import type { Actor } from "./pledges";
import type { Write } from "./tx";

export interface StatePaymentInput {
  campaignId: number;
  kind: StatePaymentKind;
  amountCents: number;
  /** The business day it was called, or received. */
  on: string;
  note: string | null;
}

const euros = (cents: number) => `€${(cents / 100).toFixed(2)}`;

export function recordStatePayment(w: Write, actor: Actor, input: StatePaymentInput): StatePaymentRow {
  const campaign = w.tx.select().from(campaigns).where(eq(campaigns.id, input.campaignId)).get();
  if (!campaign) throw notFound("campaign");
  if (campaign.grantCents === null)
    throw conflict("no grant is recorded for this campaign: record grantCents (campaign.update) once it is approved");
  if (input.kind === "call") {
    const room = callRoom(callDays(w.tx, campaign, input.on));
    if (input.amountCents > room)
      throw badField(
        "amountCents",
        `is more than may be called on ${input.on}: at most ${room} cents (${euros(room)}), ` +
          "the share matched by own funds received, less the retention and what was called",
      );
  }
  // The dashboards of the campaign show the drawdown: they look again once this is written.
  w.feed.touch(input.campaignId);
  return w.tx
    .insert(statePayments)
    .values({
      campaignId: input.campaignId,
      kind: input.kind,
      amountCents: input.amountCents,
      on: input.on,
      note: input.note,
      createdAt: actor.now.getTime(),
      createdBy: actor.userId,
    })
    .returning()
    .get();
}
