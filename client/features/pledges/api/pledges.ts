// The pledge list (paged by cursor) and the row actions: status changes and payments.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { PledgeStatus } from "../../../lib/codes";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type PledgeRow = RouterOutputs["pledge"]["list"]["items"][number];

const PAGE_SIZE = 50;

export function usePledgeList(campaignId: number, status: PledgeStatus | undefined) {
  const trpc = useTRPC();
  return useInfiniteQuery({
    ...trpc.pledge.list.infiniteQueryOptions(
      { campaignId, status, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    enabled: Number.isInteger(campaignId),
  });
}

/** After any change (or a refused one: the row may be stale) the list and the figures reload. */
function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.campaign.summary.queryKey() }),
      // pathKey, not queryKey(): the list is an infinite query, whose key says "infinite".
      queryClient.invalidateQueries({ queryKey: trpc.pledge.list.pathKey() }),
    ]);
}

export function useSetPledgeStatus() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(trpc.pledge.setStatus.mutationOptions({ onSettled: refresh }));
}

export function useRecordPayment() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(trpc.pledge.recordPayment.mutationOptions({ onSettled: refresh }));
}
