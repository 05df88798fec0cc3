// An admin changes the campaign's rules (target, in-kind share, minimum sponsors, public
// money cap, deadline). The change carries the campaign's version; a stale one is refused
// (CONFLICT). Either way the campaign list and every summary of the campaign reload.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc";

export function useUpdateRules() {
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
