import { useQuery } from "@tanstack/react-query";
import { selectFullSummary } from "../../../lib/api/summary";
import { useTRPC } from "../../../lib/trpc";

/** The view the committee's figures are read for: the end of `asOf` (default today), as recorded by `knownAt`. */
export interface FigureView {
  asOf?: string;
  /** An ISO 8601 instant with offset; absent: everything recorded. */
  knownAt?: string;
}

/** The summary of the view; off (`enabled: false`) when the page passes one in. */
export function useFullSummary(campaignId: number, view: FigureView, enabled = true) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.summary.queryOptions({ campaignId, ...view }),
    enabled: enabled && Number.isInteger(campaignId),
    select: selectFullSummary,
  });
}
