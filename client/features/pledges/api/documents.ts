// A pledge's receipts and invoices (document.list by pledge, every page), issuing one for a
// payment and cancelling one: each write reads the documents again.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "../../../lib/trpc";

/** A pledge has a few documents: one page nearly always holds them all. */
const PAGE_SIZE = 100;

/**
 * All of the pledge's documents, read page after page: which payments are on a document in
 * force decides the issue buttons, so a first page alone would offer payments already on one.
 * `complete` is false until the last page is read.
 */
export function usePledgeDocuments(campaignId: number, pledgeId: number) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.document.list.infiniteQueryOptions(
      { campaignId, pledgeId, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  // A failed page waits for the error state's retry instead of being asked for again at once.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return {
    ...query,
    documents: query.data?.pages.flatMap((page) => page.items) ?? [],
    complete: query.isSuccess && !hasNextPage,
  };
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
