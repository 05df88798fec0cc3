// Everything the sponsor portal shows comes from one call (`sponsorPortal.me`); the listing
// consent is the sponsor's only change.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, type RouterInputs, type RouterOutputs } from "../../../lib/trpc";

export type Portal = RouterOutputs["sponsorPortal"]["me"];
export type PortalPledge = Portal["pledges"][number];
export type RaisedThrough = Portal["raised"];
export type Listing = RouterInputs["sponsorPortal"]["setListing"]["listing"];

const listings: Record<Listing, true> = { hidden: true, name: true, name_and_amount: true };
export const LISTINGS = Object.keys(listings) as Listing[];

export function usePortal() {
  const trpc = useTRPC();
  return useQuery(trpc.sponsorPortal.me.queryOptions());
}

/**
 * `onSaved` runs here, before the portal reloads: the reload re-keys the consent form, and
 * callbacks given to `mutate` would not run once it has unmounted.
 */
export function useSetListing(onSaved: (listing: Listing) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sponsorPortal.setListing.mutationOptions({
      onSuccess: (row) => onSaved(row.listing),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.sponsorPortal.me.queryKey() }),
    }),
  );
}

/** Payment reminders by e-mail on or off; the portal reloads with the saved state. */
export function useSetReminders() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sponsorPortal.setReminders.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.sponsorPortal.me.queryKey() }),
    }),
  );
}
