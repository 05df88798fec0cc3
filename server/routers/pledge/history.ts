import { z } from "zod";
import { pledgeForReader } from "../../access";
import { pledgeHistory } from "../../queries/pledges";
import { sessionProcedure } from "../../trpc";
import { id } from "../inputs";
import { eventView } from "../views";

/** Organiser, committee, admin: every event of the pledge, oldest first. A sponsor: of its own pledges. */
export const pledgeHistoryProcedure = sessionProcedure.input(z.object({ pledgeId: id })).query(({ ctx, input }) => {
  const { pledge, viewer } = pledgeForReader(ctx.db, ctx, input.pledgeId);
  return pledgeHistory(ctx.db, pledge.id).map(({ event, userName, paymentCents }) => ({
    ...eventView(event, viewer, userName),
    paymentCents,
  }));
});
