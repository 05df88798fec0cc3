// The state's share drawn down (campaign.drawdown), the grant an admin records, and the calls
// and receipts organisers and admins record: after each the drawdown, the portfolio and the
// campaigns (their grant and version) load again.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type Drawdown = RouterOutputs["campaign"]["drawdown"];

/** The drawdown at the end of `asOf` (default today). */
export function useDrawdown(campaignId: number, asOf?: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.campaign.drawdown.queryOptions({ campaignId, ...(asOf && { asOf }) }),
    enabled: Number.isInteger(campaignId),
  });
}

function useReload() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.campaign.drawdown.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.portfolio.summary.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.campaign.list.queryKey() }),
    ]);
}

/** Admin: the grant and its retention (campaign.update), once the application is approved. */
export function useRecordGrant() {
  const trpc = useTRPC();
  const onSettled = useReload();
  return useMutation(trpc.campaign.update.mutationOptions({ onSettled }));
}

export function useCallFunds() {
  const trpc = useTRPC();
  const onSuccess = useReload();
  return useMutation(trpc.statePayment.callFunds.mutationOptions({ onSuccess }));
}

export function useRecordStateReceipt() {
  const trpc = useTRPC();
  const onSuccess = useReload();
  return useMutation(trpc.statePayment.record.mutationOptions({ onSuccess }));
}
