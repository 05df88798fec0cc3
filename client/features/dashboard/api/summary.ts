import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

/** Staff see the full summary; a sponsor's is `scope: "overall"` and never reaches the dashboard. */
export type Summary = Extract<RouterOutputs["campaign"]["summary"], { scope: "full" }>;
export type Rule = Summary["rules"][number];

/**
 * The campaign's figures at the end of `asOf` (CONTRACT.md "The summary"); without it, today's,
 * under the same key the live subscription writes to (useLiveSummary).
 */
export function useSummary(campaignId: number, asOf?: string | null, enabled = true) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.summary.queryOptions(asOf ? { campaignId, asOf } : { campaignId }),
    enabled: enabled && Number.isInteger(campaignId),
    // Moving between days keeps the last figures on screen (no spinner), never another campaign's.
    placeholderData: (previous) => (previous?.campaignId === campaignId ? previous : undefined),
    select: fullSummary,
  });
}

/** The dashboard needs the breakdowns: an overall-only summary (a sponsor's) is an error here. */
function fullSummary(s: RouterOutputs["campaign"]["summary"]): Summary {
  if (s.scope !== "full") throw new Error("the dashboard is for organisers, the committee and admins");
  return s;
}
