import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type Breakdowns = RouterOutputs["campaign"]["breakdowns"];

/** Counted own funds by sector, membership, public/private, top sponsors and raisers, at the end of `asOf`. */
export function useBreakdowns(campaignId: number, asOf?: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.breakdowns.queryOptions({ campaignId, asOf }),
    enabled: Number.isInteger(campaignId),
  });
}
