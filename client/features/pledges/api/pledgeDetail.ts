// One pledge (pledge.get) and its history, for the pledge's own page. Its writes are the
// list's (api/pledges.ts), which reload this pledge too.
import { useQuery } from "@tanstack/react-query";
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
