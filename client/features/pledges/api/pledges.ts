// The pledge list (paged by cursor) and every write on a pledge, from a list row or from the
// pledge's own page. Each write sends the pledge's version; whatever the answer, that pledge,
// its history, the lists and the campaign's figures reload (a refused write usually means
// what was shown was stale).
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { singleFlight } from "../../../lib/singleFlight";
import { useTRPC, type RouterInputs, type RouterOutputs } from "../../../lib/trpc";

export type PledgeRow = RouterOutputs["pledge"]["list"]["items"][number];
export type PledgeListInput = Omit<RouterInputs["pledge"]["list"], "campaignId" | "cursor" | "limit">;

/** What the row actions and their dialogs need; a list row and `pledge.get` both have it. */
export type PledgeRef = Pick<
  PledgeRow,
  "id" | "version" | "amountCents" | "receivedCents" | "status" | "sponsorName" | "pledgedAt"
>;

const PAGE_SIZE = 50;

export function usePledgeList(campaignId: number, filters: PledgeListInput) {
  const trpc = useTRPC();
  return useInfiniteQuery({
    ...trpc.pledge.list.infiniteQueryOptions(
      { campaignId, ...filters, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    enabled: Number.isInteger(campaignId),
  });
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (pledgeId: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.pledge.get.queryKey({ pledgeId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.pledge.history.queryKey({ pledgeId }) }),
      // pathKey, not queryKey(): the list is an infinite query, whose key says "infinite".
      queryClient.invalidateQueries({ queryKey: trpc.pledge.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.campaign.summary.queryKey() }),
    ]);
}

/** A status change; the same change sent again while the first is on its way is dropped (singleFlight). */
export function useSetPledgeStatus() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const mutation = useMutation(
    trpc.pledge.setStatus.mutationOptions({ onSettled: (_data, _error, input) => refresh(input.pledgeId) }),
  );
  const mutate = useMemo(() => singleFlight(mutation.mutate), [mutation.mutate]);
  return { ...mutation, mutate };
}

/** A payment; the same payment sent again while the first is on its way is dropped (singleFlight). */
export function useRecordPayment() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const mutation = useMutation(
    trpc.pledge.recordPayment.mutationOptions({ onSettled: (_data, _error, input) => refresh(input.pledgeId) }),
  );
  const mutate = useMemo(() => singleFlight(mutation.mutate), [mutation.mutate]);
  return { ...mutation, mutate };
}

export function useUpdatePledge() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(
    trpc.pledge.update.mutationOptions({ onSettled: (_data, _error, input) => refresh(input.pledgeId) }),
  );
}

export function useUndoLastChange() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  return useMutation(
    trpc.pledge.undo.mutationOptions({ onSettled: (_data, _error, input) => refresh(input.pledgeId) }),
  );
}
