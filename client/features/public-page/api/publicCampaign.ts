// The public figures of a campaign (no session needed); NOT_FOUND while its page is off.
import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type PublicCampaign = RouterOutputs["publicCampaign"]["get"];
export type Supporter = PublicCampaign["supporters"][number];

export function usePublicCampaign(campaignId: number) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.publicCampaign.get.queryOptions({ campaignId }), enabled: Number.isInteger(campaignId) });
}
