// The campaign's sponsors (searched, filtered, sorted, paged by cursor) and what organisers
// do for one of them: a portal link, revoking links, the contact person's data (export,
// erase), corrections, and merging duplicates.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, useTRPCClient, type RouterInputs, type RouterOutputs } from "../../../lib/trpc";

export type SponsorRow = RouterOutputs["sponsor"]["list"]["items"][number];
export type AccessLink = RouterOutputs["sponsor"]["createAccessLink"];
export type ContactExport = RouterOutputs["sponsor"]["exportContact"];
export type SponsorUpdate = RouterInputs["sponsor"]["update"];
export type SponsorCreate = RouterInputs["sponsor"]["create"];
export type DuplicateGroup = RouterOutputs["sponsor"]["duplicates"][number];
export type SponsorSort = NonNullable<RouterInputs["sponsor"]["list"]["sort"]>;
export type SponsorFilters = Pick<RouterInputs["sponsor"]["list"], "search" | "kind" | "country" | "sort">;

const PAGE_SIZE = 25;

export function useSponsorList(campaignId: number, filters: SponsorFilters) {
  const trpc = useTRPC();
  return useInfiniteQuery({
    ...trpc.sponsor.list.infiniteQueryOptions(
      { campaignId, ...filters, limit: PAGE_SIZE },
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

export function useSendAccessLink() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sponsor.sendAccessLink.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.mail.list.pathKey() }),
    }),
  );
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

/** Only the changed fields are sent, with the version the form was opened on. */
export function useUpdateSponsor() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sponsor.update.mutationOptions({
      // Refetched on failure too: a CONFLICT means the row shown is out of date.
      onSettled: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.sponsor.list.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.sponsor.duplicates.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.sponsor.membershipTypes.pathKey() });
      },
    }),
  );
}

/** A new sponsor from the sponsors page; the list and the duplicates are refetched. */
export function useCreateSponsor() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sponsor.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.sponsor.list.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.sponsor.duplicates.pathKey() });
      },
    }),
  );
}

/** The membership types the campaign's sponsors have: the edit form suggests them, so one is typed one way. */
export function useMembershipTypes(campaignId: number) {
  const trpc = useTRPC();
  return useQuery(trpc.sponsor.membershipTypes.queryOptions({ campaignId }));
}

/** Groups of sponsors that look like one; loaded only once the panel is open. */
export function useDuplicates(campaignId: number, enabled: boolean) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.sponsor.duplicates.queryOptions({ campaignId }),
    enabled: enabled && Number.isInteger(campaignId),
  });
}

/**
 * Merges every other sponsor of a group into the one kept, one after the other. Pledges
 * move, so pledge lists and the campaign's figures are refetched as well.
 */
export function useMergeSponsors() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const client = useTRPCClient();
  return useMutation({
    mutationFn: async ({ intoSponsorId, fromSponsorIds }: { intoSponsorId: number; fromSponsorIds: number[] }) => {
      for (const fromSponsorId of fromSponsorIds) await client.sponsor.merge.mutate({ intoSponsorId, fromSponsorId });
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.sponsor.list.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.sponsor.duplicates.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.pledge.list.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.campaign.summary.queryKey() }),
      ]),
  });
}

/** Who may follow up the campaign's sponsors (its organisers and the admins): the form's owner list. */
export function useCampaignStaff(campaignId: number) {
  const trpc = useTRPC();
  return useQuery(trpc.campaign.staff.queryOptions({ campaignId }));
}
