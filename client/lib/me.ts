// Who is signed in (`auth.me`): a staff user with roles, a sponsor (through its link), or
// null. Shared by the shells, the route guards and screens that depend on the user.
import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "./trpc";

export type Me = RouterOutputs["auth"]["me"];
export type StaffUser = Extract<NonNullable<Me>, { kind: "user" }>;
export type SponsorSession = Extract<NonNullable<Me>, { kind: "sponsor" }>;

export function useMe() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
}

/**
 * A funder account (the ministry or its agency): not an admin, with a funder role. It may call
 * only a few procedures (server/access.ts), so its screens are the portfolio alone.
 */
export function isFunder(user: StaffUser | undefined): boolean {
  return !!user && !user.isAdmin && user.memberships.some((m) => m.role === "funder");
}

/** The signed-in staff user, or undefined (loading, signed out, or a sponsor). */
export function useStaffUser(): StaffUser | undefined {
  const me = useMe().data;
  return me?.kind === "user" ? me : undefined;
}
