import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

/** Staff see the full summary; a sponsor's is `scope: "overall"` and never reaches the dashboard. */
export type Summary = Extract<RouterOutputs["campaign"]["summary"], { scope: "full" }>;
export type Rule = Summary["rules"][number];

/** The campaign's figures as of today (CONTRACT.md "The summary"). */
export function useSummary(campaignId: number) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.summary.queryOptions({ campaignId }),
    enabled: Number.isInteger(campaignId),
    select: fullSummary,
  });
}

/** The dashboard needs the breakdowns: an overall-only summary (a sponsor's) is an error here. */
function fullSummary(s: RouterOutputs["campaign"]["summary"]): Summary {
  if (s.scope !== "full") throw new Error("the dashboard is for organisers, the committee and admins");
  return s;
}
