// The outbox of a campaign, a page at a time, read again every half minute while shown so
// queued mail turns sent (or failed) without a reload.
import { useInfiniteQuery } from "@tanstack/react-query";
import { type RouterOutputs, useTRPC } from "../../../lib/trpc";

export type MailItem = RouterOutputs["mail"]["list"]["items"][number];

export function useMailList(campaignId: number) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.mail.list.infiniteQueryOptions(
      { campaignId },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchInterval: 30_000 },
    ),
  );
}
