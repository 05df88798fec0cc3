import { useQuery } from "@tanstack/react-query";
import { selectFullSummary } from "../../../lib/api/summary";
import { useTRPC } from "../../../lib/trpc";

/**
 * The campaign's figures at the end of `asOf` (CONTRACT.md "The summary"), as recorded by
 * `knownAt` (an ISO instant) when given; without either, today's, under the same key the live
 * subscription writes to (useLiveSummary). With `knownAt`, `asOf` is always sent (today when
 * null): the server would otherwise read the day of `knownAt`.
 */
export function useSummary(
  campaignId: number,
  view: { asOf?: string | null; knownAt?: string | null; today: string },
  enabled = true,
) {
  const trpc = useTRPC();
  const { asOf, knownAt, today } = view;
  const input = knownAt ? { campaignId, asOf: asOf ?? today, knownAt } : asOf ? { campaignId, asOf } : { campaignId };
  return useQuery({
    ...trpc.campaign.summary.queryOptions(input),
    enabled: enabled && Number.isInteger(campaignId),
    // Moving between days keeps the last figures on screen (no spinner), never another campaign's.
    placeholderData: (previous) => (previous?.campaignId === campaignId ? previous : undefined),
    select: selectFullSummary,
  });
}
