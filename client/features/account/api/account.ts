// The signed-in user's own account: its password and its personal API tokens.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc";

export type ApiToken = RouterOutputs["apiToken"]["list"][number];
export type CreatedToken = RouterOutputs["apiToken"]["create"];

export function useChangePassword() {
  const trpc = useTRPC();
  return useMutation(trpc.auth.changePassword.mutationOptions());
}

export function useApiTokens() {
  const trpc = useTRPC();
  return useQuery(trpc.apiToken.list.queryOptions());
}

function useReload() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.apiToken.list.queryKey() });
}

export function useCreateApiToken() {
  const trpc = useTRPC();
  const onSettled = useReload();
  return useMutation(trpc.apiToken.create.mutationOptions({ onSettled }));
}

export function useRevokeApiToken() {
  const trpc = useTRPC();
  const onSettled = useReload();
  return useMutation(trpc.apiToken.revoke.mutationOptions({ onSettled }));
}
