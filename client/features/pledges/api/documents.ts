// A pledge's receipts and invoices (document.list by pledge), issuing one for a payment and
// cancelling one: each write reads the documents again.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc";

export function usePledgeDocuments(campaignId: number, pledgeId: number) {
  const trpc = useTRPC();
  return useQuery(trpc.document.list.queryOptions({ campaignId, pledgeId }));
}

function useReload() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.document.list.pathKey() });
}

export function useIssueDocument() {
  const trpc = useTRPC();
  const reload = useReload();
  return useMutation(trpc.document.issue.mutationOptions({ onSettled: reload }));
}

export function useCancelDocument() {
  const trpc = useTRPC();
  const reload = useReload();
  return useMutation(trpc.document.cancel.mutationOptions({ onSettled: reload }));
}
