// The campaign's sponsors (searched, paged by cursor) and what organisers do for one of
// them: a portal link, revoking links, and the contact person's data (export, erase).
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type SponsorRow = RouterOutputs["sponsor"]["list"]["items"][number];
export type AccessLink = RouterOutputs["sponsor"]["createAccessLink"];
export type ContactExport = RouterOutputs["sponsor"]["exportContact"];

const PAGE_SIZE = 25;

export function useSponsorList(campaignId: number, search: string) {
  const trpc = useTRPC();
  return useInfiniteQuery({
    ...trpc.sponsor.list.infiniteQueryOptions(
      { campaignId, search: search || undefined, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    enabled: Number.isInteger(campaignId),
    // While a new search runs, the old rows stay instead of a flashing spinner.
    placeholderData: keepPreviousData,
  });
}

export function useCreateAccessLink() {
  const trpc = useTRPC();
  return useMutation(trpc.sponsor.createAccessLink.mutationOptions());
}

export function useRevokeAccessLinks() {
  const trpc = useTRPC();
  return useMutation(trpc.sponsor.revokeAccessLinks.mutationOptions());
}

export function useExportContact() {
  const trpc = useTRPC();
  return useMutation(trpc.sponsor.exportContact.mutationOptions());
}

export function useEraseContact() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sponsor.eraseContact.mutationOptions({
      // pathKey: the list is an infinite query.
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.sponsor.list.pathKey() }),
    }),
  );
}
