// Admins create a campaign and change its settings. Both reload the campaign list (the
// switcher, every screen's role); a change reloads the campaign's summaries too, and it is
// refetched on failure as well: a CONFLICT means the values shown are out of date.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc";

export function useCreateCampaign() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.campaign.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.campaign.list.queryKey() }),
    }),
  );
}

export function useUpdateCampaign() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.campaign.update.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.campaign.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.campaign.summary.queryKey() }),
        ]),
    }),
  );
}
