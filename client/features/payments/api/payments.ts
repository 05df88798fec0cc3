// Money in from the bank: reading a statement (a dry run first, then for real), the credits
// waiting for review, and resolving them. A booked credit is a payment: every figure of the
// campaign may change, so a real import and each assignment refresh what is cached.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { type RouterOutputs, useTRPC } from "../../../lib/trpc";

export type StatementOutcome = RouterOutputs["payment"]["importStatement"];
export type ReviewItem = RouterOutputs["payment"]["reviewQueue"]["items"][number];

/** The tRPC body of an import stops at 16 MiB; base64 makes 4 characters of 3 bytes. */
export const MAX_STATEMENT_BYTES = 12 * 1024 * 1024;

/** The credits waiting for review, or those marked as not the campaign's money. */
export function useReviewQueue(campaignId: number, show: "waiting" | "dismissed") {
  const trpc = useTRPC();
  return useQuery(trpc.payment.reviewQueue.queryOptions({ campaignId, show }));
}

function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries();
}

export function useImportStatement() {
  const trpc = useTRPC();
  const refresh = useRefreshAll();
  return useMutation(
    trpc.payment.importStatement.mutationOptions({
      onSuccess: (outcome) => {
        if (!outcome.dryRun) void refresh();
      },
    }),
  );
}

export function useAssignEntry() {
  const trpc = useTRPC();
  const refresh = useRefreshAll();
  return useMutation(trpc.payment.assignEntry.mutationOptions({ onSettled: () => refresh() }));
}

export function useDismissEntry() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.payment.dismissEntry.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.payment.reviewQueue.pathKey() }),
    }),
  );
}

/** The file's bytes in base64, as payment.importStatement takes them. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type OpenReceipt = RouterOutputs["document"]["openReceipts"]["sponsors"][number];

/**
 * The sponsors whose donation payments of `year` no receipt covers yet (the year-end round),
 * in name order: the server looks at a batch of sponsors a call, so every batch is read, one
 * after another; `complete` is false until the last one is in.
 */
export function useOpenReceipts(campaignId: number, year: number) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.document.openReceipts.infiniteQueryOptions(
      { campaignId, year },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  // A failed batch waits for the error state's retry instead of being asked for again at once.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  const sponsors = (query.data?.pages.flatMap((page) => page.sponsors) ?? []).sort(
    (a, b) => a.name.localeCompare(b.name, "de") || a.sponsorId - b.sponsorId,
  );
  return { ...query, sponsors, complete: query.isSuccess && !hasNextPage };
}

/** One collective receipt; the caller runs them one after another and refreshes at the end. */
export function useIssueCollective() {
  const trpc = useTRPC();
  return useMutation(trpc.document.issue.mutationOptions());
}

/** After a round: the open list and every document list look again. */
export function useRefreshDocuments() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.document.openReceipts.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.document.list.pathKey() }),
    ]);
}

/** The campaign's receipts and invoices, newest first, a page at a time. */
export function useCampaignDocuments(campaignId: number) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.document.list.infiniteQueryOptions(
      { campaignId, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}
