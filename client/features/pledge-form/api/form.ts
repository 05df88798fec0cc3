// What the pledge form calls: sponsor search and pledge creation (with a new sponsor, if any).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type SponsorItem = RouterOutputs["sponsor"]["list"]["items"][number];

const RESULTS = 8;

export function useSponsorSearch(campaignId: number, search: string, enabled: boolean) {
  const trpc = useTRPC();
  const term = search.trim();
  return useQuery({
    ...trpc.sponsor.list.queryOptions({ campaignId, search: term || undefined, limit: RESULTS }),
    enabled: enabled && Number.isInteger(campaignId),
    placeholderData: keepPreviousData,
  });
}

/** A new pledge changes the figures and the list: both reload, so the dashboard shows it at once. */
export function useCreatePledge() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.pledge.create.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.campaign.summary.queryKey() }),
          // pathKey, not queryKey(): the list is an infinite query, whose key says "infinite".
          queryClient.invalidateQueries({ queryKey: trpc.pledge.list.pathKey() }),
          // A pledge may bring its new sponsor along.
          queryClient.invalidateQueries({ queryKey: trpc.sponsor.list.pathKey() }),
        ]),
    }),
  );
}
