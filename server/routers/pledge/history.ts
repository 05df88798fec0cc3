import { z } from "zod";
import { pledgeForReader } from "../../access";
import { pledgeHistory } from "../../queries/pledges";
import { sessionProcedure } from "../../trpc";
import { id } from "../inputs";

/** Organiser, committee, admin: every event of the pledge, oldest first. A sponsor: of its own pledges. */
export const pledgeHistoryProcedure = sessionProcedure.input(z.object({ pledgeId: id })).query(({ ctx, input }) => {
  const { pledge, viewer } = pledgeForReader(ctx.db, ctx, input.pledgeId);
  const staff = viewer.kind === "staff";
  // A sponsor sees what changed and when, not which staff member typed it.
  return pledgeHistory(ctx.db, pledge.id).map(({ event, userName, paymentCents }) => ({
    ...event,
    userId: staff ? event.userId : null,
    userName: staff ? userName : null,
    createdAt: new Date(event.createdAt).toISOString(),
    paymentCents,
  }));
});
