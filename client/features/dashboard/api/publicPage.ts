// An admin switches the campaign's public page on or off. The change carries the campaign's
// version: if someone changed the campaign meanwhile, the server refuses (CONFLICT) and the
// campaign list reloads either way, so the switch shows the real state.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc";

export function useSetPublicPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.campaign.update.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.campaign.list.queryKey() }),
    }),
  );
}
