import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type Summary = RouterOutputs["campaign"]["summary"];
export type Rule = Summary["rules"][number];

/** The campaign's figures as of today (CONTRACT.md "The summary"). */
export function useSummary(campaignId: number) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.campaign.summary.queryOptions({ campaignId }), enabled: Number.isInteger(campaignId) });
}
