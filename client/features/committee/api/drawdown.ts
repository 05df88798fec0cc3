// The state's share drawn down (campaign.drawdown), and the calls and receipts organisers and
// admins record: after each the drawdown and the portfolio load again.
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
    ]);
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
