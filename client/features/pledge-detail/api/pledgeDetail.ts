// One pledge (pledge.get), its history, and every write the pledge page makes. Each write
// sends the pledge's version; whatever the answer, the pledge, its history, the lists and
// the campaign's figures reload (a refused write usually means the page was stale).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type PledgeDetail = RouterOutputs["pledge"]["get"];
export type HistoryEvent = RouterOutputs["pledge"]["history"][number];
export type Payment = PledgeDetail["payments"][number];
export type Installment = PledgeDetail["schedule"][number];

export function usePledge(pledgeId: number) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.pledge.get.queryOptions({ pledgeId }), enabled: Number.isInteger(pledgeId) });
}

export function usePledgeHistory(pledgeId: number) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.pledge.history.queryOptions({ pledgeId }), enabled: Number.isInteger(pledgeId) });
}

/**
 * The name of the sponsor that raised the pledge. pledge.get gives only its id; the list
 * of the pledge's own sponsor carries the name, so one small query finds it.
 */
export function useRaisedBySponsorName(pledge: PledgeDetail | undefined): string | undefined {
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.pledge.list.queryOptions({ campaignId: pledge?.campaignId ?? 0, sponsorId: pledge?.sponsorId, limit: 500 }),
    enabled: pledge?.raisedBySponsorId != null,
  });
  return list.data?.items.find((p) => p.id === pledge?.id)?.raisedBySponsorName ?? undefined;
}

function useRefresh(pledgeId: number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.pledge.get.queryKey({ pledgeId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.pledge.history.queryKey({ pledgeId }) }),
      // pathKey: the pledge list is an infinite query, and the raiser's name comes from a plain one.
      queryClient.invalidateQueries({ queryKey: trpc.pledge.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.campaign.summary.queryKey() }),
    ]);
}

export function useSetStatus(pledgeId: number) {
  const trpc = useTRPC();
  const refresh = useRefresh(pledgeId);
  return useMutation(trpc.pledge.setStatus.mutationOptions({ onSettled: refresh }));
}

export function useRecordPayment(pledgeId: number) {
  const trpc = useTRPC();
  const refresh = useRefresh(pledgeId);
  return useMutation(trpc.pledge.recordPayment.mutationOptions({ onSettled: refresh }));
}

export function useUpdatePledge(pledgeId: number) {
  const trpc = useTRPC();
  const refresh = useRefresh(pledgeId);
  return useMutation(trpc.pledge.update.mutationOptions({ onSettled: refresh }));
}

export function useUndoLastChange(pledgeId: number) {
  const trpc = useTRPC();
  const refresh = useRefresh(pledgeId);
  return useMutation(trpc.pledge.undo.mutationOptions({ onSettled: refresh }));
}
