import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type Pipeline = RouterOutputs["campaign"]["pipeline"];

/** Intent money not yet binding and the open conditional pledges, always as of today. */
export function usePipeline(campaignId: number, limit?: number) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.pipeline.queryOptions({ campaignId, limit }),
    enabled: Number.isInteger(campaignId),
  });
}
