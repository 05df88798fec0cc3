// Admin: the users with their roles per campaign, and the changes an admin makes to them.
// Every change reloads the list, refused ones too (the row may be stale).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, type RouterInputs, type RouterOutputs } from "../../../lib/trpc";

export type UserRow = RouterOutputs["user"]["list"][number];
export type NewUserRole = RouterInputs["user"]["create"]["role"];
export type MembershipRole = RouterInputs["user"]["setMembership"]["role"];

const newRoles: Record<NewUserRole, true> = { organiser: true, committee: true, funder: true, admin: true };
const membershipRoles: Record<MembershipRole, true> = { organiser: true, committee: true, funder: true, none: true };
export const NEW_USER_ROLES = Object.keys(newRoles) as NewUserRole[];
export const MEMBERSHIP_ROLES = Object.keys(membershipRoles) as MembershipRole[];

export function useUsers() {
  const trpc = useTRPC();
  return useQuery(trpc.user.list.queryOptions());
}

function useReload() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
}

export function useCreateUser() {
  const trpc = useTRPC();
  const onSettled = useReload();
  return useMutation(trpc.user.create.mutationOptions({ onSettled }));
}

export function useSetMembership() {
  const trpc = useTRPC();
  const onSettled = useReload();
  return useMutation(trpc.user.setMembership.mutationOptions({ onSettled }));
}

export function useSetDisabled() {
  const trpc = useTRPC();
  const onSettled = useReload();
  return useMutation(trpc.user.setDisabled.mutationOptions({ onSettled }));
}

export function useSetAdmin() {
  const trpc = useTRPC();
  const onSettled = useReload();
  return useMutation(trpc.user.setAdmin.mutationOptions({ onSettled }));
}

export function useResetPassword() {
  const trpc = useTRPC();
  return useMutation(trpc.user.resetPassword.mutationOptions());
}
