import { useQuery } from "@tanstack/react-query";
import { selectFullSummary } from "../../../lib/api/summary";
import { useTRPC } from "../../../lib/trpc";

/** The summary at the end of `asOf` (default today); off (`enabled: false`) when the page passes one in. */
export function useFullSummary(campaignId: number, asOf: string | undefined, enabled = true) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.summary.queryOptions({ campaignId, asOf }),
    enabled: enabled && Number.isInteger(campaignId),
    select: selectFullSummary,
  });
}
