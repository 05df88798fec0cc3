// The campaigns the signed-in user takes part in, with the role in each: shared by the
// shell (switcher) and every screen that shows write actions only to organisers and admins.
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { useTRPC, type RouterOutputs } from "./trpc";

export type CampaignListItem = RouterOutputs["campaign"]["list"][number];

export function useCampaigns() {
  const trpc = useTRPC();
  return useQuery(trpc.campaign.list.queryOptions());
}

/** The campaign id of the current route (`/c/:campaignId/…`), NaN when absent or malformed. */
export function useCampaignId(): number {
  const { campaignId } = useParams();
  return /^\d+$/.test(campaignId ?? "") ? Number(campaignId) : Number.NaN;
}

/** The current route's campaign from the list (undefined while loading or without access). */
export function useCurrentCampaign(): CampaignListItem | undefined {
  const campaignId = useCampaignId();
  return useCampaigns().data?.find((c) => c.id === campaignId);
}
