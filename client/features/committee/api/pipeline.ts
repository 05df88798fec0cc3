import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";
import type { FigureView } from "./summary";

export type Pipeline = RouterOutputs["campaign"]["pipeline"];

/** Intent money not yet binding and the open conditional pledges, for the view (waiting times to its day). */
export function usePipeline(campaignId: number, view: FigureView, limit?: number) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.pipeline.queryOptions({ campaignId, limit, ...view }),
    enabled: Number.isInteger(campaignId),
  });
}
