import { useQuery } from "@tanstack/react-query";
import { selectFullSummary } from "../../../lib/api/summary";
import { useTRPC } from "../../../lib/trpc";

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
    select: selectFullSummary,
  });
}
