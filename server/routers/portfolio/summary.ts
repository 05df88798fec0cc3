import { z } from "zod";
import { isFunder } from "../../access";
import { berlinDay } from "../../domain/dates";
import { forbidden } from "../../domain/errors";
import { listCampaigns } from "../../queries/campaigns";
import { statePaidCents } from "../../queries/drawdown";
import { readSummary } from "../../queries/summary";
import { staffProcedure } from "../../trpc";

/**
 * Funder, admin: one line per campaign the caller may see (an admin all, a funder those it is
 * funder of) with its target, counted own funds and eligibility as campaign.summary has them
 * today, and the state's grant (0 before approval), calls and money received by today.
 */
export const portfolioSummary = staffProcedure.input(z.object({})).query(({ ctx }) => {
  const { user } = ctx;
  if (!user.isAdmin && !isFunder(user)) throw forbidden("the portfolio is for funders and admins");
  const funded = new Set(user.memberships.filter((m) => m.role === "funder").map((m) => m.campaignId));
  const today = berlinDay(ctx.now());
  return listCampaigns(ctx.db)
    .filter((c) => user.isAdmin || funded.has(c.id))
    .map((c) => {
      const summary = readSummary(ctx.db, c, today);
      return {
        campaignId: c.id,
        name: c.name,
        targetCents: summary.targetCents,
        countedCents: summary.countedCents,
        eligible: summary.eligible,
        stateCommittedCents: c.grantCents ?? 0,
        stateCalledCents: statePaidCents(ctx.db, c.id, "call", today),
        stateReceivedCents: statePaidCents(ctx.db, c.id, "receipt", today),
      };
    });
});
