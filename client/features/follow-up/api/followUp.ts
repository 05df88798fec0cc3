// The follow-up's server calls: the organiser's call list, and logging a contact (which
// may set the next one), after which the list is read again.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type RouterOutputs, useTRPC } from "../../../lib/trpc";

export type CallListEntry = RouterOutputs["sponsor"]["callList"]["items"][number];

export function useCallList(campaignId: number) {
  const trpc = useTRPC();
  return useQuery(trpc.sponsor.callList.queryOptions({ campaignId }));
}

export function useLogContact() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.sponsor.logContact.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.sponsor.callList.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.sponsor.list.pathKey() });
      },
    }),
  );
}
