import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

/** The staff's summary (`scope: "full"`): the committee's sections read its breakdowns and cash flow. */
export type FullSummary = Extract<RouterOutputs["campaign"]["summary"], { scope: "full" }>;

/** The summary at the end of `asOf` (default today); off (`enabled: false`) when the page passes one in. */
export function useFullSummary(campaignId: number, asOf: string | undefined, enabled = true) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.summary.queryOptions({ campaignId, asOf }),
    enabled: enabled && Number.isInteger(campaignId),
    select: fullSummary,
  });
}

function fullSummary(s: RouterOutputs["campaign"]["summary"]): FullSummary {
  if (s.scope !== "full") throw new Error("the committee's figures are for organisers, the committee and admins");
  return s;
}
