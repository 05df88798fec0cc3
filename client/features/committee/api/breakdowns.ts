import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";
import type { FigureView } from "./summary";

export type Breakdowns = RouterOutputs["campaign"]["breakdowns"];

/** Counted own funds by sector, membership, public/private, top sponsors and raisers, for the view. */
export function useBreakdowns(campaignId: number, view: FigureView) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.breakdowns.queryOptions({ campaignId, ...view }),
    enabled: Number.isInteger(campaignId),
  });
}
